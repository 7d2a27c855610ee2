"""Aligned table columns keep their borders in the preview (editor/gui/preview/html.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable

from editor.gui.preview.html import cells_aligned_by_attribute
from editor.gui.preview.pane import PreviewPane
from editor.model import Metadata, Policy, Section

CASES = [
    ('<td style="text-align: right;">1 an</td>', '<td align="right">1 an</td>'),
    ('<th style="text-align: center;">Durée</th>', '<th align="center">Durée</th>'),
    ('<td style="text-align:left">x</td>', '<td align="left">x</td>'),
    ('<td style="text-align: right; color: red;">x</td>', '<td style="text-align: right; color: red;">x</td>'),
    ('<p style="text-align: right;">x</p>', '<p style="text-align: right;">x</p>'),
    ("<td>sans style</td>", "<td>sans style</td>"),
]


@pytest.mark.parametrize(("html", "expected"), CASES)
def test_an_alignment_alone_becomes_an_attribute(html: str, expected: str) -> None:
    assert cells_aligned_by_attribute(html) == expected


def test_every_cell_of_an_aligned_table_has_its_borders_and_its_alignment(pane: PreviewPane) -> None:
    body = "| Cookie | Finalité | Durée |\n|:---|---|---:|\n| _ga | Mesure | 13 mois |"
    pane.show_policy(Policy(Metadata(profile="fine"), (Section("c", "Cookies", 2, body),)))
    frame = pane.section_document.frame("c")
    table = next(child for child in frame.childFrames() if isinstance(child, QTextTable))
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            assert cell.format().toTableCellFormat().topBorder() == 1, (row, column)
    duration = pane.section_document.findBlock(table.cellAt(1, 2).firstPosition())
    assert duration.text() == "13\u00a0mois"  # typography: a no-break space between number and unit
    assert duration.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
