"""Dashes (§3.6): hyphens are never turned into dashes (ranges, ISO dates, ``78-17``, bullets
and negative numbers use them too). A hyphen between spaces inside a sentence is shown for
review: it is probably an incise that wants ``–`` with no-break spaces."""

from __future__ import annotations

import re

from editor.typography.chars import SP
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

_SPACED_HYPHEN = re.compile(rf"-(?<=\w{SP}-)(?={SP}\w)")


class Dashes(Rule):
    name = "dashes"
    messages = {"typo.spaced_hyphen": "a hyphen between spaces: an incise wants a dash '–'"}  # noqa: RUF012

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        return []

    def apply(self, view: str, profile: Profile) -> str:
        return view

    def review(self, view: str) -> list[Edit]:
        return [
            (match.start() - 1, match.end() + 1, None, "typo.spaced_hyphen") for match in _SPACED_HYPHEN.finditer(view)
        ]
