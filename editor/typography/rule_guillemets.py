"""Spacing inside guillemets (§3.2): ``«`` + profile space + text + profile space + ``»``.

A missing space is inserted, any run of spaces (ordinary, no-break, thin) becomes exactly one
profile space. A space entity (``&nbsp;``) already there is kept; a guillemet at a line end or
facing another guillemet is left alone."""

from __future__ import annotations

from editor.typography.chars import BREAK, OPEN, SPACE, SPACES, positions
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

_STOP = frozenset("\n\r\t«»" + BREAK + SPACE)


class Guillemets(Rule):
    name = "guillemets"
    messages = {  # noqa: RUF012
        "typo.guillemet_space": "{expected} inside guillemets",
    }

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        found: list[Edit] = []
        wanted = profile.quote
        size = len(view)
        for position in positions(view, "«»"):
            if view[position] == "«":
                stop = position + 1
                while stop < size and view[stop] in SPACES:
                    stop += 1
                if stop >= size or view[stop] in _STOP:
                    continue
                if view[position + 1 : stop] != wanted:
                    found.append((position + 1, stop, wanted, "typo.guillemet_space"))
            else:
                start = position
                while start > 0 and view[start - 1] in SPACES:
                    start -= 1
                if start == 0 or view[start - 1] in _STOP or view[start - 1] == OPEN:
                    continue
                if found and found[-1][1] > start:
                    continue
                if view[start:position] != wanted:
                    found.append((start, position, wanted, "typo.guillemet_space"))
        return found
