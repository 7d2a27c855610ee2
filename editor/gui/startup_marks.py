"""Start-up marks for measuring the app from outside (the start-up benchmark, the start-up tests).

With ``POLICY_EDITOR_STARTUP_MARKS`` set in the environment, the app prints one line per mark on
stdout, ``NAME WALL_CLOCK_SECONDS``, and quits once the last one is printed:

- ``first-paint``: the main window's first paint event;
- ``text-shown``: the first paint of the section editor's body holding text;
- ``preview-complete``: the preview shows the whole policy.

With the value ``modules``, each mark is followed by ``gc-at-NAME enabled|disabled`` (whether
Python's cycle collector runs then), and the ``first-paint`` line by ``modules NAME ...``: every
module imported by then. With the value ``keystroke``, a key press is posted to the section
editor right after the first paint, as a user typing at once, and ``key-handled`` is printed when
the editor's text has changed (the benchmark compares it with ``preview-complete``). With the
value ``first-paint``, the process ends right after that mark, without clean-up (its state
folder is left as it was): the work to the first paint alone, for instruction counts (``valgrind
--tool=callgrind``, which do not move with the machine's load as times do). Nothing happens
without the variable.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "POLICY_EDITOR_STARTUP_MARKS"


class StartupMarks(QObject):
    """Prints the marks for ``window`` (a MainWindow) as they happen, then quits the app."""

    def __init__(self, app: QApplication, window: Any) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.printed: set[str] = set()
        self.with_modules = os.environ.get(VARIABLE) == "modules"
        self.with_key = os.environ.get(VARIABLE) == "keystroke"
        self.end_at_first_paint = os.environ.get(VARIABLE) == "first-paint"
        self.expected = {"first-paint", "text-shown", "preview-complete"}
        if self.with_key:
            self.expected.add("key-handled")
        self.body = window.section_editor.body
        self.viewport: QWidget | None = None  # watched from the window's first paint on (see _watch_viewport)
        window.installEventFilter(self)
        if window.built:
            window.preview.rendered.connect(self._on_rendered)
        else:  # the preview is made by the window's second stage, after the first paint
            window.building_finished.connect(lambda: window.preview.rendered.connect(self._on_rendered))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.window:
                self._mark("first-paint")
                self._watch_viewport()
            elif watched is self.viewport and self.body.document().characterCount() > 1:
                self._mark("text-shown")
        return False

    def _watch_viewport(self) -> None:
        """Watch the editor's viewport, from the window's paint on: its children paint after it.

        Not before: the viewport is a private QWidget subclass, and the first time PySide6 wraps
        one it creates every QtWidgets class to find the nearest (about 18 ms). The app asks for
        no such widget before its first paint; the marks must not either, or they would add that
        time to the first paint they measure."""
        if self.viewport is None:
            self.viewport = self.body.viewport()
            self.viewport.installEventFilter(self)

    def _on_rendered(self, _ids: tuple[str, ...]) -> None:
        if "first-paint" in self.printed and not self.window.preview.is_rendering():
            self._mark("preview-complete")

    def _mark(self, name: str) -> None:
        if name in self.printed:
            return
        self.printed.add(name)
        print(name, repr(time.time()), flush=True)
        if self.with_modules:
            print(f"gc-at-{name}", _collection(), flush=True)
        if name == "first-paint" and self.with_modules:
            print("modules", *sorted(sys.modules), flush=True)
        if name == "first-paint" and self.end_at_first_paint:
            os._exit(0)  # nothing after the first paint counted, not even the interpreter's exit
        if name == "first-paint" and self.with_key:
            QTimer.singleShot(0, self._press_key)
        if self.expected <= self.printed:
            QTimer.singleShot(0, self.app.quit)

    def _press_key(self) -> None:
        """Type one letter into the section editor, as a user who starts typing at once (the letter
        is the benchmark's, not the user's: it is discarded without a question when the app quits)."""
        from PySide6.QtWidgets import QMessageBox

        self.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        self.body.textChanged.connect(self._on_key_handled)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(self.body, QKeyEvent(kind, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x"))

    def _on_key_handled(self) -> None:
        self.body.textChanged.disconnect(self._on_key_handled)
        self._mark("key-handled")


def _collection() -> str:
    """How cyclic garbage is collected now: "gui-thread", "automatic" or "paused"."""
    from editor.gui import gui_thread_gc

    if gui_thread_gc.installed():
        return "gui-thread"
    return "automatic" if gc.isenabled() else "paused"
