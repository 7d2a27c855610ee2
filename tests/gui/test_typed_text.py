"""The text a keystroke inserted, found with C-speed comparisons, agrees with a character walk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.gui.document.commands import _typed


def _walked(before: str, after: str) -> str:
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return "" if len(after) <= len(before) else after[start : len(after) - end]


@given(st.text("ab \u00a0\n", max_size=40), st.text("ab \u00a0\n", max_size=40), st.integers(0, 40))
def test_the_inserted_text_is_the_one_a_character_walk_finds(base: str, inserted: str, where: int) -> None:
    where = min(where, len(base))
    after = base[:where] + inserted + base[where:]
    assert _typed(base, after) == _walked(base, after)
    assert _typed(after, base) == _walked(after, base)
