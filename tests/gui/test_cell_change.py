"""Which table cell an edit changed, from the section's HTML before and after (editor/gui/preview/cell_change.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.gui.preview.cell_change import CellChange, changed_cell

TABLE = (
    '<table>\n<thead>\n<tr>\n<th>Donnée</th>\n<th style="text-align: right;">Durée</th>\n</tr>\n</thead>\n'
    '<tbody>\n<tr>\n<td>nom</td>\n<td style="text-align: right;">3 ans</td>\n</tr>\n'
    '<tr>\n<td>e-mail</td>\n<td style="text-align: right;"></td>\n</tr>\n</tbody>\n</table>'
)
SECTION = f"<h2>Durées</h2>\n<p>Avant.</p>\n{TABLE}\n<p>Après.</p>"
TWO_TABLES = f"{TABLE}\n<p>Entre.</p>\n{TABLE}"

#: name -> (before, after, (table, row, column) or None)
CASES = {
    "a cell's text": (SECTION, SECTION.replace("3 ans", "3 ansx"), (0, 1, 1)),
    "a header cell": (SECTION, SECTION.replace("Donnée", "Données"), (0, 0, 0)),
    "an empty cell gets text": (SECTION, SECTION.replace('"></td>', '">1 an</td>'), (0, 2, 1)),
    "a cell emptied": (SECTION, SECTION.replace("e-mail", ""), (0, 2, 0)),
    "emphasis in a cell": (SECTION, SECTION.replace(">nom<", "><strong>nom</strong><"), (0, 1, 0)),
    "a link's address in a cell": (
        SECTION.replace("nom", '<a href="https://a.fr/x">nom</a>'),
        SECTION.replace("nom", '<a href="https://a.fr/y">nom</a>'),
        (0, 1, 0),
    ),
    "the second table": (TWO_TABLES, TWO_TABLES[::-1].replace("sna 3", "sna 4", 1)[::-1], (1, 1, 1)),
    "a tag typed at the end of a cell": (
        SECTION.replace("3 ans", "3 ans «"),
        SECTION.replace("3 ans", '3 ans «<span style="white-space:pre-wrap">\u202f</span>t'),
        (0, 1, 1),
    ),
    "a tag added after another at the end of a cell": (
        SECTION.replace("3 ans", "<em>3</em>"),
        SECTION.replace("3 ans", "<em>3</em><em>4</em>"),
        (0, 1, 1),
    ),
    "a tag removed at the start of a cell": (
        SECTION.replace("3 ans", "<em>3</em> ans"),
        SECTION.replace("3 ans", " ans"),
        (0, 1, 1),
    ),
    "nothing": (SECTION, SECTION, None),
    "a paragraph": (SECTION, SECTION.replace("Après.", "Après!"), None),
    "two cells": (SECTION, SECTION.replace("nom", "noms").replace("3 ans", "4 ans"), None),
    "a cell's alignment": (SECTION, SECTION.replace('right;">3', 'left;">3'), None),
    "a cell added": (SECTION, SECTION.replace("<td>nom</td>", "<td>nom</td>\n<td>x</td>"), None),
    "a row added": (SECTION, SECTION.replace("</tbody>", "<tr>\n<td>x</td>\n<td>y</td>\n</tr>\n</tbody>"), None),
    "a table nested in a cell": (
        SECTION.replace("nom", "<table><tr><td>a</td></tr></table>"),
        SECTION.replace("nom", "<table><tr><td>b</td></tr></table>"),
        None,
    ),
    "a cell spanning two columns": (
        SECTION.replace("<td>nom</td>", '<td colspan="2">nom</td>'),
        SECTION.replace("<td>nom</td>", '<td colspan="2">noms</td>'),
        None,
    ),
    "a caption": (
        SECTION.replace("<thead>", "<caption>Durées</caption>\n<thead>"),
        SECTION.replace("<thead>", "<caption>Les durées</caption>\n<thead>"),
        None,
    ),
    "text between cells": (SECTION, SECTION.replace("</td>\n<td style", "</td> <td style", 1), None),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_changed_cell_or_none(name: str) -> None:
    before, after, expected = CASES[name]
    change = changed_cell(before, after)
    if expected is None:
        assert change is None
        return
    assert isinstance(change, CellChange)
    assert (change.table, change.row, change.column) == expected
    assert change.html.startswith("<table>") and change.html.endswith("</table>")
    assert (
        change.html.count("<tr>") == 1
        and change.html.count("<td") + change.html.count("<th>") + change.html.count("<th ") == 2
    )


def test_the_cell_is_given_in_its_row_and_its_head() -> None:
    change = changed_cell(SECTION, SECTION.replace("Durée<", "Durées<"))
    assert change is not None
    assert change.html == (
        '<table><thead><tr>\n<th>Donnée</th>\n<th style="text-align: right;">Durées</th>\n</tr></thead></table>'
    )
    change = changed_cell(SECTION, SECTION.replace("3 ans", "3 ansx"))
    assert change is not None
    assert change.html == '<table><tr>\n<td>nom</td>\n<td style="text-align: right;">3 ansx</td>\n</tr></table>'


PIECES = st.sampled_from(
    ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<thead>", "a", "<", ">", " "]
)


@given(st.lists(PIECES, max_size=30).map("".join), st.lists(PIECES, max_size=30).map("".join))
def test_never_fails_on_junk(before: str, after: str) -> None:
    change = changed_cell(before, after)
    assert change is None or change.html.startswith("<table")
