"""Published versions of the open policy: the list, "Publish Version", and comparisons.

Publishing records an immutable snapshot next to the saved document (``NAME.versions/``), sets
the version and last-updated date through one undoable metadata operation, and saves.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.compare import Comparison, compare
from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.i18n import Retranslated
from editor.gui.legal.compare_view import CompareDialog
from editor.gui.messages import error_text
from editor.legal.versions import Version, list_versions, load_version, publish
from editor.model import SetMetadata


def next_label(versions: list[Version]) -> str:
    """A suggestion: the last label with its last number raised ("1.2" -> "1.3"), or "1.0"."""
    if not versions:
        return "1.0"
    last = versions[-1].label
    match = re.search(r"(\d+)(?!.*\d)", last)
    if match is None:
        return f"{last}-2"
    return last[: match.start()] + str(int(match.group(1)) + 1) + last[match.end() :]


class PublishDialog(Retranslated, QDialog):
    """Asks for the label, who publishes and a note."""

    def __init__(self, label: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.label = QLineEdit(label, self)
        self.author = QLineEdit(author, self)
        self.note = QPlainTextEdit(self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        for row_label, field in zip(self.labels, (self.label, self.author, self.note), strict=True):
            form.addRow(row_label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Publish Version"))
        self.note.setPlaceholderText(self.tr("What changed and why (kept with the version)"))
        for row_label, text in zip(
            self.labels, (self.tr("Version:"), self.tr("Published by:"), self.tr("Note:")), strict=True
        ):
            row_label.setText(text)


class VersionsDialog(QDialog):
    """The versions of one saved document."""

    comparison_ready = Signal(object)  # the CompareDialog now shown
    _compared = Signal(object, int, object)  # Comparison, job number, (old label, new label)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_dialog")
        self.document = document
        self._job = 0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compare")
        self._compared.connect(self._on_compared)
        self.progress: QProgressDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("versions_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.publish_button = QPushButton(self)
        self.publish_button.setObjectName("versions_publish")
        self.compare_current_button = QPushButton(self)
        self.compare_current_button.setObjectName("versions_compare_current")
        self.compare_two_button = QPushButton(self)
        self.compare_two_button.setObjectName("versions_compare_two")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.publish_button, self.compare_current_button, self.compare_two_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(self.ask_and_publish)
        self.compare_current_button.clicked.connect(self.compare_with_current)
        self.compare_two_button.clicked.connect(self.compare_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.retranslate_ui()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Published Versions"))
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Published"), self.tr("By"), self.tr("Note")])
        self.publish_button.setText(self.tr("Publish Version…"))
        self.compare_current_button.setText(self.tr("Compare with Current Text"))
        self.compare_two_button.setText(self.tr("Compare the Two Selected"))

    def versions(self) -> list[Version]:
        return list_versions(self.document.path) if self.document.path else []

    def reload(self) -> None:
        try:
            versions = self.versions()
        except PolicyEditorError as error:
            QMessageBox.warning(self, self.tr("Cannot read the versions"), error_text(error))
            versions = []
        self.table.setRowCount(len(versions))
        for row, version in enumerate(versions):
            published = version.published.astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((version.label, published, version.author, version.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_labels(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).text() for row in rows]

    def _update_buttons(self) -> None:
        saved = bool(self.document.path)
        selected = len(self.selected_labels())
        self.publish_button.setEnabled(saved)
        self.compare_current_button.setEnabled(selected == 1)
        self.compare_two_button.setEnabled(selected == 2)

    # -- publishing --------------------------------------------------------------------------

    def ask_and_publish(self) -> None:
        dialog = PublishDialog(next_label(self.versions()), _user_name(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.publish(dialog.label.text().strip(), dialog.author.text().strip(), dialog.note.toPlainText().strip())

    def publish(self, label: str, author: str, note: str, when: dt.datetime | None = None) -> Version | None:
        """Publish the current text as ``label``; returns the version, or None after showing why not."""
        path = self.document.path
        if not path:
            return None
        try:
            published, version = publish(self.document.policy, path, label, author, note, when)
            self.document.apply(SetMetadata(published.meta), self.tr("Publish Version %1").replace("%1", label))
            self.document.save()
        except PolicyEditorError as error:
            QMessageBox.warning(self, self.tr("Cannot publish the version"), error_text(error))
            return None
        self.reload()
        return version

    # -- comparing ---------------------------------------------------------------------------

    def compare_with_current(self) -> bool:
        """Compare the selected version with the current text; False when nothing is selected."""
        labels = self.selected_labels()
        if len(labels) != 1 or not self.document.path:
            return False
        return self._start_compare(labels[0], None)

    def compare_selected(self) -> bool:
        """Compare the two selected versions (older first); False unless two are selected."""
        labels = self.selected_labels()
        if len(labels) != 2 or not self.document.path:
            return False
        return self._start_compare(labels[0], labels[1])

    def _start_compare(self, old_label: str, new_label: str | None) -> bool:
        """Compare off the UI thread (a long policy takes a moment), with a Cancel button;
        :attr:`comparison_ready` gives the window showing the result."""
        assert self.document.path
        try:
            old = load_version(self.document.path, old_label)
            new = load_version(self.document.path, new_label) if new_label else self.document.policy
        except PolicyEditorError as error:
            QMessageBox.warning(self, self.tr("Cannot open the version"), error_text(error))
            return False
        self._job += 1
        job, labels = self._job, (old_label, new_label or self.tr("current text"))
        self.progress = QProgressDialog(self.tr("Comparing the versions…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setObjectName("compare_progress")
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel_compare)

        def done(future: Future[Comparison]) -> None:
            if not future.cancelled():
                self._compared.emit(future.result(), job, labels)

        self._executor.submit(compare, old, new).add_done_callback(done)
        return True

    def _cancel_compare(self) -> None:
        self._job += 1  # the running comparison's result will be dropped

    def _on_compared(self, comparison: Comparison, job: int, labels: tuple[str, str]) -> None:
        if job != self._job:
            return
        if self.progress is not None:
            self.progress.reset()
        dialog = CompareDialog(comparison, labels[0], labels[1], _user_name(), self)
        dialog.show()
        self.comparison_ready.emit(dialog)

    def done(self, result: int) -> None:
        self._job += 1
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
