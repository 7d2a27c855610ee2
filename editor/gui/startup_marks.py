"""Start-up marks for measuring the app from outside (the start-up benchmark, the start-up tests).

With ``POLICY_EDITOR_STARTUP_MARKS`` set in the environment, the app prints one line per mark on
stdout, ``NAME WALL_CLOCK_SECONDS``, and quits once the last one is printed:

- ``first-paint``: the main window's first paint event;
- ``text-shown``: the first paint of the section editor's body holding text;
- ``preview-complete``: the preview shows the whole policy.

With the value ``modules``, the ``first-paint`` line is followed by ``modules NAME ...``: every
module imported by then. Nothing happens without the variable.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

VARIABLE = "POLICY_EDITOR_STARTUP_MARKS"


def wanted() -> bool:
    return bool(os.environ.get(VARIABLE))


class StartupMarks(QObject):
    """Prints the marks for ``window`` (a MainWindow) as they happen, then quits the app."""

    def __init__(self, app: QApplication, window: Any) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.printed: set[str] = set()
        self.with_modules = os.environ.get(VARIABLE) == "modules"
        self.body = window.section_editor.body
        window.installEventFilter(self)
        self.body.viewport().installEventFilter(self)
        window.preview.rendered.connect(self._on_rendered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.window:
                self._mark("first-paint")
            elif watched is self.body.viewport() and self.body.document().characterCount() > 1:
                self._mark("text-shown")
        return False

    def _on_rendered(self, _ids: tuple[str, ...]) -> None:
        if "first-paint" in self.printed and not self.window.preview.is_rendering():
            self._mark("preview-complete")

    def _mark(self, name: str) -> None:
        if name in self.printed:
            return
        self.printed.add(name)
        print(name, repr(time.time()), flush=True)
        if name == "first-paint" and self.with_modules:
            print("modules", *sorted(sys.modules), flush=True)
        if {"first-paint", "text-shown", "preview-complete"} <= self.printed:
            QTimer.singleShot(0, self.app.quit)
