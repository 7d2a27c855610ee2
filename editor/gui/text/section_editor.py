"""The section editor: the selected section's title and its Markdown body.

Each keystroke becomes an EditBody or Rename operation on the document (merged into word-sized
undo steps by the document). Changes that come from elsewhere (undo, the outline, the whole-
document editor) are patched into the fields without moving the cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor.gui.document.document import Document
from editor.gui.text.highlighter import MarkdownHighlighter
from editor.gui.text.text_edit import BodyEdit, TitleEdit, replace_text
from editor.model.policy import normalize_body, normalize_title

if TYPE_CHECKING:  # the operations are imported on the first edit, not before the first paint
    from editor.model.ops import Change, EditBody, Rename


class SectionEditor(QWidget):
    """Title field above a body editor, for one section at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_editor")
        self.title = TitleEdit(self)
        self.title.setObjectName("section_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.body = BodyEdit(self)
        self.body.setObjectName("section_body")
        self.highlighter = MarkdownHighlighter(self.body.document())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)
        self._document: Document | None = None
        self._section_id: str | None = None
        self._applying = False
        self.title.textEdited.connect(self._on_title_edited)
        self.body.textChanged.connect(self._on_body_changed)
        self.retranslate_ui()
        self._show_empty(True)

    def retranslate_ui(self) -> None:
        self.title.setPlaceholderText(self.tr("Section title"))
        self.body.setPlaceholderText(self.tr("Write the section in Markdown…"))
        self.empty.setText(self.tr("No section selected.\nAdd one with Section ▸ Add Section."))

    # -- wiring ----------------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        self._section_id = None
        self.show_section("")

    def section_id(self) -> str | None:
        return self._section_id

    def show_section(self, section_id: str) -> None:
        """Open a section (by id) for editing; "" shows the empty state."""
        if self._document is None:
            return
        section = self._document.policy.find(section_id) if section_id else None
        if section is None:
            self._section_id = None
            self._show_empty(True)
            return
        if section_id == self._section_id:
            self._sync(section.title, section.body)
            return
        self._section_id = section_id
        self._applying = True
        try:
            self.title.setText(section.title)
            self.body.setPlainText(section.body)
        finally:
            self._applying = False
        self._show_empty(False)

    def _show_empty(self, empty: bool) -> None:
        self.title.setVisible(not empty)
        self.body.setVisible(not empty)
        self.empty.setVisible(empty)

    # -- edits from the user ---------------------------------------------------------------------

    def _on_title_edited(self, text: str) -> None:
        if self._applying or self._document is None or self._section_id is None:
            return
        from editor.model.ops import Rename

        self._push(Rename(self._section_id, text), self.tr("Typing in the title"))

    def _on_body_changed(self) -> None:
        if self._applying or self._document is None or self._section_id is None:
            return
        from editor.model.ops import EditBody

        self._push(EditBody(self._section_id, self.body.text()), self.tr("Typing"))

    def _push(self, operation: EditBody | Rename, text: str, closes: bool | None = None) -> None:
        assert self._document is not None
        self._applying = True
        try:
            self._document.type_text(operation, text, closes)
        finally:
            self._applying = False

    def typed(self, closes: bool) -> None:
        """The body was changed, its signals blocked, by a keystroke that did more than type its
        character (a table aligned around it): one typing step, ending a word if ``closes``; then
        the field's other listeners hear of the change."""
        if self._document is None or self._section_id is None:
            return
        from editor.model.ops import EditBody

        self._push(EditBody(self._section_id, self.body.text()), self.tr("Typing"), closes)
        self._applying = True
        try:
            self.body.textChanged.emit()
        finally:
            self._applying = False

    # -- edits from elsewhere --------------------------------------------------------------------

    def _on_document_changed(self, change: Change) -> None:
        if self._applying or self._document is None or self._section_id is None:
            return
        if change.kind in ("body", "title") and self._section_id not in change.section_ids:
            return
        section = self._document.policy.find(self._section_id)
        if section is None:
            self._section_id = None
            self._show_empty(True)
            return
        self._sync(section.title, section.body)

    def _sync(self, title: str, body: str) -> None:
        """Show the model's text unless the fields already hold it (up to normalisation)."""
        self._applying = True
        try:
            if normalize_title(self.title.text()) != title:
                position = self.title.cursorPosition()
                self.title.setText(title)
                self.title.setCursorPosition(min(position, len(title)))
            if normalize_body(self.body.text()) != body:
                replace_text(self.body, body)
        finally:
            self._applying = False
