"""The text finder's narrow anchors find what the earlier broad ones found.

Before, every token holding one of ``@ : / \\ ; =`` or a dot before a letter was matched; now a
``/`` or single backslash alone no longer makes a token worth matching (hostile text escaped
character by character made millions of such tokens). The reference below is the broad rule.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.typography.chars import WORD
from editor.typography.mask_text import _BOUNDARY, PROTECTED_RE, _anchors, text_spans_in

PIECES = st.sampled_from(
    list("ab wW1.:/\\;=@()DP90-_\n«`\"<>|$*[]'’\ue000") + ["www.", "http://", "C:\\", "\\\\", "mailto:", ".fr", ":)"]
)


def _broad_anchor(text: str, position: int) -> bool:
    char = text[position]
    if char in "@:/\\;=":
        return True
    return char == "." and position + 1 < len(text) and text[position + 1].isalpha()


def broad(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The reference: PROTECTED_RE on every token of every range that holds a broad anchor."""
    spans = []
    for start, end in ranges:
        left = start
        while left < end:
            right = left
            while right < end and text[right] not in _BOUNDARY:
                right += 1
            if any(_broad_anchor(text, position) for position in range(left, right)):
                spans.extend((m.start(), m.end(), WORD) for m in PROTECTED_RE.finditer(text, left, right))
            left = right + 1
    return spans


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=25).map("".join), st.data())
def test_anchored_tokens_find_every_match(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=4)))
    ranges = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    for chosen in ([(0, len(text))], ranges):
        assert text_spans_in(text, chosen) == broad(text, chosen)


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("x\\\\\\srv\\partage", [(2, 15)]),  # a UNC path starting inside a run of backslashes
        ("www./chemin", [(0, 11)]),  # "www." before a slash: found through the slash before
        ("www.1\\x www.2", [(0, 13)]),
        ("www.1 ; www./a", [(0, 14)]),
    ],
)
def test_edge_tokens(text: str, ranges: list[tuple[int, int]]) -> None:
    assert text_spans_in(text, ranges) == broad(text, ranges)
    assert text_spans_in(text, ranges)  # each case holds a match


#: The anchors as one plain alternation (a class first, a lookbehind branch: ``re`` tries it at
#: every position): the finder's own scan, each branch led by its character, finds the same places.
ALTERNATION = re.compile(r"[@:;=]|\.(?=[^\W\d_])|\\(?=\\)|(?<=www)(\.)")


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES | st.sampled_from(["é.", ".²", "._", "w.", "ww."]), max_size=25).map("".join))
def test_the_scan_finds_the_anchors_of_the_alternation(text: str) -> None:
    expected = [(match.start(), match.group(1) is not None) for match in ALTERNATION.finditer(text)]
    assert list(_anchors(text)) == expected
