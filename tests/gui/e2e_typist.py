"""Helper for the end-to-end recovery test: the real application, typed into, waiting to be killed.

Run as ``python e2e_typist.py FILE SECTION TEXT``: it starts Policy Editor exactly as the
``policy-editor FILE`` command does (editor.gui.app.run_gui), and once the window is up selects
SECTION and types TEXT at the end of its body, one character every 40 ms, through key events that
carry the text (like a keyboard). After each character it prints ``typed <count> <monotonic time>``
and flushes, so the test knows what was typed when. It never stops by itself: the test kills it.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.gui import app as gui_app
from editor.gui.mainwindow import MainWindow

INTERVAL_MS = 40


def main() -> int:
    file, section, text = sys.argv[1], sys.argv[2], sys.argv[3]
    application = gui_app._application()
    state = {"typed": 0}

    def window() -> MainWindow | None:
        for widget in application.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def begin() -> None:
        win = window()
        if win is None:
            QTimer.singleShot(50, begin)
            return
        win.outline.select_section(section)
        body = win.section_editor.body
        body.moveCursor(QTextCursor.MoveOperation.End)
        print("ready", time.monotonic(), flush=True)
        QTimer.singleShot(INTERVAL_MS, lambda: type_next(win))

    def type_next(win: MainWindow) -> None:
        index = state["typed"] % len(text)
        char = text[index]
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(win.section_editor.body, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        state["typed"] += 1
        print("typed", state["typed"], time.monotonic(), flush=True)
        QTimer.singleShot(INTERVAL_MS, lambda: type_next(win))

    QTimer.singleShot(0, begin)
    return gui_app.run_gui(file)


if __name__ == "__main__":
    sys.exit(main())
