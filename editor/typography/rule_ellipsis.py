"""Ellipsis (§3.3): exactly three dots become ``…`` (``[...]`` → ``[…]``); ``etc...`` and four
or more dots are left to a human (shown for review), and so is ``1...10``."""

from __future__ import annotations

import re

from editor.typography.profiles import Profile
from editor.typography.rule import Edit, PatternRule

_ETC = re.compile(r"\.\.\.(?<=[Ee]tc\.\.\.)(?<![\w]etc\.\.\.)(?!\.)")


class Ellipsis(PatternRule):
    name = "ellipsis"
    key = "typo.ellipsis"
    messages = {  # noqa: RUF012
        "typo.ellipsis": "three dots make an ellipsis '…'",
        "typo.etc_ellipsis": "'etc...' repeats the dot of 'etc.': check it",
    }
    pattern = re.compile(r"\.\.\.(?<!\.\.\.\.)(?<![Ee]tc\.\.\.)(?!\.)(?!(?<=[0-9]\.\.\.)[0-9])")

    def template(self, profile: Profile) -> str:
        return "…"

    def review(self, view: str) -> list[Edit]:
        return [(match.start(), match.end(), None, "typo.etc_ellipsis") for match in _ETC.finditer(view)]
