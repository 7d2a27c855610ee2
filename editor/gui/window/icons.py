"""Toolbar and menu icons: the desktop theme's freedesktop icon when it has one, else ours.

Each action names a freedesktop icon (``document-open``...); ``QIcon.fromTheme`` finds it in the
user's theme (Linux), and the SVG of the same name in ``resources/icons/actions/`` is the fallback
everywhere else. Names that are not in the freedesktop set are ours only.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from editor.assets import resource
from editor.gui.window.actions import ActionCollection

#: action name -> icon name.
ICONS = {
    "file_new": "document-new",
    "file_open": "document-open",
    "file_save": "document-save",
    "file_export": "document-send",
    "file_print": "document-print",
    "file_properties": "document-properties",
    "edit_undo": "edit-undo",
    "edit_redo": "edit-redo",
    "edit_cut": "edit-cut",
    "edit_copy": "edit-copy",
    "edit_paste": "edit-paste",
    "edit_select_all": "edit-select-all",
    "edit_find": "edit-find",
    "edit_preferences": "preferences-system",
    "section_add_sibling": "list-add",
    "section_add_child": "policy-add-subsection",
    "section_delete": "list-remove",
    "section_move_up": "go-up",
    "section_move_down": "go-down",
    "section_indent": "format-indent-more",
    "section_outdent": "format-indent-less",
    "view_whole_document": "view-whole-document",
    "view_preview": "document-print-preview",
}


def bundled_icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", "actions", f"{name}.svg")))


def themed_icon(name: str) -> QIcon:
    """The theme's icon ``name``, or the bundled SVG of that name."""
    return QIcon.fromTheme(name, bundled_icon(name))


def set_icons(actions: ActionCollection) -> None:
    for action_name, icon_name in ICONS.items():
        actions[action_name].setIcon(themed_icon(icon_name))
