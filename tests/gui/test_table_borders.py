"""Collapsed table borders drawn as separate ones, at the same places (editor/gui/preview/table_borders.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument, QTextTable

from editor.gui.preview.html import preview_stylesheet
from editor.gui.preview.table_borders import separate_collapsed_borders

ROWS = "".join(f"<tr><td>ligne {i}</td><td>{i} ans</td><td>contrat de service</td></tr>" for i in range(6))
TABLES = {
    "plain": f"<p>Avant.</p><table><thead><tr><th>Donnée</th><th>Durée</th><th>Base</th></tr></thead>"
    f"<tbody>{ROWS}</tbody></table><p>Après.</p>",
    "spans": "<table><tr><td colspan='2'>deux colonnes</td><td rowspan='2'>deux lignes</td></tr>"
    "<tr><td>a</td><td>b</td></tr><tr><td>c</td><td colspan='2'>jusqu'au bord</td></tr></table>",
    "nested": "<table><tr><td>dehors</td><td><table><tr><td>dedans</td><td>aussi</td></tr></table></td></tr></table>",
}
BORDER = QColor("#8c8c8c").rgb()


def _document(html: str, separate: bool) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(preview_stylesheet())
    document.setHtml(html)
    document.setTextWidth(600)
    if separate:
        separate_collapsed_borders(document)
    return document


def _lines(document: QTextDocument) -> tuple[list[int], list[int], float]:
    """The rows and columns of the picture where a border line runs 20 pixels or more, and the height."""
    image = QImage(620, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    border = [[image.pixel(x, y) == BORDER for x in range(image.width())] for y in range(image.height())]
    rows = [y for y, line in enumerate(border) if sum(line) >= 20]
    columns = [x for x in range(image.width()) if sum(border[y][x] for y in range(image.height())) >= 20]
    return rows, columns, document.size().height()


@pytest.mark.parametrize("name", ["plain", "spans"])
def test_the_lines_are_where_collapsing_draws_them(qapp, name: str) -> None:
    collapsed = _document(TABLES[name], separate=False)
    assert _lines(_document(TABLES[name], separate=True)) == _lines(collapsed)


def test_each_line_is_drawn_once_and_the_outer_ones_kept(qapp) -> None:
    document = _document(TABLES["spans"], separate=True)
    table = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    assert not table.format().borderCollapse() and table.format().cellSpacing() == 0
    borders = {}
    for row, column in ((0, 0), (0, 2), (1, 0), (2, 0), (2, 1)):
        cell_format = table.cellAt(row, column).format().toTableCellFormat()
        borders[(row, column)] = (cell_format.topBorder(), cell_format.rightBorder(), cell_format.bottomBorder())
    assert borders[(0, 0)] == (1, 0, 0)  # spans two columns, not the last
    assert borders[(0, 2)] == (1, 1, 0)  # the last column; spans two rows, not the last
    assert borders[(1, 0)] == (1, 0, 0)
    assert borders[(2, 0)] == (1, 0, 1)  # the last row
    assert borders[(2, 1)] == (1, 1, 1)  # spans to the last column, in the last row


def test_nested_tables_are_left_collapsed(qapp) -> None:
    document = _document(TABLES["nested"], separate=True)
    outer = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    inner = outer.childFrames()[0]
    assert isinstance(inner, QTextTable)
    assert outer.format().borderCollapse() and inner.format().borderCollapse()


def test_a_table_with_separate_borders_is_left_as_it_is(qapp) -> None:
    document = QTextDocument()
    document.setHtml("<table border='1' cellspacing='2'><tr><td>a</td><td>b</td></tr></table>")
    separate_collapsed_borders(document)
    table = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    assert table.format().cellSpacing() == 2
