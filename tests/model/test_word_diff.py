"""The side-by-side, word-level comparison: aligned lines, changed words only, folded context."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model.word_diff import Row, Span, compare, word_spans


def test_only_the_changed_words_are_marked() -> None:
    left, right = word_spans("Des cookies.", "Des cookies\u202f; et des «\u00a0traceurs\u00a0».")
    assert left == (Span("Des cookies.", "same"),)
    assert right == (
        Span("Des cookies", "same"),
        Span("\u202f; et des «\u00a0traceurs\u00a0»", "added"),
        Span(".", "same"),
    )
    left, right = word_spans("Le délai est de 3 ans.", "Le délai est de 5 ans.")
    assert [s for s in left if s.kind != "same"] == [Span("3", "removed")]
    assert [s for s in right if s.kind != "same"] == [Span("5", "added")]


def test_lines_face_each_other_and_context_is_folded() -> None:
    old = "\n".join(f"ligne {i}" for i in range(20))
    new = old.replace("ligne 10", "ligne dix")
    rows = compare(old, new)
    changed = [row for row in rows if row.changed]
    assert len(changed) == 1
    assert changed[0].left == (Span("ligne ", "same"), Span("10", "removed"))
    assert changed[0].right == (Span("ligne ", "same"), Span("dix", "added"))
    assert rows[0] == Row(None, None, 8) and rows[-1] == Row(None, None, 7)
    assert compare(old, old) == []


def test_added_and_removed_lines_have_an_empty_side() -> None:
    rows = compare("a\nb", "a\nb\nc")
    assert rows[-1] == Row(None, (Span("c", "added"),))
    rows = compare("a\nb\nc", "a\nc")
    assert Row((Span("b", "removed"),), None) in rows


@settings(deadline=None, max_examples=60)
@given(st.text(max_size=200), st.text(max_size=200))
def test_each_side_gives_back_its_text(old: str, new: str) -> None:
    rows = compare(old, new, context=10**6)
    left = ["".join(s.text for s in row.left) for row in rows if row.left is not None]
    right = ["".join(s.text for s in row.right) for row in rows if row.right is not None]
    if rows:
        assert left == old.splitlines() and right == new.splitlines()
