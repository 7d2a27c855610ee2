"""Thin undo commands: ``redo`` applies a model operation, ``undo`` applies the inverse it returned.

Typing in a section body (or its title) arrives as one EditBody/Rename per keystroke; those merge
into word-sized undo steps: a step grows while the user types inside a word and closes once a
space, a line break or punctuation has been typed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from editor.common_ends import common_prefix, common_suffix
from editor.model import EditBody, Operation, Rename, Result


class Target(Protocol):
    """What a command changes (a :class:`editor.gui.document.document.Document`), outside the undo stack."""

    def commit(self, result: Result) -> None: ...

    def execute(self, operation: Operation) -> Operation: ...


#: QUndoCommand ids of the commands that merge (any other command has id -1).
TYPING_BODY = 1
TYPING_TITLE = 2


def _typed(before: str, after: str) -> str:
    """The text inserted between ``before`` and ``after`` (empty for deletions and replacements)."""
    if len(after) <= len(before):
        return ""
    start = common_prefix(before, after)
    limit = len(before) - start
    end = common_suffix(before, after, limit)
    return after[start : len(after) - end]


def ends_word(before: str, after: str) -> bool:
    """True when the edit typed a word separator (space, line break, punctuation) or was no insertion."""
    inserted = _typed(before, after)
    if not inserted or len(inserted) > 1:
        return len(inserted) != 1 and len(after) >= len(before)
    return not (inserted.isalnum() or inserted in "'’-_")


class OperationCommand(QUndoCommand):
    """One model operation on a document, applied once already when pushed."""

    def __init__(self, document: Target, operation: Operation, result: Result, text: str) -> None:
        super().__init__(text)
        self._document = document
        self.operation = operation
        self.inverse = result.inverse
        self._pending: Result | None = result

    def redo(self) -> None:
        if self._pending is not None:
            result, self._pending = self._pending, None
            self._document.commit(result)
        else:
            self.inverse = self._document.execute(self.operation)

    def undo(self) -> None:
        self._document.execute(self.inverse)


class TypingCommand(OperationCommand):
    """An EditBody or Rename that merges with the next keystrokes in the same section."""

    def __init__(
        self,
        document: Target,
        operation: EditBody | Rename,
        result: Result,
        text: str,
        before: str,
        closes: bool | None = None,
    ):
        super().__init__(document, operation, result, text)
        self.section_id = operation.section_id
        after = operation.body if isinstance(operation, EditBody) else operation.title
        # ``closes``: the keystroke says whether it ended a word (a table realigned by it changes more).
        self._closed = ends_word(before, after) if closes is None else closes
        self._last = after

    def id(self) -> int:
        return TYPING_BODY if isinstance(self.operation, EditBody) else TYPING_TITLE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other.id() != self.id() or other.section_id != self.section_id:
            return False
        if self._closed:
            return False
        after = other._last
        # Keep the first inverse (the text before the burst) and the last forward operation.
        self.operation = other.operation
        self._closed = other._closed
        self._last = after
        return True
