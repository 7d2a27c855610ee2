"""Hide Markup's marker spans, and properties of the commands on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.editing import emphasis, lists, tables
from editor.editing.markup import marker_spans
from editor.render.tree import parse


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


_PLAIN = st.text(alphabet=st.sampled_from("ab  \u00a0\u202f"), min_size=1, max_size=16).map(str.lstrip).filter(bool)
_STEPS = st.lists(st.tuples(st.integers(0, 24), st.integers(0, 24)), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(_PLAIN, _STEPS, st.sampled_from(["bold", "italic"]))
def test_toggling_again_and_again_never_leaves_a_stray_marker(text: str, steps, kind: str) -> None:
    """Whatever selections a user formats and unformats, the preview shows no "*" (each marker pairs).
    (A cursor outside any word inserts an empty pair to type into: not a selection, left out here.)"""
    for a, b in steps:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        if start == end:
            continue
        text = emphasis.toggle(text, start, end, kind).text
        assert "*" not in "".join(parse(text).itertext())


_ATOMS = "voir [la CNIL](https://x.fr/a_b) et `co_de` puis https://www.cnil.fr/fr ici"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(_ATOMS)), st.integers(0, len(_ATOMS)), st.sampled_from(["bold", "italic"]))
def test_markers_never_split_a_link_a_code_span_or_an_address(a: int, b: int, kind: str) -> None:
    start, end = sorted((a, b))
    if start == end and emphasis.word_at(_ATOMS, start)[0] == emphasis.word_at(_ATOMS, start)[1]:
        return  # a cursor outside any word: an empty pair to type into
    tree = parse(emphasis.toggle(_ATOMS, start, end, kind).text)
    assert sorted(link.get("href") for link in tree.iter("a")) == ["https://www.cnil.fr/fr", "https://x.fr/a_b"]
    assert [code.text for code in tree.iter("code")] == ["co_de"]
    assert "*" not in "".join(tree.itertext())
