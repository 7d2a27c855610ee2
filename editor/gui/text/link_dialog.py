"""The link dialog (Ctrl+K): the text shown, and a web or e-mail address, checked as typed, or a
section of this policy picked from a list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from editor.editing.links import check_target
from editor.gui.i18n import Retranslated
from editor.model.policy import Policy

# The dialog's result when the user removes the link.
REMOVE = 2


class LinkDialog(Retranslated, QDialog):
    """Asks for a link's text and target; :meth:`href` is the checked target after OK."""

    def __init__(self, policy: Policy, text: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_dialog")
        self.text_field = QLineEdit(text, self)
        self.text_field.setObjectName("link_text")
        self.web = QRadioButton(self)
        self.web.setObjectName("link_kind_web")
        self.address = QLineEdit(self)
        self.address.setObjectName("link_address")
        self.address.setPlaceholderText("https://www.cnil.fr, contact@example.fr")
        self.internal = QRadioButton(self)
        self.internal.setObjectName("link_kind_section")
        self.sections = QComboBox(self)
        self.sections.setObjectName("link_section")
        for section in policy.walk():
            indent = "    " * max(0, section.level - 2)
            self.sections.addItem(indent + (section.title or section.id), "#" + section.id)
        self.problem = QLabel(self)
        self.problem.setObjectName("link_problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove: QAbstractButton | None = None
        if target:  # editing a link: it can be removed, its text stays
            self.remove = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove.setObjectName("link_remove")
            self.remove.clicked.connect(lambda: self.done(REMOVE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.text_label = QLabel(self)
        form.addRow(self.text_label, self.text_field)
        form.addRow(self.web)
        form.addRow(self.address)
        form.addRow(self.internal)
        form.addRow(self.sections)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        index = self.sections.findData(target) if target.startswith("#") else -1
        if index >= 0:
            self.internal.setChecked(True)
            self.sections.setCurrentIndex(index)
        else:
            self.web.setChecked(True)
            self.address.setText(target)
        if self.sections.count() == 0:
            self.internal.setEnabled(False)
        self.web.toggled.connect(self._update)
        self.address.textChanged.connect(self._update)
        self.address.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Link"))
        self.web.setText(self.tr("Web or e-mail address"))
        self.internal.setText(self.tr("Section of this policy"))
        self.text_label.setText(self.tr("Text:"))
        if self.remove is not None:
            self.remove.setText(self.tr("Remove Link"))
        self._update()

    def _messages(self) -> dict[str, str]:
        return {
            "link.empty": self.tr("Type the address the link goes to."),
            "link.scheme": self.tr("Only web (http, https), e-mail (mailto) and telephone (tel) links are allowed."),
            "link.invalid": self.tr(
                "This is not a web or e-mail address. Type it in full, e.g. https://www.cnil.fr or contact@example.fr."
            ),
        }

    def href(self) -> str:
        """The checked target, or "" when what was typed cannot be one."""
        if self.internal.isChecked():
            return self.sections.currentData() or ""
        return check_target(self.address.text()).href

    def label(self) -> str:
        return self.text_field.text()

    def _update(self) -> None:
        self.address.setEnabled(self.web.isChecked())
        self.sections.setEnabled(self.internal.isChecked())
        error = "" if self.internal.isChecked() else check_target(self.address.text()).error
        shown = bool(self.address.text().strip()) and bool(error)
        self.problem.setText(self._messages().get(error, "") if shown else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not error)
