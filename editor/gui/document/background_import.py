"""Reading a file to open off the UI thread, with a busy indicator naming the file and Cancel.

A hostile file can take seconds to import (HTML lists nested 100,000 deep); done on the UI thread,
the window stays unpainted and typing is not journaled. :func:`import_in_background` runs
``editor.importers.import_file`` on a :class:`QThreadPool` worker and turns a local event loop
until it finishes, so the window repaints and the recovery journal keeps running; the caller
replaces the document only with the result it returns. Cancel stops waiting and drops the result
(the worker itself ends on its own; the import has no side effect). One import at a time: a second
request while one runs is refused (``None``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from editor.gui.document.opened import Opened
from editor.importers import import_file, importer_for


class _Signals(QObject):
    finished = Signal(object)  # Opened, or the exception the import raised


class _ImportTask(QRunnable):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.signals = _Signals()

    def run(self) -> None:
        try:
            outcome: object = Opened(importer_for(self.path), import_file(self.path))
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, raised there
            outcome = error
        self.signals.finished.emit(outcome)


class _BusyIndicator:
    """A label naming the file, an endless progress bar and Cancel, in the window's status bar."""

    def __init__(self, window: QMainWindow, name: str, cancel: QEventLoop) -> None:
        bar = window.statusBar()
        self.label = QLabel(QCoreApplication.translate("BackgroundImport", "Opening %1…").replace("%1", name))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.button = QPushButton(QCoreApplication.translate("BackgroundImport", "Cancel"))
        self.button.clicked.connect(cancel.quit)
        self.widgets = (self.label, self.progress, self.button)
        for widget in self.widgets:
            bar.addPermanentWidget(widget)
        self.bar = bar

    def close(self) -> None:
        for widget in self.widgets:
            self.bar.removeWidget(widget)
            widget.deleteLater()


_running: set[QMainWindow] = set()


def import_in_background(window: QMainWindow, path: str) -> Opened | None:
    """Import ``path`` on a worker while the window's events keep turning.

    Returns what was read, or ``None`` when the user cancelled or another import is running;
    raises what the import raised (a PolicyEditorError for bad input).
    """
    if window in _running:
        return None
    _running.add(window)
    loop = QEventLoop()
    outcome: list[object] = []
    task = _ImportTask(path)
    task.setAutoDelete(False)  # its signals object must outlive run() until the result is delivered

    def finished(value: object) -> None:
        outcome.append(value)
        loop.quit()

    task.signals.finished.connect(finished)
    busy = _BusyIndicator(window, Path(path).name, loop)
    try:
        QThreadPool.globalInstance().start(task)
        loop.exec()
    finally:
        busy.close()
        _running.discard(window)
    if not outcome:
        task.signals.finished.disconnect(finished)
        _abandoned.append(task)  # kept alive until its run() ends; the result is dropped
        task.signals.finished.connect(lambda _value: _abandoned.remove(task))
        return None
    value = outcome[0]
    if isinstance(value, BaseException):
        raise value
    assert isinstance(value, Opened)
    return value


#: Cancelled tasks whose worker may still be running (a QRunnable must outlive its run()).
_abandoned: list[_ImportTask] = []
