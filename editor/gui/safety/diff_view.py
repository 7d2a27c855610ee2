"""A read-only, side-by-side comparison of two versions of a policy (recovery and external changes).

Lines face each other and only the words that changed are marked (removed words struck out on
the left, added words on the right), from the core's :mod:`editor.model.word_diff`. The unified
line diff stays available as :attr:`DiffView.lines` (plain text, for copying and tests).
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from editor.gui.i18n import Retranslated
from editor.gui.theme import is_dark
from editor.model.word_diff import Row, Span, compare

#: Lines of unchanged context shown around each change.
CONTEXT = 3


def diff_lines(old: str, new: str, old_name: str, new_name: str) -> list[str]:
    """A unified diff of ``old`` -> ``new`` (no trailing newlines on the lines)."""
    return list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), fromfile=old_name, tofile=new_name, lineterm="", n=CONTEXT
        )
    )


def _cell(spans: tuple[Span, ...] | None, colors: dict[str, str]) -> str:
    if spans is None:
        return f'<td width="50%" style="background:{colors["empty"]}"></td>'
    parts = []
    for span in spans:
        text = html.escape(span.text) or "&#8203;"
        if span.kind == "removed":
            parts.append(f'<span style="background:{colors["removed"]};text-decoration:line-through">{text}</span>')
        elif span.kind == "added":
            parts.append(f'<span style="background:{colors["added"]};font-weight:bold">{text}</span>')
        else:
            parts.append(text)
    return f'<td width="50%" style="white-space:pre-wrap">{"".join(parts) or "&#8203;"}</td>'


def side_by_side_html(
    rows: list[Row], old_name: str, new_name: str, folded_text: Callable[[int], str], dark: bool = False
) -> str:
    """The comparison as an HTML table: the old version left, the new one right."""
    colors = (
        {"removed": "#6b2323", "added": "#1f4d2c", "empty": "#2a2d33", "head": "#c9ccd3", "fold": "#8a8f99"}
        if dark
        else {"removed": "#ffc9c4", "added": "#c6f0d0", "empty": "#f3f3f3", "head": "#333333", "fold": "#777777"}
    )
    head = (
        f'<tr><th align="left" style="color:{colors["head"]}">{html.escape(old_name)}</th>'
        f'<th align="left" style="color:{colors["head"]}">{html.escape(new_name)}</th></tr>'
    )
    body = []
    for row in rows:
        if row.folded:
            text = html.escape(folded_text(row.folded))
            body.append(f'<tr><td colspan="2" align="center" style="color:{colors["fold"]}">⋯ {text} ⋯</td></tr>')
        else:
            body.append(f"<tr>{_cell(row.left, colors)}{_cell(row.right, colors)}</tr>")
    return f'<table width="100%" cellspacing="0" cellpadding="3">{head}{"".join(body)}</table>'


class DiffView(Retranslated, QTextBrowser):
    """Shows a diff; never loads anything (no links, no resources)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diff_view")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.lines: list[str] = []
        self.rows: list[Row] = []
        self._shown: tuple[str, str, str, str] | None = None

    def loadResource(self, kind: int, url: object) -> object:
        """Nothing is ever fetched: no image, stylesheet or font, local or remote."""
        return QByteArray()  # not None: PySide6 6.12 on Python 3.11 leaks a reference to None

    def retranslate_ui(self) -> None:
        """Shown again in the new language (the folded-lines notes, "identical")."""
        if self._shown is not None:
            self.show_diff(*self._shown)

    def clear(self) -> None:
        self._shown = None
        super().clear()

    def show_diff(self, old: str, new: str, old_name: str, new_name: str) -> None:
        self._shown = (old, new, old_name, new_name)
        self.lines = diff_lines(old, new, old_name, new_name)
        self.rows = compare(old, new)
        if not self.rows:
            self.setPlainText(self.tr("The two versions are identical."))
            return

        def folded(count: int) -> str:
            return self.tr("%n unchanged line(s)", "", count)

        self.setHtml(side_by_side_html(self.rows, old_name, new_name, folded, is_dark()))


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
        self.resize(1100, 650)
