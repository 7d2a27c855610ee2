"""The whole-document editor: every section in one continuous text, for reading and long edits.

The text is the section part of the native format: each section starts with its heading line
``## Title {#id}`` (the section boundaries, highlighted as bars). Edits are applied when typing
pauses, when the mode is left, and before saving or undoing: headings and bodies that changed
become Rename/EditBody operations (one undo step); added, removed, moved or re-levelled headings
become one ReplaceSections operation. A heading typed with an empty id, ``## New part {#}``,
gets a fresh id. Text that does not parse (a level jump, a repeated id) is kept and the problem
is shown above the editor until it is fixed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor.errors import FileFormatError
from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.messages import error_text
from editor.gui.text.highlighter import MarkdownHighlighter
from editor.gui.text.text_edit import BodyEdit, replace_text
from editor.markdown.syntax import SECTION_HEADING, section_heading_for
from editor.model.policy import Section

if TYPE_CHECKING:  # the operations are imported on the first edit, not before the first paint
    from editor.model.ops import Change
from editor.native.sections import dump_sections, fill_empty_ids, parse_sections

#: Pause in typing after which edits are applied to the document.
APPLY_DELAY_MS = 600


def document_text(sections: tuple[Section, ...]) -> str:
    return dump_sections(sections).lstrip("\n")


class WholeDocumentEditor(QWidget):
    """All sections in one editor, with headings as section boundaries."""

    section_entered = Signal(str)  # the section the cursor is in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whole_document")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("whole_document_hint")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("whole_document_problem")
        self.problem.setStyleSheet("QLabel { background: #fde2e1; color: #7a1010; padding: 4px; }")
        self.problem.hide()
        self.text = BodyEdit(self)
        self.text.setObjectName("whole_document_text")
        self.highlighter = MarkdownHighlighter(self.text.document(), section_headings=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.text, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self._document: Document | None = None
        self._active = False
        self._applying = False
        self._current_section = ""
        self.text.textChanged.connect(self._on_text_changed)
        self.text.cursorPositionChanged.connect(self._on_cursor_moved)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hint.setText(
            self.tr(
                "Whole document: each line like “## Title {#id}” starts a section. "
                "Type “## New title {#}” to add a section; edits apply when you pause."
            )
        )

    # -- wiring ----------------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
            self._document.about_to_apply.disconnect(self._on_about_to_apply)
        self._document = document
        document.changed.connect(self._on_document_changed)
        document.about_to_apply.connect(self._on_about_to_apply)
        if self._active:
            self._load()

    def activate(self) -> None:
        """Show the current text of the document."""
        self._active = True
        self._load()

    def deactivate(self) -> bool:
        """Apply pending edits and stop following the document; False if the text does not parse."""
        if not self.commit():
            return False
        self._active = False
        return True

    def discard(self) -> None:
        """Forget edits that cannot be applied."""
        self._timer.stop()
        self.problem.hide()
        self._active = False

    def is_active(self) -> bool:
        return self._active

    def _load(self) -> None:
        assert self._document is not None
        self._applying = True
        try:
            replace_text(self.text, document_text(self._document.policy.sections))
        finally:
            self._applying = False
        self._current_section = ""  # where the cursor landed is not a section the user entered
        self.problem.hide()

    # -- applying edits --------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if not self._applying and self._active:
            self._timer.start()

    def has_pending_edits(self) -> bool:
        return self._timer.isActive() or self.problem.isVisible()

    def commit(self) -> bool:
        """Apply the text to the document now; False (and the problem shown) if it does not parse."""
        self._timer.stop()
        if not self._active or self._document is None:
            return True
        policy = self._document.policy
        lines = fill_empty_ids(self.text.text(), policy.ids()).split("\n")
        try:
            sections = parse_sections(lines, 0, None)
        except FileFormatError as error:
            self.problem.setText(arg(self.tr("Not applied yet: %1"), error_text(error)))
            self.problem.show()
            return False
        self.problem.hide()
        from editor.model.diff import edits_for
        from editor.model.ops import ReplaceSections

        operations = edits_for(policy.sections, sections)
        if not operations:
            return True
        self._applying = True
        stack = self._document.undo_stack
        try:
            stack.beginMacro(self.tr("Edit in Whole Document"))
            for operation in operations:
                self._document.apply(operation)
            stack.endMacro()
        finally:
            self._applying = False
        if any(isinstance(op, ReplaceSections) for op in operations):
            self._load()  # fresh ids appear in the text
        return True

    def _on_about_to_apply(self) -> None:
        """Another edit (outline, find...) is coming: apply the text typed here first."""
        if self._active and not self._applying and self._timer.isActive():
            self.commit()

    def _on_document_changed(self, _change: Change) -> None:
        if self._active and not self._applying:
            self._timer.stop()
            self._load()

    # -- navigation ------------------------------------------------------------------------------

    def _on_cursor_moved(self) -> None:
        if self._applying:  # loading the text moves the cursor; the user did not
            return
        block = self.text.textCursor().block()
        while block.isValid():
            match = SECTION_HEADING.match(block.text())
            if match:
                section_id = match.group(3)
                if section_id != self._current_section:
                    self._current_section = section_id
                    self.section_entered.emit(section_id)
                return
            block = block.previous()

    def current_section_id(self) -> str:
        return self._current_section

    def scroll_to_section(self, section_id: str) -> None:
        """Put the cursor on the section's heading line and bring it to the top."""
        if section_id == self._current_section:
            return
        pattern = section_heading_for(section_id)
        block = self.text.document().firstBlock()
        while block.isValid():
            if block.text().endswith("}") and pattern.match(block.text()):
                cursor = QTextCursor(block)
                self._current_section = section_id
                self.text.setTextCursor(cursor)
                bar = self.text.verticalScrollBar()
                bar.setValue(min(bar.maximum(), block.firstLineNumber()))
                return
            block = block.next()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
