"""Notices when the open file changes or disappears on disk, and lets the user decide.

Another program, a ``git checkout`` or a sync tool may rewrite the file behind our back. The
watcher compares the file's content with the version this window last loaded or saved (a hash,
so its own saves, touches and duplicate events never prompt), and asks: reload the version on
disk, keep mine, or compare the two first. Neither side is overwritten silently: keeping mine
marks the document modified, so the next save is a deliberate choice. A file deleted behind us
stays open, marked modified. Saving replaces the file atomically (a new inode), which makes
QFileSystemWatcher drop it: the watcher re-arms after every event and watches the folder too,
so a file that comes back is noticed.
"""

from __future__ import annotations

import hashlib
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from editor import native
from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.safety.diff_view import DiffDialog

#: Events closer together than this are one change (sync tools write in several steps), in ms.
SETTLE_MS = 200


class ExternalChoice(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    COMPARE = "compare"


def fingerprint(path: str | Path) -> str | None:
    """A hash of the file's bytes, or None when it cannot be read (gone, folder, no permission)."""
    try:
        with open(path, "rb") as handle:
            digest = hashlib.sha256()
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
            return digest.hexdigest()
    except OSError:
        return None


class FileWatcher(QObject):
    """Watches the file of ``document`` while it is open in ``window``."""

    file_changed = Signal(str)  # the path, changed by someone else
    file_deleted = Signal(str)
    reloaded = Signal(str)

    def __init__(self, document: Document, window: QWidget | None = None) -> None:
        super().__init__(document)
        self.document = document
        self.window = window
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._path: str | None = None
        self._known: str | None = None  # the version on disk we loaded or saved
        self._kept_over: str | None = None  # a disk version the user chose "Keep Mine" over
        self._gone_reported = False
        self._asking = False
        self._again = False
        self._stopped = False
        document.saved.connect(self._on_saved)
        document.path_changed.connect(self._on_path_changed)
        self._watch(document.path)

    # -- what we watch ---------------------------------------------------------------------------

    @property
    def path(self) -> str | None:
        return self._path

    def watched(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()

    def _watch(self, path: str | None) -> None:
        current = self.watched()
        if current:
            self._watcher.removePaths(current)
        self._path = str(path) if path else None
        self._gone_reported = False
        self._known = fingerprint(self._path) if self._path else None
        self._kept_over = None
        self._arm()

    def _arm(self) -> None:
        """Watch the file (again) and its folder; QFileSystemWatcher forgets a replaced file."""
        if not self._path:
            return
        files = self._watcher.files()
        if self._path not in files and Path(self._path).is_file():
            self._watcher.addPath(self._path)
        folder = str(Path(self._path).parent)
        if folder not in self._watcher.directories() and Path(folder).is_dir():
            self._watcher.addPath(folder)

    def _on_path_changed(self, path: str) -> None:
        self._watch(path or None)

    def _on_saved(self, path: str) -> None:
        self._path = path
        self._known = fingerprint(path)
        self._kept_over = None
        self._gone_reported = False
        self._arm()

    def _on_event(self, _path: str) -> None:
        if not self._stopped:
            self._settle.start()

    def stop(self) -> None:
        """The document is no longer shown: stop watching (no prompt about a closed document)."""
        self._stopped = True
        self._settle.stop()
        current = self.watched()
        if current:
            self._watcher.removePaths(current)

    def is_current(self) -> bool:
        """True when the file on disk is the version this window last loaded or saved."""
        return self._path is None or fingerprint(self._path) == self._known

    # -- deciding --------------------------------------------------------------------------------

    def check(self) -> None:
        """Compare the file on disk with the version we know; tell the user when it differs."""
        if self._stopped:
            return
        if self._asking:
            self._again = True
            return
        self._arm()
        if not self._path:
            return
        now = fingerprint(self._path)
        if now is None:
            if not Path(self._path).exists() and not self._gone_reported:
                self._gone_reported = True
                self.document.mark_unsaved()
                self.file_deleted.emit(self._path)
                self._tell_deleted()
            return
        self._gone_reported = False
        if now in (self._known, self._kept_over):
            return
        self.file_changed.emit(self._path)
        self._asking = True
        try:
            self._resolve(now)
        finally:
            self._asking = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.check)

    def _resolve(self, disk_hash: str) -> None:
        while True:
            choice = self.ask_external_change()
            if choice is ExternalChoice.COMPARE:
                self.compare()
                continue
            if choice is ExternalChoice.RELOAD:
                if self.reload():
                    return
                continue  # the new version cannot be read: ask again (keep mine stays possible)
            # keep mine: do not ask again about this disk version; the user's text is now unsaved.
            # The disk still holds the other program's version, so saving over it asks first.
            self._kept_over = disk_hash
            self.document.mark_unsaved()
            return

    def reload(self) -> bool:
        """Replace the document with the file on disk (undoable); False (and a message) if unreadable."""
        from editor.importers import import_file

        try:
            policy = import_file(self._path).policy
        except PolicyEditorError as error:
            from editor.gui.messages import error_text

            QMessageBox.warning(self.window, self.tr("Cannot Reload"), error_text(error))
            return False
        self.document.replace_policy(policy, self.tr("Reload from Disk"))
        self.document.undo_stack.setClean()
        self._known = fingerprint(self._path)
        self._kept_over = None
        self.reloaded.emit(self._path)
        return True

    def disk_text(self) -> str:
        """The file on disk as native text (what a reload would give), or why it cannot be read."""
        from editor.importers import import_file

        try:
            return native.dumps(import_file(self._path).policy)
        except PolicyEditorError as error:
            from editor.gui.messages import error_text

            return arg(self.tr("(the file on disk cannot be read: %1)"), error_text(error))

    def compare(self) -> None:
        dialog = DiffDialog(
            self.tr("Changes on Disk"),
            native.dumps(self.document.policy),
            self.disk_text(),
            self.tr("open in Policy Editor (mine)"),
            arg(self.tr("on disk: %1"), self._path),
            self.window,
        )
        dialog.exec()

    # -- prompts (one place each, so tests can answer them) -------------------------------------

    def ask_external_change(self) -> ExternalChoice:
        name = Path(self._path).name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File Changed on Disk"), "", parent=self.window)
        box.setObjectName("external_change_box")
        box.setText(arg(self.tr("“%1” was changed by another program."), name))
        if self.document.is_modified():
            detail = self.tr("You also have changes that are not saved. Which version do you want to keep?")
        else:
            detail = self.tr("Load the version on disk, or keep the one open here?")
        box.setInformativeText(detail)
        reload = box.addButton(self.tr("Reload from Disk"), QMessageBox.ButtonRole.DestructiveRole)
        reload.setObjectName("reload_button")
        keep = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_button")
        compare = box.addButton(self.tr("Compare…"), QMessageBox.ButtonRole.ActionRole)
        compare.setObjectName("compare_button")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is reload:
            return ExternalChoice.RELOAD
        if clicked is compare:
            return ExternalChoice.COMPARE
        return ExternalChoice.KEEP_MINE

    def _tell_deleted(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File Deleted"), "", parent=self.window)
        box.setObjectName("file_deleted_box")
        box.setText(arg(self.tr("“%1” was deleted or moved by another program."), Path(self._path).name))
        box.setInformativeText(
            self.tr("Your text stays open here and is marked as not saved. Save it to write the file again.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def confirm_overwrite(self) -> bool:
        """Before saving: if the file changed on disk since we read it, ask before replacing it."""
        if self._path is None or self.is_current() or fingerprint(self._path) is None:
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("File Changed on Disk"),
            arg(
                self.tr(
                    "“%1” was changed by another program since you opened it. "
                    "Replace it with your version? (The version on disk is kept as a backup, “%2”.)"
                ),
                Path(self._path).name,
                Path(self._path).name + ".bak",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save
