"""At start, offers to restore the documents a crashed or killed Policy Editor left unsaved.

Each recovery journal left by a process that is gone is listed with its title, file and time;
selecting one shows what restoring it would bring back, as a diff against the saved file (or the
whole text for a document never saved). Restore reopens it with its title and selection, marked
as not saved; Discard deletes the journal after a confirmation; Decide Later keeps it for the
next start.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor import recovery
from editor.errors import PolicyEditorError
from editor.gui.i18n import Retranslated, arg
from editor.gui.safety.diff_view import DiffView
from editor.recovery import JournalEntry


def local_time(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


class RecoveryDialog(Retranslated, QDialog):
    """Lists the unsaved documents to recover; :attr:`to_restore` holds the ones the user chose."""

    def __init__(self, entries: list[JournalEntry], damaged: list[PolicyEditorError] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.to_restore: list[JournalEntry] = []
        self.discarded: list[JournalEntry] = []
        self._entries = list(entries)
        self.intro = intro = QLabel(self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recovery_list")
        self.details = QLabel(self)
        self.details.setObjectName("recovery_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff = DiffView(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.diff, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([280, 620])
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard_button")
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("later_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        if damaged:
            from editor.gui.messages import error_text

            note = QLabel(
                arg(
                    self.tr("Some recovery files cannot be read and were left as they are:\n%1"),
                    "\n".join(error_text(error) for error in damaged),
                ),
                self,
            )
            note.setObjectName("recovery_damaged")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_current)
        self.discard_button.clicked.connect(self.discard_current)
        self.later_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(self._show)
        for _entry in self._entries:
            self.list.addItem(QListWidgetItem())
        self.list.setCurrentRow(0)
        self.retranslate_ui()
        self.resize(980, 620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.intro.setText(
            self.tr(
                "Policy Editor was not closed normally. The changes below were not saved; "
                "choose what to do with each document."
            )
        )
        self.restore_button.setText(self.tr("Restore"))
        self.discard_button.setText(self.tr("Discard…"))
        self.later_button.setText(self.tr("Decide Later"))
        self.later_button.setToolTip(self.tr("Keep the unsaved changes; they are offered again at the next start."))
        for row, entry in enumerate(self._entries):
            item = self.list.item(row)
            item.setText(self._label(entry))
            item.setToolTip(entry.path or self.tr("never saved"))
        self._show(self.list.currentRow())

    def _label(self, entry: JournalEntry) -> str:
        name = Path(entry.path).name if entry.path else self.tr("Untitled")
        title = entry.title or self.tr("(no title)")
        return arg(self.tr("%1\n%2 — %3"), title, name, local_time(entry.time))

    def current(self) -> JournalEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show(self, row: int) -> None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        self.restore_button.setEnabled(entry is not None)
        self.discard_button.setEnabled(entry is not None)
        if entry is None:
            self.details.clear()
            self.diff.clear()
            return
        saved = entry.saved_text()
        if entry.path is None:
            where = self.tr("This document was never saved. Restoring it brings back all of its text.")
        elif saved is None:
            where = arg(
                self.tr("The saved file “%1” is missing or cannot be read: all of the text is shown."), entry.path
            )
        else:
            where = arg(self.tr("Unsaved changes to “%1”, last recorded %2:"), entry.path, local_time(entry.time))
        self.details.setText(where)
        self.diff.show_diff(
            saved or "", entry.text, self.tr("saved file"), self.tr("unsaved changes (would be restored)")
        )

    def _take_current(self) -> JournalEntry | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._entries):
            return None
        entry = self._entries.pop(row)
        self.list.takeItem(row)
        if not self._entries:
            self.accept()
        else:
            self.list.setCurrentRow(min(row, len(self._entries) - 1))
            self._show(self.list.currentRow())
        return entry

    def restore_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            entry.policy()
        except PolicyEditorError as error:
            from editor.gui.messages import error_text

            QMessageBox.warning(self, self.tr("Cannot Restore"), error_text(error))
            return
        self.to_restore.append(self._take_current())

    def discard_current(self) -> None:
        entry = self.current()
        if entry is None or not self.confirm_discard(entry):
            return
        recovery.discard(entry)
        self.discarded.append(self._take_current())

    def confirm_discard(self, entry: JournalEntry) -> bool:
        name = entry.title or (Path(entry.path).name if entry.path else self.tr("Untitled"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard Unsaved Changes"), "", parent=self)
        box.setObjectName("confirm_discard_box")
        box.setText(arg(self.tr("Discard the unsaved changes to “%1”?"), name))
        box.setInformativeText(self.tr("They will be deleted for good; this cannot be undone."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("confirm_discard_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is discard


def offer_recovery(parent: QWidget | None = None) -> list[JournalEntry]:
    """Ask about every orphaned journal; the entries to restore (empty when nothing was left)."""
    entries, damaged = recovery.orphaned_journals()
    if not entries:
        return []
    dialog = RecoveryDialog(entries, damaged, parent)
    dialog.exec()
    return dialog.to_restore
