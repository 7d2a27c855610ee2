"""Text fields of the editor that keep no-break spaces and leave undo to the document.

Qt's own text undo is switched off: Ctrl+Z and Ctrl+Shift+Z go to the window's Undo/Redo
actions, which drive the document's QUndoStack (one history for text and structure).
``QTextDocument.toPlainText()`` turns U+00A0 into a plain space, so bodies are read with
:func:`raw_text` (``toRawText()``, paragraph and line separators mapped back to ``\\n``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData
from PySide6.QtGui import QDragEnterEvent, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def raw_text(document: QTextDocument) -> str:
    """The document's text with every character kept (U+00A0 and U+202F included)."""
    return document.toRawText().translate(_SEPARATORS)


def _is_history_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


def replace_text(edit: QPlainTextEdit, new: str) -> None:
    """Make ``edit`` hold ``new`` by replacing only the part that differs (the cursor stays put)."""
    old = raw_text(edit.document())
    if old == new:
        return
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(len(old) - end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[start : len(new) - end])


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
