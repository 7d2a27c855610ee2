"""Numbers (§3.4), conservative: spaces are replaced, never inserted, except before % and €.

- Digit groups (1 to 3 digits, then groups of exactly 3 separated by one space): the separator
  becomes the profile's digit space. A number that touches other digits through a space
  (``01 23 45``, SIRET ``123 456 789 00012``) or a sign (``+33``) is a phone or an identifier:
  left as typed. Years, postal codes, ``TSA 80715`` and ``2016/679`` have no space to replace.
- A number before ``%``, ``‰`` or a currency sign gets a no-break space, inserted if missing
  (not ``%C3``-style percent-encoding).
- A number before a unit of the closed list (ans, mois, jours, heures, semaines, minutes, Mo,
  Go, Ko, km, kg, h and their singulars) gets a no-break space; ``10 h 30`` gets one on both
  sides of ``h``. Anything else (``article 6``, dates, ``3 place``) stays as typed.
"""

from __future__ import annotations

import re

from editor.typography.chars import SP, SPACES
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

UNITS = ("ans", "an", "mois", "jours", "jour", "heures", "heure", "semaines", "semaine", "minutes", "minute")
SHORT_UNITS = ("Mo", "Go", "Ko", "To", "km", "kg", "h")

_GROUPS = re.compile(
    rf"[0-9](?<![\w,.+\-/][0-9])(?<![0-9]{SP}[0-9])[0-9]{{0,2}}(?:{SP}[0-9]{{3}})+(?![0-9])(?!{SP}[0-9])(?![,.][0-9]{{3}})"
)
_SIGN = re.compile(r"[%‰€$£](?![0-9A-F]{2})")
_UNIT = re.compile(
    rf"[0-9](?<![\w.][0-9])(?:[0-9]*(?:,[0-9]+)?)(?P<space>{SP}+)(?:{'|'.join(UNITS + SHORT_UNITS)})(?![\w'’-])"
    rf"(?:(?<=h)(?P<after>{SP}+)(?=[0-9]{{2}}(?![0-9])))?"
)


class Numbers(Rule):
    name = "numbers"
    messages = {  # noqa: RUF012
        "typo.digit_group": "{expected} between digit groups",
        "typo.space_before_sign": "{expected} before a percent or currency sign",
        "typo.space_before_unit": "{expected} between a number and its unit",
    }

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        found: list[Edit] = []
        if not any(digit in view for digit in "0123456789"):
            return found
        digits = profile.digits
        for match in _GROUPS.finditer(view):
            for offset, char in enumerate(match.group(0)):
                if char in SPACES and char != digits:
                    position = match.start() + offset
                    found.append((position, position + 1, digits, "typo.digit_group"))
        bind = profile.bind
        for match in _UNIT.finditer(view):
            for group in ("space", "after"):
                if match.group(group) is not None and match.group(group) != bind:
                    found.append((match.start(group), match.end(group), bind, "typo.space_before_unit"))
        for match in _SIGN.finditer(view):
            start = match.start()
            while start > 0 and view[start - 1] in SPACES:
                start -= 1
            if start == 0 or not view[start - 1].isdigit() or not "0" <= view[start - 1] <= "9":
                continue
            if view[start : match.start()] != bind:
                found.append((start, match.start(), bind, "typo.space_before_sign"))
        found.sort()
        return found
