"""Formatting commands of the section editor: the Format menu, its compact toolbar and shortcuts.

Each command asks :mod:`editor.editing` for the new body and selection and applies it to the
document as one undoable step (:meth:`FormattingTools.apply`). Keys the text field would take
for itself (Enter and Tab in lists and tables, Ctrl+K, paste and copy) are handled by
:mod:`editor.gui.text.format_keys` and :mod:`editor.gui.text.clipboard`, installed on the body
field as event filters, so the editor widget itself is not changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QToolBar

from editor.editing import emphasis, links, lists, tables
from editor.editing.edit import TextEdit, line_bounds
from editor.gui.settings import HIDE_MARKUP, open_settings
from editor.gui.text.clipboard import ClipboardHandler
from editor.gui.text.format_keys import FormatKeys
from editor.gui.text.format_target import FormatTarget
from editor.gui.text.link_dialog import REMOVE, LinkDialog
from editor.gui.text.table_dialog import TableDialog
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


class FormattingTools(FormatTarget):
    """The Format menu and toolbar of ``window`` (the MainWindow, not imported here: it imports
    this module), acting on its section editor."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        handlers: dict[str, Callable[[], None]] = {
            "format_bold": lambda: self.toggle("bold"),
            "format_italic": lambda: self.toggle("italic"),
            "format_code": lambda: self.toggle("code"),
            "format_link": self.edit_link,
            "format_bullets": lambda: self.toggle_list(False),
            "format_numbers": lambda: self.toggle_list(True),
            "format_indent": lambda: self.indent(False),
            "format_outdent": lambda: self.indent(True),
            "format_table": self.insert_table,
            "format_heading": self.refuse_heading,
        }
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
            if name in handlers:
                action.triggered.connect(handlers[name])
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
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("format_toolbar")
        self.toolbar.setMovable(False)
        for name in TOOLBAR:
            self.toolbar.addAction(self.actions[name])
        window.addToolBar(self.toolbar)
        self.clipboard = ClipboardHandler(self)
        self.keys = FormatKeys(self)
        hide = self.actions["view_hide_markup"]
        hide.setCheckable(True)  # checked from the preference by editor.gui.preferences.apply_to_window
        hide.toggled.connect(self._set_hide_markup)
        self.actions["format_paste_plain"].triggered.connect(lambda: self.clipboard.paste(plain=True))
        window.installEventFilter(self)  # the language switch reaches the window
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("F&ormat"))
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        texts = {
            "format_bold": (self.tr("&Bold"), self.tr("Make the selection or the word bold, or no longer bold")),
            "format_italic": (
                self.tr("&Italic"),
                self.tr("Make the selection or the word italic, or no longer italic"),
            ),
            "format_code": (self.tr("&Code"), self.tr("Show the selection as code (a technical name, a command)")),
            "format_link": (
                self.tr("&Link…"),
                self.tr("Link the selection to a web page, an e-mail address or a section"),
            ),
            "format_bullets": (self.tr("B&ulleted List"), self.tr("Make the lines a bulleted list, or plain lines")),
            "format_numbers": (self.tr("&Numbered List"), self.tr("Make the lines a numbered list, or plain lines")),
            "format_indent": (self.tr("Indent List Item"), self.tr("Nest the list item under the one above (Tab)")),
            "format_outdent": (self.tr("Outdent List Item"), self.tr("Move the list item one level out (Shift+Tab)")),
            "format_table": (self.tr("Insert &Table…"), self.tr("Insert a table")),
            "format_heading": (self.tr("&Heading"), self.tr("Headings start sections: add a subsection instead")),
            "format_paste_plain": (self.tr("Paste as &Plain Text"), self.tr("Paste without formatting")),
            "view_hide_markup": (self.tr("&Hide Markup"), self.tr("Draw Markdown markers faded and small")),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)

    # -- commands --------------------------------------------------------------------------------

    def toggle(self, kind: str) -> None:
        if not self.active():
            return
        names = {"bold": self.tr("Bold"), "italic": self.tr("Italic"), "code": self.tr("Code")}
        self.apply(emphasis.toggle(*self.selection(), kind), names[kind])
        self.body.setFocus()

    def toggle_list(self, ordered: bool) -> None:
        if not self.active():
            return
        label = self.tr("Numbered List") if ordered else self.tr("Bulleted List")
        self.apply(lists.toggle_list(*self.selection(), ordered), label)
        self.body.setFocus()

    def edit_link(self) -> None:
        if not self.active():
            return
        text, start, end = self.selection()
        existing = links.link_at(text, start, end)
        if existing is not None:
            shown, target = links.shown_text(existing.text), existing.target
        else:
            a, b = links.link_text_for(text, start, end)
            shown, target = text[a:b], ""
        dialog = LinkDialog(self.window.document.policy, shown, target, self.window)
        result = dialog.exec()
        if result == REMOVE:
            self.apply(links.remove_link(text, start, end), self.tr("Remove Link"))
            self.body.setFocus()
            return
        if result != QDialog.DialogCode.Accepted or not dialog.href():
            self.body.setFocus()
            return
        self.apply(links.set_link(text, start, end, dialog.label(), dialog.href()), self.tr("Link"))
        self.body.setFocus()

    def insert_table(self) -> None:
        if not self.active():
            return
        dialog = TableDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, start, end = self.selection()
        if start == end:  # a table never splits a line: it goes after the line of the cursor
            start = end = line_bounds(text, start)[1]
        table = tables.make_table(dialog.header(), dialog.rows.value())
        before = text[:start].rstrip("\n ")
        after = text[end:].lstrip("\n ")
        head = before + "\n\n" if before else ""
        new = head + table + ("\n\n" + after if after else "")
        first_cell = len(head) + 2
        self.apply(TextEdit(new, first_cell, first_cell + len(dialog.header()[0])), self.tr("Insert Table"))
        self.body.setFocus()

    def refuse_heading(self) -> None:
        """A heading inside a body would be a section: say so, and point at Add Subsection."""
        QMessageBox.information(
            self.window,
            self.tr("Heading"),
            self.tr(
                "In a policy, each heading is a section of its own, with its place in the outline and "
                "its own link target. To add a heading here, use Section ▸ Add Subsection (Ctrl+Alt+N)."
            ),
        )

    def set_hide_markup(self, hide: bool) -> None:
        """Check or uncheck View ▸ Hide Markup (the preference applied to this window)."""
        self.actions["view_hide_markup"].setChecked(hide)

    def _set_hide_markup(self, hide: bool) -> None:
        """View ▸ Hide Markup toggled: keep the preference and show it in every window at once."""
        open_settings().setValue(HIDE_MARKUP, hide)
        for part in (self.window.section_editor, self.window.whole_editor):
            part.highlighter.set_hide_markup(hide)
        for widget in QApplication.topLevelWidgets():
            tools = getattr(widget, "formatting", None)
            if isinstance(tools, FormattingTools) and tools is not self:
                tools.set_hide_markup(hide)
