"""Everything that keeps a window's work safe, attached to each document the window shows.

For the document on screen: its recovery journal (:mod:`recovery_controller`), the watch on its
file (:mod:`file_watcher`) and its lock (:mod:`lock_warning`); for the window: recovery at start
(:mod:`recovery_dialog`), the answer to a failed save (:mod:`save_errors`) and the check before
overwriting a file someone else changed. The main window creates one ``WorkSafety`` and calls it
from its save and close paths; everything else follows its ``document_replaced`` signal.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, QTimer, SignalInstance
from PySide6.QtWidgets import QStatusBar

from editor import recovery
from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.safety.file_watcher import FileWatcher
from editor.gui.safety.journal_warning import JournalWarning
from editor.gui.safety.lock_warning import LockWarning
from editor.gui.safety.recovery_controller import RecoveryController
from editor.gui.safety.recovery_dialog import offer_recovery
from editor.gui.safety.save_errors import SaveChoice, ask_after_failure
from editor.recovery import JournalEntry, Selection


class Window(Protocol):
    """What WorkSafety needs of its window (the main window: a QMainWindow with these members).

    Described here rather than imported, so that the main window may import this module without
    an import cycle.
    """

    document: Document
    document_replaced: SignalInstance
    outline: Any
    section_editor: Any
    safety: WorkSafety

    def set_document(self, document: Document) -> None: ...

    def close_document(self) -> None: ...

    def save_as(self) -> bool: ...

    def save_to(self, path: str) -> bool: ...

    def statusBar(self) -> QStatusBar: ...

    def size(self) -> QSize: ...

    def resize(self, size: QSize) -> None: ...

    def show(self) -> None: ...


class WorkSafety(QObject):
    """Journal, file watch and lock of the document shown in ``window``."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.controller: RecoveryController | None = None
        self.watcher: FileWatcher | None = None
        self.lock: LockWarning | None = None
        self.extra_windows: list[Window] = []
        self._adopt: JournalEntry | None = None
        self.journal_warning = JournalWarning(window)
        window.statusBar().addPermanentWidget(self.journal_warning)
        window.document_replaced.connect(self.attach)
        if getattr(window, "document", None) is not None:
            self.attach(window.document)

    # -- per document ----------------------------------------------------------------------------

    def attach(self, document: Document) -> None:
        """A new document is shown: the previous one was saved or discarded (clean close)."""
        if self.controller is not None and self.controller.document is document:
            return
        self.detach(clean=True)
        self.journal_warning.working()
        journal = recovery.adopt(self._adopt) if self._adopt is not None else None
        self._adopt = None
        self.controller = RecoveryController(document, self.selection, journal)
        self.controller.journal_failed.connect(self._journal_failed)
        self.controller.journal_working.connect(self.journal_warning.working)
        self.watcher = FileWatcher(document, self.window)
        self.lock = LockWarning(document, self.window)
        self.lock.close_requested.connect(self.window.close_document)
        QTimer.singleShot(0, self.lock.start)
        if document.is_modified():  # imported or recovered: unsaved from the first second
            self.controller.write_now()

    def detach(self, clean: bool = True) -> None:
        """Stop looking after the current document (``clean``: its journal is removed)."""
        if self.controller is not None:
            self.controller.close(clean=clean)
            self.controller = None
        if self.lock is not None:
            self.lock.stop()
            self.lock = None
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def selection(self) -> Selection:
        """The selected section and the cursor in its body, for the journal."""
        editor = self.window.section_editor
        section = getattr(editor, "section_id", None)
        if callable(section):
            section = section()
        if section is None:
            section = getattr(editor, "_section_id", None)
        cursor = editor.body.textCursor()
        return Selection(section or None, cursor.position(), cursor.anchor())

    def _journal_failed(self, message: str) -> None:
        self.journal_warning.failed(message)

    # -- saving and closing ----------------------------------------------------------------------

    def confirm_overwrite(self, path: str) -> bool:
        """Before saving to ``path``: ask if someone else changed that file since we read it."""
        if self.watcher is None or self.watcher.path != path:
            return True
        return self.watcher.confirm_overwrite()

    def save_failed(self, path: str, error: PolicyEditorError) -> bool:
        """Explain a failed save and offer Save As or Try Again; True if the policy got saved after all."""
        choice = ask_after_failure(self.window, path, error)
        if choice is SaveChoice.SAVE_AS:
            return self.window.save_as()
        if choice is SaveChoice.RETRY:
            return self.window.save_to(path)
        return False

    def window_closed(self) -> None:
        """The window closes after its document was saved or discarded: nothing to recover."""
        self.detach(clean=True)

    # -- recovery at start -----------------------------------------------------------------------

    def offer_recovery(self) -> int:
        """Offer what crashed sessions left; restore the chosen documents. Returns how many."""
        entries = offer_recovery(self.window)
        for index, entry in enumerate(entries):
            target = self.window
            if index > 0 or self.window.document.is_modified():
                target = type(self.window)()
                target.resize(self.window.size())
                self.extra_windows.append(target)
            target.safety.restore(entry)
            target.show()
        return len(entries)

    def restore(self, entry: JournalEntry) -> None:
        """Show the recovered policy with its saved file, title and selection, marked as not saved."""
        from editor.importers import import_file

        recovered = entry.policy()
        saved = None
        if entry.path:
            try:
                saved = import_file(entry.path).policy
            except PolicyEditorError:
                saved = None
        self._adopt = entry
        if saved is not None:
            document = Document(saved, entry.path)
            self.window.set_document(document)
            document.replace_policy(recovered, self.tr("Recovered Changes"))
        else:
            document = Document(recovered, entry.path)
            document.mark_unsaved()
            self.window.set_document(document)
        if self.controller is not None:
            self.controller.write_now()  # the journal now belongs to this process
        self._select(entry.selection)

    def _select(self, selection: Selection) -> None:
        if not selection.section or self.window.document.policy.find(selection.section) is None:
            return
        self.window.outline.select_section(selection.section)
        body = self.window.section_editor.body
        cursor = body.textCursor()
        length = len(body.toPlainText())
        if selection.anchor is not None:
            cursor.setPosition(min(selection.anchor, length))
            cursor.setPosition(min(selection.cursor, length), cursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(min(selection.cursor, length))
        body.setTextCursor(cursor)
        body.setFocus()
