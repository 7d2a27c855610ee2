"""The Insert Table dialog: how many columns and rows (besides the header row)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from editor.gui.i18n import Retranslated


class TableDialog(Retranslated, QDialog):
    """Asks for a table's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("table_dialog")
        self.columns = QSpinBox(self)
        self.columns.setObjectName("table_columns")
        self.columns.setRange(1, 20)
        self.columns.setValue(2)
        self.rows = QSpinBox(self)
        self.rows.setObjectName("table_rows")
        self.rows.setRange(1, 200)
        self.rows.setValue(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.columns_label = QLabel(self)
        self.rows_label = QLabel(self)
        form.addRow(self.columns_label, self.columns)
        form.addRow(self.rows_label, self.rows)
        form.addRow(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Insert Table"))
        self.columns_label.setText(self.tr("Columns:"))
        self.rows_label.setText(self.tr("Rows:"))

    def header(self) -> list[str]:
        """The header row's cells, ready for the user to overwrite."""
        return [self.tr("Column %1").replace("%1", str(number + 1)) for number in range(self.columns.value())]
