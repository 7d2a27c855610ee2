"""Formatting commands of the section editor, behind the Format menu, its toolbar and shortcuts.

The menu, toolbar and actions are built with the window's first stage
(:mod:`editor.gui.text.format_menu`); this module, loaded after the first paint, gives them
their commands.

Each command asks :mod:`editor.editing` for the new body and selection and applies it to the
document as one undoable step (:meth:`FormattingTools.apply`). Keys the text field would take
for itself (Enter and Tab in lists and tables, Ctrl+K, paste and copy) are handled by
:mod:`editor.gui.text.format_keys` and :mod:`editor.gui.text.clipboard`, installed on the body
field as event filters, so the editor widget itself is not changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from editor.editing import emphasis, links, lists, tables
from editor.editing.edit import TextEdit, line_bounds
from editor.gui.settings import HIDE_MARKUP, open_settings
from editor.gui.text.clipboard import ClipboardHandler
from editor.gui.text.format_keys import FormatKeys
from editor.gui.text.format_target import FormatTarget
from editor.gui.text.link_dialog import REMOVE, LinkDialog
from editor.gui.text.table_dialog import TableDialog


class FormattingTools(FormatTarget):
    """The commands of the Format menu and toolbar of ``window`` (the MainWindow, not imported
    here: it imports this module), acting on its section editor."""

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
        ui = window.format_menu  # built with the window's first stage (editor.gui.text.format_menu)
        self.actions = ui.actions
        self.menu = ui.menu
        self.toolbar = ui.toolbar
        for name, handler in handlers.items():
            self.actions[name].triggered.connect(handler)
        self.clipboard = ClipboardHandler(self)
        self.keys = FormatKeys(self)
        self.actions["view_hide_markup"].toggled.connect(self._set_hide_markup)
        self.actions["format_paste_plain"].triggered.connect(lambda: self.clipboard.paste(plain=True))

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
