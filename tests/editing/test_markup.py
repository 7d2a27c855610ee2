"""Hide Markup's marker spans, and properties of the commands on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.editing import emphasis, lists, tables
from editor.editing.markup import marker_spans


def _marked(line: str) -> list[str]:
    return [line[a:b] for a, b in marker_spans(line)]


def test_marker_spans() -> None:
    assert _marked("Un **mot** et *un* `code`") == ["**", "**", "*", "*", "`", "`"]
    assert _marked("voir [la CNIL](https://cnil.fr) \\*") == ["[", "](https://cnil.fr)", "\\"]
    assert _marked("| a | b |") == ["|", "|", "|"]
    assert _marked("- un 2 * 3 * 4") == []


_TEXT = st.text(alphabet=st.sampled_from("ab \u00a0\u202f\n-*_`|1."), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 30), st.integers(0, 30), st.sampled_from(["bold", "italic", "code"]))
def test_commands_never_fail_and_keep_the_selection_inside(text: str, a: int, b: int, kind: str) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for edit in (
        emphasis.toggle(text, start, end, kind),
        lists.toggle_list(text, start, end, ordered=kind == "bold"),
        lists.continue_list(text, start),
        lists.indent(text, start, end),
        tables.move_cell(text, start),
        tables.realign(text, start),
    ):
        if edit is not None:
            assert 0 <= edit.start <= edit.end <= len(edit.text)


_WORDS = st.text(alphabet=st.sampled_from("ab \u00a0\u202f"), min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.integers(0, 20), st.integers(0, 20), st.sampled_from(["bold", "italic", "code"]))
def test_toggling_twice_gives_back_plain_text(text: str, a: int, b: int, kind: str) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    once = emphasis.toggle(text, start, end, kind)
    twice = emphasis.toggle(once.text, once.start, once.end, kind)
    assert twice.text == text
