"""The comparison window: two versions side by side in one text, word-level, with the change log.

It shows the same page as the HTML redline export (insertions underlined in green, deletions
struck in red, moved sections framed), and exports the Word redline (tracked changes) and the
HTML page. Nothing is ever loaded from outside.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.compare import Comparison, change_log_markdown
from editor.compare.export import redline_bytes, write_redline
from editor.errors import PolicyEditorError
from editor.gui.messages import error_text

INS_STYLE = "background-color:#dafbe1; color:#0a3d1a; text-decoration:underline;"
DEL_STYLE = "background-color:#ffe3e0; color:#7a0c12; text-decoration:line-through;"


def qt_html(page: str) -> str:
    """The export page in the HTML subset QTextBrowser renders (inline styles for ins/del)."""
    page = page.replace("<ins>", f'<span style="{INS_STYLE}">').replace("</ins>", "</span>")
    page = page.replace("<del>", f'<span style="{DEL_STYLE}">').replace("</del>", "</span>")
    page = re.sub(r'<section class="(moved-from|removed)"', r'<div style="color:#57606a" class="\1"', page)
    page = re.sub(r'<section class="(moved-to|added)"', r'<div class="\1"', page)
    return page.replace("<section", "<div").replace("</section>", "</div>")


class CompareBrowser(QTextBrowser):
    """A read-only view that never fetches anything."""

    def loadResource(self, kind: int, url: object) -> object:
        return QByteArray()


class CompareDialog(QDialog):
    """Shows one comparison and exports it."""

    def __init__(
        self, comparison: Comparison, old_label: str, new_label: str, author: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.comparison = comparison
        self.labels = (old_label, new_label)
        self.author = author
        self.view = CompareBrowser(self)
        self.view.setObjectName("compare_view")
        self.view.setOpenLinks(False)
        options = {"old_label": old_label, "new_label": new_label}
        self.page = redline_bytes(comparison, "html", options).decode("utf-8")
        self.view.setHtml(qt_html(self.page))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.docx_button = QPushButton(self)
        self.docx_button.setObjectName("compare_export_docx")
        self.html_button = QPushButton(self)
        self.html_button.setObjectName("compare_export_html")
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("compare_copy_log")
        for button in (self.docx_button, self.html_button, self.log_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.docx_button.clicked.connect(lambda: self._export_dialog(".docx"))
        self.html_button.clicked.connect(lambda: self._export_dialog(".html"))
        self.log_button.clicked.connect(self.copy_change_log)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        old_label, new_label = self.labels
        self.setWindowTitle(self.tr("Compare %1 and %2").replace("%1", old_label).replace("%2", new_label))
        self.docx_button.setText(self.tr("Export Word Redline…"))
        self.html_button.setText(self.tr("Export HTML…"))
        self.log_button.setText(self.tr("Copy Change Log"))

    def change_log(self) -> str:
        return change_log_markdown(self.comparison)

    def copy_change_log(self) -> None:
        QGuiApplication.clipboard().setText(self.change_log())

    def export(self, path: str) -> None:
        """Write the Word redline (``.docx``), the HTML page (``.html``) or the change log (``.md``)."""
        old_label, new_label = self.labels
        options = {"author": self.author, "old_label": old_label, "new_label": new_label}
        write_redline(self.comparison, path, options)

    def _export_dialog(self, suffix: str) -> None:
        name = f"{self.labels[0]}-{self.labels[1]}{suffix}".replace("/", "-")
        filters = self.tr("Word documents (*.docx)") if suffix == ".docx" else self.tr("Web pages (*.html)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the Comparison"), name, filters)
        if not path:
            return
        try:
            self.export(path)
        except PolicyEditorError as error:
            QMessageBox.warning(self, self.tr("Cannot export the comparison"), error_text(error))
