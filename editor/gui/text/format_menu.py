"""The Format menu, its compact toolbar and their actions, as the window shows them at start-up.

Built with the window's first stage (before its first paint), so the menu bar and the toolbar
never move once shown; :class:`~editor.gui.text.formatting.FormattingTools`, built after the
first paint, connects the commands to these actions. The texts keep the ``FormattingTools``
translation context they always had.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from editor.gui.window.icons import themed_icon

Key = QKeySequence.StandardKey

# Command name -> shortcuts (shown in the menu; the body field's key filter also answers them).
COMMANDS: dict[str, list[QKeySequence | Key | str]] = {
    "format_bold": [Key.Bold],
    "format_italic": [Key.Italic],
    "format_code": [],
    "format_link": ["Ctrl+K"],
    "format_bullets": ["Ctrl+Shift+8"],
    "format_numbers": ["Ctrl+Shift+7"],
    "format_indent": [],
    "format_outdent": [],
    "format_table": [],
    "format_heading": [],
    "format_paste_plain": ["Ctrl+Shift+V"],
    "view_hide_markup": [],
}
# The Format menu (None: a separator); Paste as Plain Text goes last, Hide Markup to the View menu.
MENU: list[str | None] = ["format_bold", "format_italic", "format_code", "format_link", None]
MENU += ["format_bullets", "format_numbers", "format_indent", "format_outdent", None, "format_table", "format_heading"]
TOOLBAR = ["format_bold", "format_italic", "format_link", "format_bullets", "format_numbers", "format_table"]
#: Command name -> freedesktop icon name (the theme's, else ours: editor.gui.window.icons).
ICONS = {
    "format_bold": "format-text-bold",
    "format_italic": "format-text-italic",
    "format_link": "insert-link",
    "format_bullets": "format-list-unordered",
    "format_numbers": "format-list-ordered",
    "format_indent": "format-indent-more",
    "format_outdent": "format-indent-less",
    "format_table": "insert-table",
}


class FormatMenu:
    """The Format menu (before Help), the formatting toolbar and View ▸ Hide Markup of ``window``
    (the MainWindow, not imported: it imports this module); the window calls :meth:`retranslate_ui`
    on a language switch, as for its other menus."""

    def __init__(self, window: Any) -> None:
        self.actions: dict[str, QAction] = {}
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_format")
        for name, keys in COMMANDS.items():
            action = QAction(window)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.actions[name] = action
            if name in ICONS:
                action.setIcon(themed_icon(ICONS[name]))
        for item in MENU:
            if item is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(self.actions[item])
        help_menu = window.menus.menus.get("menu_help")
        window.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, self.menu)
        self.menu.addSeparator()
        self.menu.addAction(self.actions["format_paste_plain"])
        window.menus.menus["menu_view"].addAction(self.actions["view_hide_markup"])
        self.actions["view_hide_markup"].setCheckable(True)  # checked from the preference (apply_to_window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("format_toolbar")
        self.toolbar.setMovable(False)
        for name in TOOLBAR:
            self.toolbar.addAction(self.actions[name])
        window.addToolBar(self.toolbar)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("FormattingTools", "F&ormat"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("FormattingTools", "Formatting"))
        texts = {
            "format_bold": (
                QCoreApplication.translate("FormattingTools", "&Bold"),
                QCoreApplication.translate("FormattingTools", "Make the selection or the word bold, or no longer bold"),
            ),
            "format_italic": (
                QCoreApplication.translate("FormattingTools", "&Italic"),
                QCoreApplication.translate(
                    "FormattingTools", "Make the selection or the word italic, or no longer italic"
                ),
            ),
            "format_code": (
                QCoreApplication.translate("FormattingTools", "&Code"),
                QCoreApplication.translate(
                    "FormattingTools", "Show the selection as code (a technical name, a command)"
                ),
            ),
            "format_link": (
                QCoreApplication.translate("FormattingTools", "&Link…"),
                QCoreApplication.translate(
                    "FormattingTools", "Link the selection to a web page, an e-mail address or a section"
                ),
            ),
            "format_bullets": (
                QCoreApplication.translate("FormattingTools", "B&ulleted List"),
                QCoreApplication.translate("FormattingTools", "Make the lines a bulleted list, or plain lines"),
            ),
            "format_numbers": (
                QCoreApplication.translate("FormattingTools", "&Numbered List"),
                QCoreApplication.translate("FormattingTools", "Make the lines a numbered list, or plain lines"),
            ),
            "format_indent": (
                QCoreApplication.translate("FormattingTools", "Indent List Item"),
                QCoreApplication.translate("FormattingTools", "Nest the list item under the one above (Tab)"),
            ),
            "format_outdent": (
                QCoreApplication.translate("FormattingTools", "Outdent List Item"),
                QCoreApplication.translate("FormattingTools", "Move the list item one level out (Shift+Tab)"),
            ),
            "format_table": (
                QCoreApplication.translate("FormattingTools", "Insert &Table…"),
                QCoreApplication.translate("FormattingTools", "Insert a table"),
            ),
            "format_heading": (
                QCoreApplication.translate("FormattingTools", "&Heading"),
                QCoreApplication.translate("FormattingTools", "Headings start sections: add a subsection instead"),
            ),
            "format_paste_plain": (
                QCoreApplication.translate("FormattingTools", "Paste as &Plain Text"),
                QCoreApplication.translate("FormattingTools", "Paste without formatting"),
            ),
            "view_hide_markup": (
                QCoreApplication.translate("FormattingTools", "&Hide Markup"),
                QCoreApplication.translate("FormattingTools", "Draw Markdown markers faded and small"),
            ),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)
