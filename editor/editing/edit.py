"""The result of a formatting command: the new text and the selection to show in it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextEdit:
    """New ``text`` with the selection ``start``..``end`` (equal: a cursor)."""

    text: str
    start: int
    end: int


def is_edge_space(char: str) -> bool:
    """White space of any kind (U+00A0 and U+202F too): never just inside a Markdown marker."""
    return char.isspace()


def shrink(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` without the white space (of any kind) at its edges."""
    while start < end and is_edge_space(text[start]):
        start += 1
    while end > start and is_edge_space(text[end - 1]):
        end -= 1
    return start, end


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end (before its newline) of the line holding ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end
