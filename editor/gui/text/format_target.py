"""What the formatting commands act on: the section editor's body field of a main window, and
how a command's result is applied there (one undoable step). The Format menu
(:mod:`editor.gui.text.formatting`), its keys and the clipboard handler share it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from editor.editing import lists, tables
from editor.editing.edit import TextEdit
from editor.gui.text.text_edit import replace_text
from editor.model import EditBody


class FormatTarget(QObject):
    """The section editor of ``window`` as the formatting commands see it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.section_editor
        self.body = self.editor.body
        self.actions: dict[str, QAction] = {}

    # -- applying --------------------------------------------------------------------------------

    def active(self) -> bool:
        """Whether the section editor shows a section the commands can change."""
        return self.editor.section_id() is not None and self.body.isVisible() and not self.body.isReadOnly()

    def selection(self) -> tuple[str, int, int]:
        cursor = self.body.textCursor()
        return self.body.text(), cursor.selectionStart(), cursor.selectionEnd()

    def apply(self, edit: TextEdit | None, label: str) -> bool:
        """Put ``edit`` in the body as one undoable step named ``label`` (a table it changed
        aligned again); False when there is none."""
        section_id = self.editor.section_id()
        if edit is None or section_id is None:
            return False
        edit = tables.keep_aligned(edit)
        if edit.text != self.body.text():
            blocked = self.body.blockSignals(True)  # the document is told once, below, not per keystroke
            try:
                replace_text(self.body, edit.text)
            finally:
                self.body.blockSignals(blocked)
            self.window.document.apply(EditBody(section_id, edit.text), label)
        cursor = self.body.textCursor()
        size = len(self.body.text())
        cursor.setPosition(min(edit.start, size))
        cursor.setPosition(min(edit.end, size), cursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.ensureCursorVisible()
        return True

    def indent(self, outdent: bool) -> bool:
        """Nest (or un-nest) the list items of the selection; False outside a list."""
        if not self.active():
            return False
        if outdent:
            label = QCoreApplication.translate("FormatTarget", "Outdent")
        else:
            label = QCoreApplication.translate("FormatTarget", "Indent")
        return self.apply(lists.indent(*self.selection(), outdent), label)
