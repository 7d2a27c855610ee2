"""File ▸ Export…: choose a format, its options (as the exporter declares them) and a file.

The formats are the core's (:func:`editor.export_service.formats`, less the native one, which
is Save As) plus PDF, which the window prints through Qt. The options shown are those the
chosen format declares. The folder and format last used are remembered per document.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.errors import PolicyEditorError
from editor.export_service import file_suffix, formats, options_of
from editor.gui.dialogs.export_job import PDF, ExportRequest
from editor.gui.dialogs.option_fields import OptionField, label_for
from editor.gui.messages import error_text
from editor.gui.settings import open_settings
from editor.model import Policy, slugify

#: The native format is saved with Save As, not exported.
NOT_EXPORTED = ("policy",)


def export_formats() -> list[str]:
    """The formats the dialog offers, in the core's order, then PDF."""
    return [name for name in formats() if name not in NOT_EXPORTED] + [PDF]


def suffix_for(format_name: str) -> str:
    return ".pdf" if format_name == PDF else file_suffix(format_name)


def format_title(format_name: str) -> str:
    """The format as the user reads it (the core's name for a format this window has no words for)."""
    titles = {
        "html": QCoreApplication.translate("ExportDialog", "HTML page"),
        "html-fragment": QCoreApplication.translate("ExportDialog", "HTML fragment"),
        "docx": QCoreApplication.translate("ExportDialog", "Word document (DOCX)"),
        "wp-page": QCoreApplication.translate("ExportDialog", "WordPress page (JSON)"),
        "wp-update": QCoreApplication.translate("ExportDialog", "WordPress update payload (JSON)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown"),
        PDF: QCoreApplication.translate("ExportDialog", "PDF"),
    }
    return titles.get(format_name, format_name)


def _document_key(document_path: str | None) -> str:
    source = document_path or "untitled"
    return "export/" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def remembered(document_path: str | None) -> tuple[str | None, str | None]:
    """The (folder, format) last used to export this document, if any."""
    settings = open_settings()
    key = _document_key(document_path)
    folder = settings.value(key + "/folder")
    name = settings.value(key + "/format")
    return (str(folder) if folder else None, str(name) if name else None)


def remember(document_path: str | None, request: ExportRequest) -> None:
    settings = open_settings()
    key = _document_key(document_path)
    settings.setValue(key + "/folder", str(Path(request.path).parent))
    settings.setValue(key + "/format", request.format)
    settings.sync()


class ExportDialog(QDialog):
    """Format, options and file of one export; :meth:`request` is what the user chose."""

    def __init__(self, policy: Policy, document_path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.policy = policy
        self.document_path = document_path
        self.fields: list[OptionField] = []
        self.no_options: QLabel | None = None
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("export_format")
        for name in export_formats():
            self.format_box.addItem(format_title(name), name)
        self.options_group = QGroupBox(self)
        self.options_form = QFormLayout(self.options_group)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setObjectName("export_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(link);")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        self.format_label = QLabel(self)
        top.addRow(self.format_label, self.format_box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        self.path_label = QLabel(self)
        top.addRow(self.path_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.options_group)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        folder, name = remembered(document_path)
        self._folder = folder or (str(Path(document_path).parent) if document_path else str(Path.home()))
        index = self.format_box.findData(name) if name else -1
        self.format_box.setCurrentIndex(max(index, 0))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.format_label.setText(self.tr("&Format:"))
        self.path_label.setText(self.tr("&Save to:"))
        self.format_label.setBuddy(self.format_box)
        self.path_label.setBuddy(self.path_edit)
        self.browse.setText(self.tr("Browse…"))
        self.options_group.setTitle(self.tr("Options"))
        self.export_button.setText(self.tr("Export"))
        for index in range(self.format_box.count()):
            self.format_box.setItemText(index, format_title(str(self.format_box.itemData(index))))
        for field in self.fields:
            label = self.options_form.labelForField(field.widget)
            if isinstance(label, QLabel):
                label.setText(label_for(field.option))
            field.retranslate()
        if self.no_options is not None:
            self.no_options.setText(self.tr("This format has no options."))

    def current_format(self) -> str:
        return str(self.format_box.currentData())

    def _base_name(self) -> str:
        meta = self.policy.meta
        return meta.slug or slugify(meta.title, "policy")

    def _format_changed(self) -> None:
        name = self.current_format()
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.fields = []
        declared = () if name == PDF else options_of(name)
        for option in declared:
            field = OptionField(option, self.options_group)
            self.fields.append(field)
            self.options_form.addRow(label_for(option), field.widget)
        self.no_options = None
        if not declared:
            self.no_options = QLabel(self.tr("This format has no options."), self.options_group)
            self.options_form.addRow(self.no_options)
        current = self.path_edit.text().strip()
        folder = str(Path(current).parent) if current else self._folder
        self.path_edit.setText(str(Path(folder) / (self._base_name() + suffix_for(name))))
        self.problem.hide()

    def field(self, name: str) -> OptionField:
        return next(field for field in self.fields if field.option.name == name)

    def options(self) -> dict[str, Any]:
        return {f.option.name: value for f in self.fields if (value := f.value()) is not None}

    def request(self) -> ExportRequest:
        path = self.path_edit.text().strip()
        suffix = suffix_for(self.current_format())
        if path and not path.lower().endswith(suffix):
            path += suffix
        return ExportRequest(self.current_format(), path, self.options())

    def _browse(self) -> None:
        name = self.current_format()
        pattern = f"{format_title(name)} (*{suffix_for(name)})"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export To"), self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(path)

    def check(self) -> str:
        """Empty when the choice can be exported, else why not (shown in the dialog)."""
        request = self.request()
        if not request.path:
            return self.tr("Choose the file to export to.")
        if not Path(request.path).parent.is_dir():
            return self.tr("The folder “%1” does not exist.").replace("%1", str(Path(request.path).parent))
        by_name = {f.option.name: f.option for f in self.fields}
        for name, value in request.options.items():
            try:
                by_name[name].parse(value)
            except PolicyEditorError as error:
                return error_text(error)
        return ""

    def _accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        remember(self.document_path, self.request())
        self.accept()
