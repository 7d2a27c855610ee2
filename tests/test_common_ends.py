"""Common start and end of two texts (editor/common_ends.py), against the plain definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.common_ends import common_prefix, common_suffix

TEXTS = st.text(alphabet="ab é\u202f", max_size=40)


def _plain_prefix(a: str, b: str) -> int:
    """The definition, one character at a time."""
    length = 0
    while length < min(len(a), len(b)) and a[length] == b[length]:
        length += 1
    return length


@given(TEXTS, TEXTS)
def test_the_common_start_and_end_are_the_longest(a: str, b: str) -> None:
    assert common_prefix(a, b) == _plain_prefix(a, b)
    assert common_suffix(a, b) == _plain_prefix(a[::-1], b[::-1])


@given(TEXTS, TEXTS, st.integers(min_value=0, max_value=50))
def test_the_common_end_stops_at_its_limit(a: str, b: str, limit: int) -> None:
    assert common_suffix(a, b, limit) == min(limit, common_suffix(a, b))
