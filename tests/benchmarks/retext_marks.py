"""ReText 8.1 with start-up marks, run by the Python of ReText's own virtual environment.

``python retext_marks.py FILE.md`` starts ReText on FILE as its ``retext`` command does and prints
``first-paint T`` (the first paint of its main window, ``ReTextWindow``) and ``text-shown T``
(the first paint of its editor holding the text), wall clock, then quits. It imports nothing from
Policy Editor: bench_startup.py runs it side by side with our own marks.
"""

import atexit
import multiprocessing
import sys
import time

from PyQt6.QtCore import QEvent, QObject, QTimer
from PyQt6.QtWidgets import QApplication, QWidget
from ReText import window as retext_window

printed: set[str] = set()


def mark(name: str) -> None:
    if name in printed:
        return
    printed.add(name)
    print(name, repr(time.time()), flush=True)
    if {"first-paint", "text-shown"} <= printed:
        QTimer.singleShot(0, QApplication.instance().quit)


class Marks(QObject):
    """An application-wide event filter watching paint events."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if isinstance(watched, retext_window.ReTextWindow):
                mark("first-paint")
            elif isinstance(watched, QWidget) and isinstance(watched.window(), retext_window.ReTextWindow):
                tab = watched.window().currentTab
                if (
                    tab is not None
                    and watched is tab.editBox.viewport()
                    and tab.editBox.document().characterCount() > 1
                ):
                    mark("text-shown")
        return False


marks = Marks()
_show = retext_window.ReTextWindow.show


def show(self: QWidget) -> None:
    """ReText's main() creates the application, then shows its window: watch from there on."""
    QApplication.instance().installEventFilter(marks)
    _show(self)


retext_window.ReTextWindow.show = show

from ReText.__main__ import main  # noqa: E402 (after the hook)


def _wait_for_children() -> None:
    """At exit (after ReText's own exit handler has told its converter process to quit): wait for
    that process, so nothing of this run is still working when the benchmark starts the next."""
    for child in multiprocessing.active_children():
        child.join(10)
        if child.is_alive():
            child.terminate()
            child.join()


if __name__ == "__main__":
    # Guarded, as ReText's own ``retext`` script is: ReText starts its converter process with
    # multiprocessing's "spawn", which imports this file again in the new process; that one must
    # not start a second ReText (it used to, failed at once, and ran on past this run's end).
    atexit.register(_wait_for_children)
    sys.argv = ["retext", *sys.argv[1:]]
    main()
