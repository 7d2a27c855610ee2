"""Cyclic garbage collected on the GUI thread only, from a timer (see editor.cycle_collection).

Python's automatic cycle collection runs on whichever thread passes a threshold; in a Qt program
that may be a worker deleting a dead window object's QFileSystemWatcher, whose socket notifier
the GUI thread's event dispatcher still holds: a use-after-free. :func:`install` keeps automatic
collection off for the rest of the process and checks Python's own thresholds every
:data:`INTERVAL_MS` on the GUI thread (the same idea as pyqtgraph's GarbageCollector). Garbage
made by a worker waits at most that long; the GUI thread's event loop runs while workers do.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from editor.cycle_collection import collect_due

#: How often the GUI thread looks whether a collection is due, in ms (the look costs microseconds).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """The timer that collects due generations on the GUI thread; one per application."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("gui_thread_gc")
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        gc.disable()
        self._timer.start()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Turn automatic collection off for good and collect on ``app``'s thread from now on (once
    per application: a second call returns the collector already installed)."""
    existing = app.findChild(GuiThreadCollector, "gui_thread_gc")
    if isinstance(existing, GuiThreadCollector):
        gc.disable()
        return existing
    return GuiThreadCollector(app)


def installed(app: QCoreApplication | None = None) -> bool:
    """Whether cyclic garbage is collected by :func:`install`'s timer (and not automatically)."""
    app = app or QCoreApplication.instance()
    return app is not None and app.findChild(GuiThreadCollector, "gui_thread_gc") is not None and not gc.isenabled()
