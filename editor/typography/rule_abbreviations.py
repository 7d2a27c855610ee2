"""Abbreviations (§3.5): the existing space after ``M.``, ``MM.``, ``Mme``, ``Mmes``, ``Mlle``,
``Mlles`` (before a capital) and ``n°`` / ``N°`` (before a digit or a capital) becomes a no-break
space in both profiles. A missing space is not inserted."""

from __future__ import annotations

import re

from editor.typography.chars import SP
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule


class Abbreviations(Rule):
    name = "abbreviations"
    key = "typo.space_after_abbreviation"
    messages = {"typo.space_after_abbreviation": "{expected} after this abbreviation"}  # noqa: RUF012
    patterns = (
        re.compile(rf"°(?<=[nN]°)(?<![\w][nN]°)(?P<n>{SP}+)(?=[0-9A-Z])"),
        re.compile(rf"M(?<![\w.]M)(?P<word>M?\.|mes?|lles?)(?P<n>{SP}+)(?=[A-ZÀ-ÖØ-Þ])"),
    )

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        found: list[Edit] = []
        for pattern in self.patterns:
            for match in pattern.finditer(view):
                if match.group("n") != profile.bind:
                    found.append((match.start("n"), match.end("n"), profile.bind, self.key))
        found.sort()
        return found
