"""The "hide markup" view: Markdown markers drawn faded, so the body reads like prose while
staying editable as source.

The markers are shown as extra selections of the body field (a light foreground), tagged so
that selections other parts of the editor set (spelling, find) are kept alongside.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.editing.markup import marker_spans

# The format property marking our selections.
TAG = QTextFormat.Property.UserProperty + 71
FADED = QColor(150, 150, 150, 110)


class MarkupFader(QObject):
    """Fades the Markdown markers of ``edit`` while enabled (a child of ``edit``: it goes with it)."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.enabled = False
        self.shown = False  # whether faded selections are on the field
        edit.document().contentsChanged.connect(self.refresh)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.refresh()

    def refresh(self) -> None:
        if not self.enabled and not self.shown:
            return
        others = [s for s in self.edit.extraSelections() if not s.format.property(TAG)]
        self.shown = self.enabled
        if not self.enabled:
            self.edit.setExtraSelections(others)
            return
        fmt = QTextCharFormat()
        fmt.setForeground(FADED)
        fmt.setProperty(TAG, True)
        ours = []
        block = self.edit.document().begin()
        while block.isValid():
            for start, end in marker_spans(block.text()):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                ours.append(selection)
            block = block.next()
        self.edit.setExtraSelections(others + ours)
