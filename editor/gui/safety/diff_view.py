"""A read-only, coloured line diff of two versions of a policy (recovery and external changes)."""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

#: Lines of unchanged context shown around each change.
CONTEXT = 3


def diff_lines(old: str, new: str, old_name: str, new_name: str) -> list[str]:
    """A unified diff of ``old`` -> ``new`` (no trailing newlines on the lines)."""
    return list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), fromfile=old_name, tofile=new_name, lineterm="", n=CONTEXT
        )
    )


def diff_html(lines: list[str]) -> str:
    """The diff as HTML: removed lines red, added lines green; spaces (including U+00A0, U+202F) kept."""
    rows = []
    for line in lines:
        if line.startswith(("+++", "---")):
            style = "color:#555;font-weight:bold"
        elif line.startswith("@@"):
            style = "color:#2a5db0"
        elif line.startswith("+"):
            style = "background:#e6ffec;color:#05501e"
        elif line.startswith("-"):
            style = "background:#ffebe9;color:#82071e"
        else:
            style = "color:#333"
        rows.append(f'<div style="{style};white-space:pre-wrap">{html.escape(line) or "&#8203;"}</div>')
    return "<body>" + "".join(rows) + "</body>"


class DiffView(QTextBrowser):
    """Shows a diff; never loads anything (no links, no resources)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diff_view")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.lines: list[str] = []

    def loadResource(self, kind: int, url: object) -> object:
        """Nothing is ever fetched: no image, stylesheet or font, local or remote."""
        return QByteArray()  # not None: PySide6 6.12 on Python 3.11 leaks a reference to None

    def show_diff(self, old: str, new: str, old_name: str, new_name: str) -> None:
        self.lines = diff_lines(old, new, old_name, new_name)
        if not self.lines:
            self.setPlainText(self.tr("The two versions are identical."))
            return
        self.setHtml(diff_html(self.lines))


class DiffDialog(QDialog):
    """A window showing one diff, closed with Close."""

    def __init__(self, title: str, old: str, new: str, old_name: str, new_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diff_dialog")
        self.setWindowTitle(title)
        self.view = DiffView(self)
        self.view.show_diff(old, new, old_name, new_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 600)
