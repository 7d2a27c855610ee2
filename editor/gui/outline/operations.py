"""The Section menu's commands: structure edits on the selected section through model operations.

Each command is one undoable step on the document. A refused operation (indenting the first
section, moving past the edge...) is reported through :attr:`SectionOperations.failed` and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit

from editor.errors import OperationError
from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.outline.view import OutlineView
from editor.gui.window.actions import ActionCollection
from editor.model.policy import Policy, Section, count_words

if TYPE_CHECKING:  # the operations are imported on the first edit, not before the first paint
    from editor.model.ops import Change, Operation


class SectionOperations(QObject):
    """Connects the section_* actions to the document, acting on the outline's current section."""

    failed = Signal(object)  # OperationError
    deleted = Signal(str)  # what went, in words ("Deleted 'X' and 4 subsections, 812 words")

    def __init__(self, actions: ActionCollection, outline: OutlineView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outline = outline
        self._document: Document | None = None
        #: New sections still named by their placeholder id -> that placeholder title.
        self._fresh: dict[str, str] = {}
        actions["section_add_sibling"].triggered.connect(self.add_sibling)
        actions["section_add_child"].triggered.connect(self.add_child)
        actions["section_rename"].triggered.connect(self.rename)
        actions["section_delete"].triggered.connect(self.delete)
        actions["section_move_up"].triggered.connect(self.move_up)
        actions["section_move_down"].triggered.connect(self.move_down)
        actions["section_indent"].triggered.connect(self.indent)
        actions["section_outdent"].triggered.connect(self.outdent)

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
        self._document = document
        self._fresh = {}
        document.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        """A title given in the outline (one Rename) names a new section's id at once; one typed in
        the title field does when the field is left (:meth:`adopt_title`)."""
        if change.kind == "title" and change.section_ids and not self._title_field_has_focus():
            section_id = change.section_ids[0]
            if section_id in self._fresh:  # after this undo step is complete
                QTimer.singleShot(0, lambda: self.adopt_title(section_id))

    def _title_field_has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return isinstance(focused, QLineEdit) and not self._outline.isAncestorOf(focused)

    def adopt_title(self, section_id: str) -> None:
        """Give a new section the id its first real title makes (then the id is kept, as for all)."""
        placeholder = self._fresh.get(section_id)
        if self._document is None or placeholder is None:
            return
        section = self._document.policy.find(section_id)
        if section is not None and section.title.strip() in ("", placeholder):
            return  # not named yet
        del self._fresh[section_id]
        from editor.model.reid import adopt_title

        operation = adopt_title(self._document.policy, section_id, placeholder)
        if operation is not None:
            self._document.apply(operation, self.tr("Name Section Id"))

    def _run(self, make: Callable[[Policy, str], Operation], text: str) -> bool:
        section_id = self._outline.current_section_id()
        if self._document is None or section_id is None:
            return False
        try:
            self._document.apply(make(self._document.policy, section_id), text)
        except OperationError as error:
            self.failed.emit(error)
            return False
        return True

    def move_up(self) -> None:
        from editor.model.ops import move_up

        self._run(move_up, self.tr("Move Section Up"))

    def move_down(self) -> None:
        from editor.model.ops import move_down

        self._run(move_down, self.tr("Move Section Down"))

    def indent(self) -> None:
        from editor.model.ops import indent

        self._run(indent, self.tr("Indent Section"))

    def outdent(self) -> None:
        from editor.model.ops import Outdent

        self._run(lambda _policy, section_id: Outdent(section_id), self.tr("Outdent Section"))

    def add_sibling(self) -> None:
        """A new section right after the selected one (or at the end when nothing is selected)."""
        if self._document is None:
            return
        policy = self._document.policy
        current = self._outline.current_section_id()
        place = policy.locate(current) if current else None
        if place is None:
            parent_id, index = None, len(policy.sections)
        else:
            parent_id, index = place[0], place[1] + 1
        self._insert(parent_id, index)

    def add_child(self) -> None:
        """A new last subsection of the selected section."""
        if self._document is None:
            return
        current = self._outline.current_section_id()
        if current is None:
            self.add_sibling()
            return
        section = self._document.policy.find(current)
        self._insert(current, len(section.children) if section else 0)

    def _insert(self, parent_id: str | None, index: int) -> None:
        assert self._document is not None
        from editor.model.ops import new_section

        title = self.tr("New section")
        try:
            result = self._document.apply(
                new_section(self._document.policy, parent_id, index, title), self.tr("Add Section")
            )
        except OperationError as error:
            self.failed.emit(error)
            return
        if result.change.focus:
            self._fresh[result.change.focus] = title
            self._outline.select_section(result.change.focus)
            self._outline.edit(self._outline.currentIndex())

    def rename(self) -> None:
        index = self._outline.currentIndex()
        if index.isValid():
            self._outline.setFocus()
            self._outline.edit(index)

    def delete(self) -> None:
        """Delete at once: undo brings the section back, so there is no confirmation to click;
        :attr:`deleted` says what went (the window shows it next to an Undo button)."""
        section_id = self._outline.current_section_id()
        section = self._document.policy.find(section_id) if self._document and section_id else None
        if section is None:
            return
        from editor.model.ops import DeleteSection

        if self._run(lambda _policy, section_id: DeleteSection(section_id), self.tr("Delete Section")):
            self.deleted.emit(self.deleted_text(section))

    def deleted_text(self, section: Section) -> str:
        parts = list(section.walk())
        words = sum(count_words(part.title) + count_words(part.body) for part in parts)
        title = section.title or self.tr("(untitled section)")
        if len(parts) > 1:
            text = self.tr("Deleted “%1” and %n subsection(s)", "", len(parts) - 1).replace("%1", title)
        else:
            text = self.tr("Deleted “%1”").replace("%1", title)
        return arg(self.tr("%1, %2", "deleted section, its words"), text, self.tr("%n word(s)", "", words))
