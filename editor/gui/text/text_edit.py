"""Text fields of the editor that keep no-break spaces and leave undo to the document.

Qt's own text undo is switched off: Ctrl+Z and Ctrl+Shift+Z go to the window's Undo/Redo
actions, which drive the document's QUndoStack (one history for text and structure).
``QTextDocument.toPlainText()`` turns U+00A0 into a plain space, so bodies are read with
:func:`raw_text` (``toRawText()``, paragraph and line separators mapped back to ``\\n``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QDragEnterEvent, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def raw_text(document: QTextDocument) -> str:
    """The document's text with every character kept (U+00A0 and U+202F included)."""
    return document.toRawText().translate(_SEPARATORS)


def _is_history_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


def _trim(old: Sequence[str], new: Sequence[str]) -> tuple[int, int]:
    """The lengths of the common start and (not overlapping it) common end of two sequences."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return start, end


def changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` edits of ``old`` (in order) that give ``new``: the lines that
    differ, and in a changed line only the characters that differ, so a cursor elsewhere (in an
    undone table row, say) stays on its character."""
    start, end = _trim(old, new)
    old_part, new_part = old[start : len(old) - end], new[start : len(new) - end]
    if ("\n" not in old_part and "\n" not in new_part) or len(old_part) + len(new_part) > _DIFF_LIMIT:
        return [(start, len(old) - end, new_part)]
    line_start = old.rfind("\n", 0, start) + 1  # whole lines from here on, in both texts
    # Each line with its newline (a last one added to both: it never changes).
    old_lines = [line + "\n" for line in old[line_start : len(old) - end].split("\n")]
    new_lines = [line + "\n" for line in new[line_start : len(new) - end].split("\n")]
    offsets = [line_start]
    for line in old_lines:
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    if len(old_lines) == len(new_lines):  # lines changed in place (a realigned table, an undone edit)
        opcodes = [("replace", i, i + 1, i, i + 1) for i in range(len(old_lines)) if old_lines[i] != new_lines[i]]
    elif len(old_lines) + len(new_lines) <= _LINE_LIMIT:
        import difflib  # on the first edit that changes lines, not before the first paint

        opcodes = difflib.SequenceMatcher(None, old_lines, new_lines).get_opcodes()
    else:  # a line diff would cost more than the cursor is worth
        return [(start, len(old) - end, new_part)]
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                a, b = _trim(old_lines[i][:-1], new_lines[j][:-1])
                edits.append((offsets[i] + a, offsets[i + 1] - 1 - b, new_lines[j][a : len(new_lines[j]) - 1 - b]))
            continue
        replacement = "".join(new_lines[j1:j2])
        if i2 == len(old_lines):  # the block ends the text, at the added last newline
            if i1 == i2:  # lines added after it: they go before it
                edits.append((offsets[i1] - 1, offsets[i1] - 1, "\n" + replacement[:-1]))
            elif j1 == j2:  # lines deleted up to it: with the newline before them
                edits.append((offsets[i1] - 1, offsets[i2] - 1, ""))
            else:
                edits.append((offsets[i1], offsets[i2] - 1, replacement[:-1]))
        else:
            edits.append((offsets[i1], offsets[i2], replacement))
    return edits


#: Above this many changed characters or lines, the change is one replacement (no line diff).
_DIFF_LIMIT = 200_000
_LINE_LIMIT = 600


def replace_text(edit: QPlainTextEdit, new: str) -> None:
    """Make ``edit`` hold ``new`` by replacing only the parts that differ (the cursor stays on its
    character; the field reports one change)."""
    old = raw_text(edit.document())
    if old == new:
        return
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    for start, end, replacement in reversed(changes(old, new)):
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
    cursor.endEditBlock()


class BodyEdit(QPlainTextEdit):
    """A plain-text Markdown editor whose undo keys belong to the window."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(10)

    def text(self) -> str:
        return raw_text(self.document())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Files dropped here are opened by the window, not pasted as their path."""
        if source.hasUrls() and all(url.isLocalFile() for url in source.urls()):
            return False
        return super().canInsertFromMimeData(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.canInsertFromMimeData(event.mimeData()):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_history_key(event):  # type: ignore[arg-type]
            event.ignore()
            return True
        return super().event(event)


class TitleEdit(QLineEdit):
    """The section title field; its undo keys belong to the window too."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_history_key(event):  # type: ignore[arg-type]
            event.ignore()
            return True
        return super().event(event)
