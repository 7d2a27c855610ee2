"""Cyclic garbage holding Qt objects is deleted on the GUI thread, whoever allocates (editor/gui/gui_thread_gc.py)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher

from editor.gui import gui_thread_gc


class ClosedDocument:
    """A dead object in a reference cycle holding a file watcher (as a closed document does)."""

    def __init__(self, deleted_on: list[int], folder: Path) -> None:
        self.deleted_on = deleted_on
        self.watcher = QFileSystemWatcher([str(folder)])
        self.me = self

    def __del__(self) -> None:
        self.deleted_on.append(threading.get_ident())


def test_garbage_is_deleted_on_the_gui_thread_while_a_worker_allocates(qtbot, qapp, tmp_path: Path) -> None:
    gui_thread_gc.install(qapp)
    deleted_on: list[int] = []
    ClosedDocument(deleted_on, tmp_path)
    made: list[list] = []

    def worker() -> None:  # far past every threshold: an automatic collection would run here
        made.extend([] for _ in range(100 * gc.get_threshold()[0]))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert deleted_on == []  # not by the worker, nor on this thread behind the event loop's back
    qtbot.waitUntil(lambda: bool(deleted_on), timeout=5000)  # the collector's timer, within its interval
    assert deleted_on == [threading.get_ident()]


def test_installed_once_per_application_and_automatic_collection_stays_off(qapp) -> None:
    first = gui_thread_gc.install(qapp)
    gc.enable()  # e.g. a caller restoring its own setting
    try:
        assert not gui_thread_gc.installed(qapp)
        assert gui_thread_gc.install(qapp) is first
        assert not gc.isenabled()
        assert gui_thread_gc.installed(qapp)
    finally:
        gc.disable()
