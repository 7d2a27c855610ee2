"""Straight double quotes (§3.2): balanced ``"x"`` pairs in a paragraph become ``«x»`` (the
guillemets rule then adds the inner spaces), and pairs inside ``« »`` become ``“x”``.

A quote opens after a space, an opening bracket, an apostrophe (``l’"Espace"``) or an opening
tag, before a non-space; it closes after a non-space, before a space, punctuation or a closing
tag. A quote typed with a space inside (``" Tout accepter "``) opens or closes too when the
other side allows it (after a space, before a word: it opens unless a quote is open). Pairs may
span inline markup. When any quote of a paragraph is ambiguous or unbalanced
(inch marks, a stray ``"``), the whole paragraph is left as typed.
"""

from __future__ import annotations

import bisect
import re

from editor.typography.chars import BREAK, CLOSE, OPEN, SPACE, SPACES, WORD, positions
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

_PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n")
_OPENS_AFTER = frozenset("([{«“‘’'—–/-*_~" + OPEN + BREAK + SPACE)
_EMPHASIS = frozenset("*_~")
_CLOSES_BEFORE = frozenset(".,;:!?)]}»”…'’—–-/*_~" + CLOSE + BREAK + SPACE)


class Quotes(Rule):
    name = "quotes"
    messages = {  # noqa: RUF012
        "typo.guillemet_open": "straight quotes: use French guillemets '«'",
        "typo.guillemet_close": "straight quotes: use French guillemets '»'",
        "typo.nested_open": "quotation inside « »: use '“'",
        "typo.nested_close": "quotation inside « »: use '”'",
    }

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        if '"' not in view:
            return []
        ends = sorted([match.start() for match in _PARAGRAPH_END.finditer(view)] + positions(view, BREAK))
        groups: dict[int, list[int]] = {}
        for position in positions(view, '"'):
            groups.setdefault(bisect.bisect_left(ends, position), []).append(position)
        found: list[Edit] = []
        for paragraph, quotes in groups.items():
            start = ends[paragraph - 1] if paragraph else 0
            found.extend(_pair(view, start, quotes))
        found.sort()
        return found


def _can_open(view: str, position: int) -> bool:
    before = view[position - 1] if position else " "
    following = position + 1
    while following < len(view) and view[following] in _EMPHASIS:
        following += 1
    after = view[following] if following < len(view) else " "
    return (before.isspace() or before in _OPENS_AFTER) and not after.isspace() and after not in _CLOSES_BEFORE


def _can_close(view: str, position: int) -> bool:
    before = view[position - 1] if position else " "
    after = view[position + 1] if position + 1 < len(view) else " "
    closes = after.isspace() or after in _CLOSES_BEFORE
    return closes and not before.isspace() and before not in _OPENS_AFTER.difference("’'*_~-" + WORD)


def _can_open_spaced(view: str, position: int) -> bool:
    """A quote with spaces after it, then a word (``" Tout``)."""
    before = view[position - 1] if position else " "
    following = position + 1
    while following < len(view) and view[following] in SPACES:
        following += 1
    if following == position + 1 or following >= len(view):
        return False
    after = view[following]
    opening = before.isspace() or before in _OPENS_AFTER
    return opening and not after.isspace() and after not in _CLOSES_BEFORE and after != '"'


def _can_close_spaced(view: str, position: int) -> bool:
    """A quote with spaces before it, after a word (``accepter "``)."""
    after = view[position + 1] if position + 1 < len(view) else " "
    previous = position - 1
    while previous >= 0 and view[previous] in SPACES:
        previous -= 1
    if previous == position - 1 or previous < 0:
        return False
    before = view[previous]
    closes = after.isspace() or after in _CLOSES_BEFORE
    return closes and not before.isspace() and before not in _OPENS_AFTER and before != '"'


def _pair(view: str, paragraph_start: int, quotes: list[int]) -> list[Edit]:
    stack: list[tuple[int, int]] = []
    pairs: list[tuple[int, int, int]] = []
    for position in quotes:
        opens, closes = _can_open(view, position), _can_close(view, position)
        if not opens and not closes:
            opens, closes = _can_open_spaced(view, position), _can_close_spaced(view, position)
            if opens and closes:
                opens, closes = not stack, bool(stack)
        elif closes and not opens and not stack and _can_open_spaced(view, position):
            opens, closes = True, False  # `**" x "**`: nothing is open, so this one opens
        if opens == closes:
            return []
        if opens:
            stack.append((position, len(stack)))
        elif not stack:
            return []
        else:
            opening, depth = stack.pop()
            pairs.append((opening, position, depth))
    if stack:
        return []
    edits: list[Edit] = []
    guillemets = "«" in view[paragraph_start : quotes[-1]]
    for opening, closing, depth in pairs:
        before = view[paragraph_start:opening] if guillemets else ""
        if depth + before.count("«") - before.count("»") > 0:
            edits.append((opening, opening + 1, "“", "typo.nested_open"))
            edits.append((closing, closing + 1, "”", "typo.nested_close"))
        else:
            edits.append((opening, opening + 1, "«", "typo.guillemet_open"))
            edits.append((closing, closing + 1, "»", "typo.guillemet_close"))
    return edits
