"""File ▸ Properties: the document's title, slug, locale, status, version, dates, organisation and
typography profile, checked by the core and applied as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.errors import OperationError
from editor.gui.messages import error_text
from editor.gui.profiles import profile_title
from editor.gui.statuses import policy_status_title
from editor.model import Metadata, SetMetadata
from editor.model.incomplete import CUT_OFF_KEY as INCOMPLETE_KEY
from editor.model.incomplete import marked_complete
from editor.model.policy import PROFILES
from editor.model.properties import FIELDS, STATUSES, checked_metadata, update_on_export, with_update_on_export


class PropertiesDialog(QDialog):
    """A form over the document's metadata; :meth:`metadata` is the checked result."""

    def __init__(self, meta: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties_dialog")
        self.original = meta
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            if name in ("status", "profile", "locale"):
                box = QComboBox(self)
                box.setEditable(name == "locale")  # statuses and profiles are chosen, in words
                values = {"status": STATUSES, "profile": PROFILES, "locale": ("fr-FR", "fr-CA", "en-GB", "en-US")}[name]
                for value in values:
                    box.addItem(value, value)
                current = str(getattr(meta, name))
                if name == "status" and current not in values:  # a status of another tool, kept as it is
                    box.addItem(current, current)
                if box.isEditable():
                    box.setCurrentText(current)
                else:  # items are shown in words: chosen by their value
                    box.setCurrentIndex(max(box.findData(current), 0))
                widget: QLineEdit | QComboBox = box
            else:
                value = getattr(meta, name)
                widget = QLineEdit("" if value is None else str(value), self)
            widget.setObjectName(f"property_{name}")
            self.edits[name] = widget
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            form.addRow(label, widget)
        self.update_on_export = QCheckBox(self)
        self.update_on_export.setObjectName("property_update_on_export")
        self.update_on_export.setChecked(update_on_export(meta))
        form.addRow(self.update_on_export)
        self.incomplete = QCheckBox(self)
        self.incomplete.setObjectName("property_incomplete")
        self.incomplete.setChecked(INCOMPLETE_KEY in meta.extra)
        self.incomplete.setVisible(INCOMPLETE_KEY in meta.extra)  # only an import sets it; the user clears it
        form.addRow(self.incomplete)
        self.problem = QLabel(self)
        self.problem.setObjectName("properties_problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.result_meta: Metadata | None = None
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Document Properties"))
        texts = {
            "title": self.tr("&Title:"),
            "slug": self.tr("S&lug:"),
            "locale": self.tr("&Locale:"),
            "status": self.tr("St&atus:"),
            "version": self.tr("&Version label:"),
            "effective": self.tr("&Effective date:"),
            "updated": self.tr("Last &updated:"),
            "organisation": self.tr("&Organisation:"),
            "profile": self.tr("T&ypography profile:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for name in ("effective", "updated"):
            date = self.edits[name]
            assert isinstance(date, QLineEdit)
            date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        profile = self.edits["profile"]
        assert isinstance(profile, QComboBox)
        for index in range(profile.count()):
            profile.setItemText(index, profile_title(str(profile.itemData(index))))
        status = self.edits["status"]
        assert isinstance(status, QComboBox)
        for index in range(status.count()):
            status.setItemText(index, policy_status_title(str(status.itemData(index))))
        self.incomplete.setText(self.tr("Incomplete: imported from a cut-off file (uncheck once completed)"))
        self.update_on_export.setText(self.tr("Set last-updated to today when I export or publish"))

    def values(self) -> dict[str, str]:
        values = {
            name: (widget.currentText() if isinstance(widget, QComboBox) else widget.text())
            for name, widget in self.edits.items()
        }
        profile = self.edits["profile"]
        assert isinstance(profile, QComboBox)
        values["profile"] = str(profile.currentData())
        status = self.edits["status"]
        assert isinstance(status, QComboBox)
        values["status"] = str(status.currentData())
        return values

    def metadata(self) -> Metadata:
        """The checked metadata (OperationError names the first wrong field)."""
        meta = checked_metadata(self.original, self.values())
        meta = with_update_on_export(meta, self.update_on_export.isChecked())
        return meta if self.incomplete.isChecked() else marked_complete(meta)

    def _accept(self) -> None:
        try:
            self.result_meta = self.metadata()
        except OperationError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            field = error.params.get("field") or {"meta.bad_slug": "slug", "meta.bad_locale": "locale"}.get(error.code)
            if field in self.edits:
                self.edits[field].setFocus()
            return
        self.accept()

    def operation(self) -> SetMetadata | None:
        """The one operation to apply, or None when nothing changed."""
        if self.result_meta is None or self.result_meta == self.original:
            return None
        return SetMetadata(self.result_meta)
