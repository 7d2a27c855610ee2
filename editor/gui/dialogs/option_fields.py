"""One input field per export option, made from the option's declaration (kind, choices, default).

The export dialog never lists options by hand: it asks the core what each format declares
(:func:`editor.export_service.options_of`) and builds a field per option here. A field left at
its default gives no value, so the exporter's own default applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from editor.gui.profiles import profile_title

if TYPE_CHECKING:
    from editor.export_service import Option


class OptionField:
    """A widget for one option; :meth:`value` is None when the user left the default."""

    def __init__(self, option: Option, parent: QWidget) -> None:
        self.option = option
        self.widget: QWidget
        if option.kind == "bool":
            self.check = QCheckBox(parent)
            self.check.setChecked(bool(option.default))
            self.widget = self.check
        elif option.kind == "choice":
            self.combo = QComboBox(parent)
            for choice in (None, *option.choices):
                self.combo.addItem("", choice)
            self.widget = self.combo
        else:
            self.line = QLineEdit(parent)
            self.widget = self.line
            if option.kind == "path":
                row = QWidget(parent)
                layout = QHBoxLayout(row)
                layout.setContentsMargins(0, 0, 0, 0)
                self.line.setParent(row)
                layout.addWidget(self.line, 1)
                self.browse = QPushButton(row)
                self.browse.clicked.connect(self._browse)
                layout.addWidget(self.browse)
                self.widget = row
        self.widget.setObjectName(f"option_{option.name}")
        self.retranslate()

    def retranslate(self) -> None:
        """Set the field's texts in the current language (again after a language switch)."""
        option = self.option
        self.widget.setToolTip(help_for(option))
        if option.kind == "choice":
            self.combo.setItemText(0, QCoreApplication.translate("OptionField", "Document's own"))
            for index, choice in enumerate(option.choices, start=1):
                self.combo.setItemText(index, choice_title(option, choice))
        elif option.kind != "bool":
            self.line.setPlaceholderText(
                {
                    "date": QCoreApplication.translate("OptionField", "YYYY-MM-DD (empty: the document's date)"),
                    "datetime": QCoreApplication.translate("OptionField", "YYYY-MM-DDTHH:MM:SS"),
                }.get(option.kind, QCoreApplication.translate("OptionField", "(none)"))
            )
            if option.kind == "path":
                self.browse.setText(QCoreApplication.translate("OptionField", "Browse…"))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.widget, QCoreApplication.translate("OptionField", "Choose a File"), self.line.text()
        )
        if path:
            self.line.setText(path)

    def value(self) -> Any:
        """The typed value, or None for the default (the option's ``parse`` checks text values)."""
        if self.option.kind == "bool":
            checked = self.check.isChecked()
            return None if checked == bool(self.option.default) else checked
        if self.option.kind == "choice":
            return self.combo.currentData()
        text = self.line.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        if self.option.kind == "bool":
            self.check.setChecked(bool(value))
        elif self.option.kind == "choice":
            index = self.combo.findData(value)
            self.combo.setCurrentIndex(max(index, 0))
        else:
            self.line.setText("" if value is None else str(value))


def label_for(option: Option) -> str:
    """The field's label: a translated name for options this window knows, else the option's name."""
    names = {
        "profile": QCoreApplication.translate("OptionField", "Typography"),
        "toc": QCoreApplication.translate("OptionField", "Table of contents"),
        "page_breaks": QCoreApplication.translate("OptionField", "Page break before each top section"),
        "updated": QCoreApplication.translate("OptionField", "Last-updated date"),
        "reference_doc": QCoreApplication.translate("OptionField", "Reference DOCX (styles)"),
        "keep_builder": QCoreApplication.translate("OptionField", "Keep the page builder's layout"),
        "now": QCoreApplication.translate("OptionField", "Export time"),
    }
    return names.get(option.name, option.name.replace("_", " "))


def choice_title(option: Option, choice: str) -> str:
    """How a choice is shown: a typography profile by its title, other choices as declared."""
    return profile_title(choice) if option.name == "profile" else choice


def help_for(option: Option) -> str:
    """The field's tooltip: translated for options this window knows, else the core's English help."""
    texts = {
        "profile": QCoreApplication.translate(
            "OptionField", "The French typography applied to the text; by default the document's own profile."
        ),
        "toc": QCoreApplication.translate("OptionField", "Include the table of contents."),
        "page_breaks": QCoreApplication.translate("OptionField", "Start each top-level section on a new printed page."),
        "updated": QCoreApplication.translate(
            "OptionField", "The date shown as the last update; by default the document's own."
        ),
        "reference_doc": QCoreApplication.translate(
            "OptionField", "A Word .docx whose styles, page setup, header and footer are used."
        ),
        "keep_builder": QCoreApplication.translate(
            "OptionField", "Wrap the content again in the WPBakery shortcodes the page was imported with."
        ),
        "now": QCoreApplication.translate(
            "OptionField", "The modification time written (UTC); by default now, set it for reproducible output."
        ),
    }
    return texts.get(option.name, option.help)
