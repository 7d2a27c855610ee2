"""Warns when a document is already open in another window or another Policy Editor process.

Holds this window's lock (:mod:`editor.locks`) on the document's file while it is open, moves it
when the document is saved under another name, and releases it when the document is closed. A
lock left by a process that died is taken over without a word. Locks are advisory: after the
warning the user may keep the document open anyway (the other copy is then told nothing new; the
external-change watcher covers what either one saves).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor import locks
from editor.gui.document.document import Document
from editor.gui.i18n import arg


class LockWarning(QObject):
    """The lock of one open document, and the warning when someone else holds it."""

    open_elsewhere = Signal(object)  # the LockOwner holding the document
    close_requested = Signal()  # the user chose not to keep a document open twice

    def __init__(self, document: Document, window: QWidget | None = None) -> None:
        super().__init__(document)
        self.document = document
        self.window = window
        self.lock: locks.DocumentLock | None = None
        self.holder: locks.LockOwner | None = None
        self._stopped = False
        document.path_changed.connect(self._on_path_changed)

    def start(self) -> None:
        """Take the lock of the document's current file (call once the document is shown)."""
        if self._stopped:
            return
        self._take(self.document.path)

    def stop(self) -> None:
        """The document is no longer shown: release its lock and never take one again."""
        self._stopped = True
        self.release()

    def _on_path_changed(self, path: str) -> None:
        if self._stopped:
            return
        self.release()
        self._take(path or None)

    def _take(self, path: str | None) -> None:
        self.holder = None
        if not path:
            return
        attempt = locks.acquire(path)
        if attempt.lock is not None:
            self.lock = attempt.lock
            return
        if attempt.holder is None:  # the state folder cannot be written: locking is advisory
            return
        self.holder = attempt.holder
        self.open_elsewhere.emit(attempt.holder)
        if self.ask_keep_open(path, attempt.holder):
            self.lock = locks.acquire(path, force=True).lock
        else:
            self.close_requested.emit()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def describe_holder(self, holder: locks.LockOwner) -> str:
        if holder.is_this_process:
            return self.tr("It is already open in another window of Policy Editor.")
        return arg(
            self.tr("It is already open in Policy Editor on “%1” (process %2, since %3)."),
            holder.host,
            holder.pid,
            holder.since.replace("T", " "),
        )

    def ask_keep_open(self, path: str, holder: locks.LockOwner) -> bool:
        """Warn that the document is open elsewhere; True to keep it open here too."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Document Already Open"), "", parent=self.window)
        box.setObjectName("lock_warning_box")
        box.setText(arg(self.tr("“%1” is open somewhere else."), Path(path).name))
        box.setInformativeText(
            self.describe_holder(holder)
            + "\n\n"
            + self.tr("If you edit it in two places, the last one saved replaces the other's changes.")
        )
        keep = box.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("open_anyway_button")
        close = box.addButton(self.tr("Close It Here"), QMessageBox.ButtonRole.RejectRole)
        close.setObjectName("close_here_button")
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.exec()
        return box.clickedButton() is keep
