"""A section's HTML after an edit inside one table cell, patched from its HTML before (editor/render/row_patch.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.editing.tables import realign
from editor.model import Metadata, Policy
from editor.render.html import _section_html, body_html, context_for
from editor.render.row_patch import patched_section_html

CONTEXT = context_for(Policy(Metadata(profile="fine")))
TABLE = (
    "| Cookie | Finalité | Durée |\n|:---|---|---:|\n"
    "| _ga | Mesure d’audience | 13 mois |\n| _gid | Statistiques | 1 jour |"
)


def _html(body: str) -> str:
    return _section_html("s", 2, "Cookies", body, CONTEXT)


def _patched(old_body: str, new_body: str) -> str | None:
    return patched_section_html(old_body, new_body, _html(old_body), lambda body: body_html(body, CONTEXT))


def _aligned(body: str, marker: str) -> str:
    """``body`` with its table realigned around ``marker`` (as the editor does after a key)."""
    position = body.index(marker)
    edit = realign(body, position)
    return edit.text if edit is not None else body


#: name -> (before, after, patched or not)
CASES = {
    "a letter in a cell": (TABLE, TABLE.replace("13 mois", "14 mois"), True),
    "a cell with typography": (TABLE, TABLE.replace("Statistiques", "Statistiques : usage ; « visites »"), True),
    "a cell emptied": (TABLE, TABLE.replace("Statistiques", ""), True),
    "the second table": (
        f"Avant.\n\n{TABLE}\n\nEntre.\n\n{TABLE}\n\nAprès.",
        f"Avant.\n\n{TABLE}\n\nEntre.\n\n{TABLE.replace('1 jour', '2 jours')}\n\nAprès.",
        True,
    ),
    "only padding": (TABLE, TABLE.replace("| 13 mois |", "| 13 mois   |"), True),
    "a header cell": (TABLE, TABLE.replace("Finalité", "Finalités"), False),
    "two cells": (TABLE, TABLE.replace("_ga |", "_gat |").replace("13 mois", "12 mois"), False),
    "a link typed": (TABLE, TABLE.replace("13 mois", "[13 mois](https://a.fr)"), False),
    "emphasis typed": (TABLE, TABLE.replace("13 mois", "*13 mois*"), True),
    "a pipe in code (cells not counted as Markdown counts them)": (TABLE, TABLE.replace("13 mois", "`a|b`"), False),
    "a footnote typed": (TABLE + "\n\n[^1]: Note.", TABLE.replace("13 mois", "13 mois[^1]") + "\n\n[^1]: Note.", False),
    "an abbreviation defined": (
        TABLE + "\n\n*[CNIL]: Commission",
        TABLE.replace("13 mois", "CNIL") + "\n\n*[CNIL]: Commission",
        False,
    ),
    "a paragraph": ("Texte.\n\n" + TABLE, "Texte !\n\n" + TABLE, False),
    "an alignment": (TABLE, TABLE.replace("|:---|", "|---|"), False),
    "a row added": (TABLE, TABLE + "\n| _x | y | z |", False),
    "HTML typed before (shown as text by the dialect)": (
        "<table><tr><td>a</td></tr></table>\n\n" + TABLE,
        "<table><tr><td>a</td></tr></table>\n\n" + TABLE.replace("13 mois", "14 mois"),
        True,
    ),
    "a table-like text in code before": (
        "```\n| a |\n|---|\n```\n\n" + TABLE,
        "```\n| a |\n|---|\n```\n\n" + TABLE.replace("13 mois", "14 mois"),
        False,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_patched_as_a_full_render_or_not_at_all(name: str) -> None:
    before, after, patched = CASES[name]
    result = _patched(before, after)
    if patched:
        assert result == _html(after)
    else:
        assert result is None


def test_realigned_rows_are_the_same_edit(qapp=None) -> None:
    before = TABLE
    after = _aligned(TABLE.replace("Mesure d’audience", "Mesure d’audience étendue‸"), "‸").replace("‸", "")
    assert after.count("\n") == TABLE.count("\n") and after != TABLE.replace(
        "Mesure d’audience", "Mesure d’audience étendue"
    )
    assert _patched(before, after) == _html(after)


CELL_TEXT = st.text(alphabet="abcdeéàz 0123456789.,;:!?'’«»()-/%€@*_`<>&[]^\\", max_size=24)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=5), st.data())
def test_any_cell_edit_gives_the_full_render_or_none(rows: list[list[str]], data: st.DataObject) -> None:
    def body(table_rows: list[list[str]]) -> str:
        lines = ["| A | B | C |", "|:---|:---:|---:|"]
        lines += ["| " + " | ".join(cell.replace("|", "") for cell in row) + " |" for row in table_rows]
        return "Intro : le 1er point.\n\n" + "\n".join(lines) + "\n\nFin."

    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.integers(0, 2))
    edited = [list(cells) for cells in rows]
    edited[row][column] = data.draw(CELL_TEXT)
    before, after = body(rows), body(edited)
    result = _patched(before, after)
    assert result is None or result == _html(after)
