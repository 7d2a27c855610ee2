"""Keeps the recovery journal of one open document up to date, off the keystroke path.

Every change of the document (``Document.changed``) restarts a short debounce; the journal is
written at most :data:`DEBOUNCE_MS` after the last keystroke and at most :data:`MAX_DELAY_MS`
after the first unsaved change, even while the user keeps typing. The policy is immutable, so
the journal (native text, atomically replaced) is serialised and written on a worker thread; the
GUI thread only takes a snapshot. Writes and removals run in order on that one thread, so a late
write can never bring back a journal that a save removed.

The journal is removed when the document is saved, when undo brings it back to its saved
state, and when the window is closed cleanly (:meth:`RecoveryController.close`).
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.messages import error_text
from editor.gui.preferences import recovery_interval_ms
from editor.model.policy import Policy
from editor.recovery import Journal, Selection

#: Quiet time after the last change before the journal is written (ms).
DEBOUNCE_MS = 250
#: Longest time an unsaved change waits for its journal write, even during continuous typing (ms).
MAX_DELAY_MS = 800
#: After a failed journal write (state folder full or read-only), try again this often (ms).
RETRY_MS = 5000


class RecoveryController(QObject):
    """Writes ``document``'s unsaved state to its recovery journal shortly after each change."""

    journal_written = Signal(str)  # the journal file
    journal_removed = Signal(str)
    journal_failed = Signal(str)  # a message naming the journal file and the reason
    journal_working = Signal()  # a write or removal succeeded after a failure: journaling works again

    def __init__(
        self,
        document: Document,
        selection: Callable[[], Selection] | None = None,
        journal: Journal | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else document)
        self.document = document
        self.journal = journal or Journal()
        self._selection = selection or (lambda: Selection())
        self._worker = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery")
        self._last: concurrent.futures.Future[None] | None = None
        self._closed = False
        quiet = recovery_interval_ms()  # Edit ▸ Preferences (DEBOUNCE_MS unless changed)
        self._quiet = QTimer(self, singleShot=True, interval=quiet)
        self._deadline = QTimer(self, singleShot=True, interval=max(MAX_DELAY_MS, quiet * 3))
        self._quiet.timeout.connect(self.write_now)
        self._deadline.timeout.connect(self.write_now)
        self.failing = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.write_now)
        self.journal_failed.connect(self._on_failed)  # queued from the worker thread
        self.journal_written.connect(self._on_working)
        self.journal_removed.connect(self._on_working)
        document.changed.connect(self._on_changed)
        document.saved.connect(self._on_saved)
        document.modified_changed.connect(self._on_modified_changed)
        if document.is_modified():  # typed into before this controller was made: journaled all the same
            self._on_changed()

    # -- triggers --------------------------------------------------------------------------------

    def _on_changed(self, _change: object = None) -> None:
        if self._closed:
            return
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _on_saved(self, _path: str) -> None:
        self._cancel_timers()
        self._submit(self._remove)

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._on_changed()
        else:
            self._cancel_timers()
            self._submit(self._remove)

    def _cancel_timers(self) -> None:
        self._quiet.stop()
        self._deadline.stop()
        self._retry.stop()

    def _on_failed(self, _message: str) -> None:
        self.failing = True
        if not self._closed and not self.pending():
            self._retry.start()  # the text is not safe until a write succeeds: keep trying

    def _on_working(self, _file: str = "") -> None:
        if self.failing:
            self.failing = False
            self.journal_working.emit()

    # -- work ------------------------------------------------------------------------------------

    def pending(self) -> bool:
        """True while a change waits for its journal write."""
        return self._quiet.isActive() or self._deadline.isActive()

    def write_now(self) -> None:
        """Snapshot the document now and write its journal (or remove it when nothing is unsaved)."""
        self._cancel_timers()
        if self._closed:
            return
        if not self.document.is_modified():
            self._submit(self._remove)
            return
        policy = self.document.policy
        path = self.document.path
        try:
            selection = self._selection()
        except RuntimeError:  # a view already deleted while the window closes
            selection = Selection()
        self._submit(lambda: self._write(policy, path, selection))

    def wait(self, timeout: float | None = 10.0) -> None:
        """Block until the journal operations submitted so far are done (tests, closing)."""
        if self._last is not None:
            concurrent.futures.wait([self._last], timeout=timeout)

    def flush(self) -> None:
        """Write any pending change now and wait for it."""
        if self.pending():
            self.write_now()
        self.wait()

    def close(self, clean: bool = True) -> None:
        """The window closes. ``clean`` (saved or changes discarded by the user): remove the journal.

        Without ``clean`` the pending change is written first and the journal stays for the next start.
        """
        if self._closed:
            return
        if clean:
            self._cancel_timers()
            self._submit(self._remove)
        else:
            self.write_now()
        self._closed = True
        self._shutdown()

    def _shutdown(self) -> None:
        self._closed = True
        self._cancel_timers()
        self._worker.shutdown(wait=True)

    def _submit(self, job: Callable[[], None]) -> None:
        if self._worker is None:
            return
        try:
            self._last = self._worker.submit(job)
        except RuntimeError:  # executor already shut down
            return

    # -- on the worker thread --------------------------------------------------------------------

    def _write(self, policy: Policy, path: str | None, selection: Selection) -> None:
        try:
            self.journal.write(policy, path, selection)
        except PolicyEditorError as error:
            self.journal_failed.emit(error_text(error))
        except OSError as error:
            self.journal_failed.emit(f"{self.journal.file}: {error.strerror or error}")
        except Exception as error:  # noqa: BLE001 - on a worker thread nobody else would hear of it
            self.journal_failed.emit(f"{self.journal.file}: {error!r}")
        else:
            self.journal_written.emit(str(self.journal.file))

    def _remove(self) -> None:
        existed = self.journal.exists()
        try:
            self.journal.remove()
        except OSError as error:
            self.journal_failed.emit(f"{self.journal.file}: {error.strerror or error}")
            return
        if existed or self.failing:
            self.journal_removed.emit(str(self.journal.file))
