"""Table rows in the dialect's line syntax: cells and the delimiter row."""

from __future__ import annotations

import pytest

from editor.markdown.syntax import is_table_delimiter, table_cells


def test_escaped_pipes_stay_in_their_cell() -> None:
    assert table_cells(r"| a \| b | c |") == [r"a \| b", "c"]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| a | b |", ["a", "b"]),
        ("a | b", ["a", "b"]),
        ("|  Durée  |", ["Durée"]),
        ("| a | b \\|", ["a", "b \\|"]),
    ],
)
def test_cells_of_a_row(line: str, cells: list[str]) -> None:
    assert table_cells(line) == cells


@pytest.mark.parametrize("line", ["| --- | :-: |", "|---|", "| :-- | --: | - |", "--- | ---"])
def test_delimiter_rows(line: str) -> None:
    assert is_table_delimiter(line)


@pytest.mark.parametrize("line", ["| a | --- |", "| -- x |", "texte", "| : |"])
def test_rows_that_are_not_delimiters(line: str) -> None:
    assert not is_table_delimiter(line)
