"""The find bar under the editor: a field, previous/next buttons, and a close button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Emits :attr:`find_requested` (text, backward) when the user asks for the next match."""

    find_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.result = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.label, self.field, self.previous_button, self.next_button, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.returnPressed.connect(lambda: self.find_requested.emit(self.field.text(), False))
        self.next_button.clicked.connect(lambda: self.find_requested.emit(self.field.text(), False))
        self.previous_button.clicked.connect(lambda: self.find_requested.emit(self.field.text(), True))
        self.close_button.clicked.connect(self.hide)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setToolTip(self.tr("Close the find bar"))

    def open(self, text: str = "") -> None:
        if text:
            self.field.setText(text)
        self.result.clear()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_not_found(self, found: bool) -> None:
        self.result.setText("" if found else self.tr("Not found"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
