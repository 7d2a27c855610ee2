"""A banner above the editor listing what an importer repaired, dropped or guessed.

It says, in the user's language, what the user must know; the technical account of each notice
(what exactly was rebuilt, and where) goes to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from editor.errors import Notice
from editor.gui.messages import notice_text

log = logging.getLogger(__name__)

MAX_SHOWN = 5
MAX_HEIGHT = 260  # px: longer lists scroll inside the banner


class NoticeBanner(QFrame):
    """Closable list of an import's notices; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_banner")
        self.setStyleSheet(
            "#notice_banner { background: #fff4d6; border: 1px solid #e0c170; border-radius: 3px; }"
            "#notice_banner QLabel { color: #4a3b00; }"
        )
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        self.more_button = QToolButton(self)
        self.more_button.setAutoRaise(True)
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(lambda _on: self.retranslate_ui())
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.details)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.scroller.setMaximumHeight(MAX_HEIGHT)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.scroller)
        text.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 4, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._file = ""
        self._notices: tuple[Notice, ...] = ()
        self.hide()
        self.retranslate_ui()

    def show_notices(self, file_name: str, notices: Sequence[Notice]) -> None:
        """Show the notices of importing ``file_name``; the banner stays hidden when there are none."""
        self._file = file_name
        self._notices = tuple(notices)
        for notice in self._notices:
            log.info("%s: import notice %s: %s", file_name, notice.code, notice.message())
        self.more_button.setChecked(False)
        self.retranslate_ui()
        self.setVisible(bool(self._notices))

    def notices(self) -> tuple[Notice, ...]:
        return self._notices

    def retranslate_ui(self) -> None:
        self.close_button.setToolTip(self.tr("Hide these notes"))
        count = len(self._notices)
        self.heading.setText(
            self.tr("Imported from %1, not saved yet. The import left %n note(s):", "", count).replace("%1", self._file)
        )
        expanded = self.more_button.isChecked()
        shown = self._notices if expanded else self._notices[:MAX_SHOWN]
        lines = [f"• {notice_text(notice)}" for notice in shown]
        self.more_button.setVisible(count > MAX_SHOWN)
        if expanded:
            self.more_button.setText(self.tr("Show Fewer"))
        else:
            self.more_button.setText(self.tr("Show All %n Notes", "", count))
            if count > MAX_SHOWN:
                lines.append(self.tr("… and %n more.", "", count - MAX_SHOWN))
        self.details.setText("\n".join(lines))
        self.details.adjustSize()
        self.scroller.setMinimumHeight(min(self.details.sizeHint().height(), MAX_HEIGHT))
