"""An open policy: the current Policy, its file path and its undo stack.

Every edit goes through :meth:`Document.apply`, which runs a model operation, pushes a thin undo
command and emits :attr:`Document.changed` with the operation's Change, so each view refreshes
only what changed. The modified state follows the undo stack's clean state: undoing back to the
saved state clears it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor import native
from editor.model.policy import Policy, normalize_body, normalize_title

if TYPE_CHECKING:  # the operations and undo commands are imported on the first edit, not before the first paint
    from editor.model.ops import EditBody, Operation, Rename, Result


class Document(QObject):
    """One policy being edited (one per window)."""

    changed = Signal(object)  # editor.model.Change
    saved = Signal(str)
    path_changed = Signal(str)
    modified_changed = Signal(bool)
    #: Emitted before an operation runs, so editors holding unapplied text apply it first.
    about_to_apply = Signal()

    def __init__(self, policy: Policy | None = None, path: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._policy = policy if policy is not None else Policy()
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # The raw text of the last keystroke (section id, field, text): bodies are stored without
        # trailing spaces, so word boundaries are judged on what was typed, not on the model.
        self._typed: tuple[str, type, str] | None = None

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # -- state ---------------------------------------------------------------------------------

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def path(self) -> str | None:
        return self._path

    def set_path(self, path: str | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path or "")

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_unsaved(self) -> None:
        """Treat the current state as not saved anywhere (imports, recovered text)."""
        self.undo_stack.resetClean()

    def display_name(self) -> str:
        """The file name, or the policy's title for a document never saved."""
        if self._path:
            return Path(self._path).name
        return self._policy.meta.title

    # -- editing -------------------------------------------------------------------------------

    def apply(self, operation: Operation, text: str = "") -> Result:
        """Run ``operation`` as one undoable step; OperationError leaves everything unchanged."""
        from editor.gui.document.commands import OperationCommand

        self.about_to_apply.emit()
        result = operation.apply(self._policy)
        self.undo_stack.push(OperationCommand(self, operation, result, text))
        return result

    def type_text(self, operation: EditBody | Rename, text: str = "", closes: bool | None = None) -> Result | None:
        """Like :meth:`apply`, for keystrokes: consecutive ones in a section merge into word-sized steps
        (``closes``: whether this one ends a word, when the change alone does not tell). None, and no
        step, when the field holds the same text as before (its formats changed, not its text)."""
        from editor.gui.document.commands import TypingCommand
        from editor.model.ops import EditBody

        section = self._policy.find(operation.section_id)
        is_body = isinstance(operation, EditBody)
        before = "" if section is None else (section.body if is_body else section.title)
        if self._typed is not None and self._typed[:2] == (operation.section_id, type(operation)):
            typed = self._typed[2]
            if (normalize_body(typed) if is_body else normalize_title(typed)) == before:
                before = typed
        if section is not None and (operation.body if is_body else operation.title) == before:
            return None
        result = operation.apply(self._policy)
        self.undo_stack.push(TypingCommand(self, operation, result, text, before, closes))
        self._typed = (operation.section_id, type(operation), operation.body if is_body else operation.title)
        return result

    def replace_policy(self, policy: Policy, text: str = "") -> Result:
        """Put a whole new policy in place (undoable), e.g. a recovered or reloaded version."""
        from editor.model.ops import ReplacePolicy

        return self.apply(ReplacePolicy(policy), text)

    def execute(self, operation: Operation) -> Operation:
        """Apply an operation outside the undo stack (what undo commands do); returns its inverse."""
        result = operation.apply(self._policy)
        self.commit(result)
        return result.inverse

    def commit(self, result: Result) -> None:
        """Make ``result``'s policy current and tell the views what changed (outside the undo stack)."""
        self._policy = result.policy
        self.changed.emit(result.change)

    # -- files ---------------------------------------------------------------------------------

    def save(self, path: str | None = None) -> str:
        """Write the native format atomically to ``path`` (or the current path); errors change nothing."""
        target = path or self._path
        if not target:
            raise ValueError("a document that was never saved needs a path")
        native.save(self._policy, target)
        self.set_path(str(target))
        self.undo_stack.setClean()
        self.saved.emit(str(target))
        return str(target)
