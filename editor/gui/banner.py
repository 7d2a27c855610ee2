"""A banner above the editor listing what an importer repaired, dropped or guessed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from editor.errors import Notice
from editor.gui.messages import notice_text

MAX_SHOWN = 8


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
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.details)
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
        lines = [f"• {notice_text(notice)}" for notice in self._notices[:MAX_SHOWN]]
        if count > MAX_SHOWN:
            lines.append(self.tr("… and %n more.", "", count - MAX_SHOWN))
        self.details.setText("\n".join(lines))
