"""SpanSet.add_all accepts exactly what adding the candidates one by one accepts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.typography.masking import SpanSet

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda pair: (pair[0], pair[0] + pair[1] - 2))


@given(st.lists(SPAN, max_size=15), st.lists(SPAN, max_size=30))
def test_add_all_is_add_in_turn(accepted: list[tuple[int, int]], candidates: list[tuple[int, int]]) -> None:
    one_by_one, at_once = SpanSet(), SpanSet()
    for start, end in accepted:
        one_by_one.add(start, end, "a")
        at_once.add(start, end, "a")
    for start, end in candidates:
        one_by_one.add(start, end, "b")
    at_once.add_all(candidates, "b")
    assert at_once.spans == one_by_one.spans
    assert all(at_once.covers(start) == one_by_one.covers(start) for start in range(80))
