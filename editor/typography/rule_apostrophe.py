"""Apostrophe (§3.3): ``'`` becomes ``’`` between two letters, and after a letter before ``«``,
``"`` or an inline tag or emphasis (``l'<em>``, ``l'*Espace*``). Single-quote pairs such as
``'session'`` are left as typed; URLs and e-mail addresses are masked before rules run."""

from __future__ import annotations

import re

from editor.typography.chars import LETTER, OPEN
from editor.typography.profiles import Profile
from editor.typography.rule import PatternRule


class Apostrophe(PatternRule):
    name = "apostrophe"
    key = "typo.apostrophe"
    messages = {"typo.apostrophe": "a typographic apostrophe '’' goes here"}  # noqa: RUF012
    pattern = re.compile(rf"'(?<={LETTER}')(?={LETTER}|[«\"{OPEN}]|[*_]+{LETTER})")

    def template(self, profile: Profile) -> str:
        return "’"
