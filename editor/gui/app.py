"""Start the Qt application: open a file (or the bundled sample) in the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from editor import __version__
from editor.assets import sample_policy
from editor.errors import PolicyEditorError
from editor.importers import import_file
from editor.model.policy import Policy, Section
from editor.render.html import document_html


class MainWindow(QMainWindow):
    """Outline of the sections and a preview of the page."""

    def __init__(self, policy: Policy, path: str | None) -> None:
        super().__init__()
        self.policy = policy
        self.path = path
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.outline)
        splitter.addWidget(self.preview)
        splitter.setSizes([350, 1050])
        self.setCentralWidget(splitter)
        self._fill_outline()
        self.preview.setHtml(document_html(policy))
        name = Path(path).name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name} - Policy Editor").format(name=name))

    def _fill_outline(self) -> None:
        def add(parent: QTreeWidget | QTreeWidgetItem, section: Section) -> None:
            item = QTreeWidgetItem(parent, [section.title or self.tr("(untitled)")])
            for child in section.children:
                add(item, child)

        for section in self.policy.sections:
            add(self.outline, section)
        self.outline.expandAll()


def run_gui(file: str | None, screenshot: str | None = None) -> int:
    """Open ``file`` (or the sample) in a window; with ``screenshot``, save a PNG offscreen and exit."""
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Policy Editor")
    app.setApplicationVersion(__version__)
    path = file or (str(sample_policy()) if sample_policy().exists() else None)
    policy = Policy()
    if path:
        try:
            policy = import_file(path).policy
        except PolicyEditorError as error:
            if screenshot:
                raise
            QMessageBox.critical(None, app.tr("Cannot open file"), error.message())
            path = None
    window = MainWindow(policy, path)
    window.resize(1400, 900)
    if screenshot:
        window.show()
        app.processEvents()
        window.grab().save(screenshot)
        return 0
    window.show()
    QTimer.singleShot(0, lambda: None)
    return app.exec()
