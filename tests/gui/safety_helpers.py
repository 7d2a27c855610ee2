"""Helpers for the work-safety GUI tests: answer the next modal dialog by clicking a named button."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox


class Answers:
    """Clicks, one per modal dialog as they open, the buttons given in order; records what it saw."""

    def __init__(self, *buttons: str | QMessageBox.StandardButton, timeout: float = 10.0) -> None:
        self.buttons = list(buttons)
        self.seen: list[str] = []  # objectName of each dialog answered
        self.texts: list[str] = []  # its text and informative text
        self.deadline = time.monotonic() + timeout
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.buttons or time.monotonic() > self.deadline:
            return
        widget = QApplication.activeModalWidget()
        target = None
        if widget is not None:
            wanted = self.buttons[0]
            if isinstance(wanted, QMessageBox.StandardButton):
                if isinstance(widget, QMessageBox):
                    target = widget.button(wanted)
            else:
                target = widget.findChild(QAbstractButton, wanted)
        if target is not None and target.isVisible() and target.isEnabled():
            self.buttons.pop(0)
            self.seen.append(widget.objectName())
            if isinstance(widget, QMessageBox):
                self.texts.append(widget.text() + "\n" + widget.informativeText())
            target.click()
        QTimer.singleShot(20, self._poll)

    @property
    def done(self) -> bool:
        return not self.buttons
