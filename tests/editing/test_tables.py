"""Tables: insertion, alignment as you type, Tab and Shift+Tab between cells."""

from __future__ import annotations

from editor.editing import tables
from editor.render.html import body_html
from editor.render.pipeline import RenderContext
from tests.editing.test_commands import mark, parse


def test_make_table_is_aligned_and_renders_as_a_table() -> None:
    table = tables.make_table(["Finalité", "Durée"], 2)
    assert table == ("| Finalité | Durée |\n| -------- | ----- |\n|          |       |\n|          |       |")
    html = body_html(table, RenderContext())
    assert html.count("<tr>") == 3 and "<th>Finalité</th>" in html


def test_realign_keeps_the_cursor_in_its_cell() -> None:
    text, position, _ = parse("| A   | B   |\n| --- | :-: |\n| long‸ | x   |")
    edit = tables.realign(text, position)
    assert edit is not None
    assert mark(edit) == "| A    | B   |\n| ---- | :-: |\n| long‸ | x   |"


def test_realign_keeps_column_alignment_marks() -> None:
    lines = tables.align(["| a | b | c |", "|:--|:-:|--:|", "| xxxxx | y | z |"])
    assert lines[1] == "| :---- | :-: | --: |"


def test_aligned_table_gives_none() -> None:
    text = tables.make_table(["A", "B"], 1)
    assert tables.realign(text, 3) is None


def test_tab_selects_the_next_cell_skipping_the_delimiter_row() -> None:
    text, position, _ = parse("| A   | B‸   |\n| --- | --- |\n| c   | d   |")
    assert mark(tables.move_cell(text, position)) == "| A   | B   |\n| --- | --- |\n| ⟦c⟧   | d   |"


def test_shift_tab_goes_back_to_the_previous_row() -> None:
    text, position, _ = parse("| A   | B   |\n| --- | --- |\n| ‸c   | d   |")
    assert mark(tables.move_cell(text, position, backwards=True)) == "| A   | ⟦B⟧   |\n| --- | --- |\n| c   | d   |"


def test_tab_in_the_last_cell_adds_a_row() -> None:
    text, position, _ = parse("| A   | B   |\n| --- | --- |\n| c   | d‸   |\nAprès")
    edit = tables.move_cell(text, position)
    assert mark(edit) == "| A   | B   |\n| --- | --- |\n| c   | d   |\n| ‸    |     |\nAprès"


def test_not_a_table() -> None:
    assert tables.table_at("| pas une table", 2) is None
    assert tables.move_cell("texte", 1) is None


def test_a_space_typed_after_a_cell_text_is_kept_for_the_next_word() -> None:
    text, position, _ = parse("| A   | B   |\n| --- | --- |\n| Durée ‸   | x   |")
    edit = tables.realign(text, position)
    assert edit is not None
    assert mark(edit) == "| A      | B   |\n| ------ | --- |\n| Durée ‸ | x   |"  # aligned, space included
    typed = edit.text[: edit.start] + "d" + edit.text[edit.start :]
    again = tables.realign(typed, edit.start + 1)
    assert again is not None
    assert mark(again) == "| A       | B   |\n| ------- | --- |\n| Durée d‸ | x   |"


def test_a_space_typed_after_a_cell_text_keeps_the_row_aligned() -> None:
    text, position, _ = parse("| Finalité |\n| -------- |\n| Con ‸      |")  # the space just typed
    assert mark(tables.realign(text, position)) == "| Finalité |\n| -------- |\n| Con ‸     |"
    text, position, _ = parse("| Durée |\n| ----- |\n| Contrat ‸ |")  # no padding left: the column widens
    assert mark(tables.realign(text, position)) == "| Durée    |\n| -------- |\n| Contrat ‸ |"


def test_a_command_in_a_cell_keeps_the_table_aligned() -> None:
    from editor.editing import emphasis

    text, start, end = parse("| Finalité | Durée |\n| -------- | ----- |\n| ⟦Contrat⟧  | 3 ans |")
    edit = tables.keep_aligned(emphasis.toggle(text, start, end, "bold"))
    assert mark(edit) == "| Finalité    | Durée |\n| ----------- | ----- |\n| ⟦**Contrat**⟧ | 3 ans |"
    plain = tables.keep_aligned(emphasis.toggle("un mot", 3, 6, "bold"))
    assert plain.text == "un **mot**"
