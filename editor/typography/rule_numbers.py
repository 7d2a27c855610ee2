"""Numbers (§3.4), conservative: spaces are replaced, never inserted, except before % and €.

- Digit groups (1 to 3 digits, then groups of exactly 3 separated by one space): the separator
  becomes the profile's digit space. A number that touches other digits through a space
  (``01 23 45``, SIRET ``123 456 789 00012``) or a sign (``+33``) is a phone or an identifier:
  left as typed, and so is a grouped number after ``n°``, ``SIREN``, ``SIRET``, ``RCS`` or
  ``FR12`` (an identifier). Years, postal codes, ``TSA 80715`` and ``2016/679`` have no space to replace.
- A number before ``%``, ``‰`` or a currency sign gets a no-break space, inserted if missing
  (not ``%C3``-style percent-encoding).
- A number before a unit of the closed list (ans, mois, jours, heures, semaines, minutes, Mo,
  Go, Ko, km, kg, h and their singulars) gets a no-break space; ``10 h 30`` gets one on both
  sides of ``h``. Anything else (``article 6``, dates, ``3 place``) stays as typed.
"""

from __future__ import annotations

import re

from editor.typography.chars import SP, SPACES, positions
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

UNITS = ("ans", "an", "mois", "jours", "jour", "heures", "heure", "semaines", "semaine", "minutes", "minute")
SHORT_UNITS = ("Mo", "Go", "Ko", "To", "km", "kg", "h")

_UNIT_NAMES = "|".join(UNITS + SHORT_UNITS)
# One scan over digits: either the first group of a grouped number (the other groups are read
# by a lookahead, so a unit after the last group is still seen) or a number and its unit.
_NUMBER = re.compile(
    rf"[0-9](?:(?<![\w,.+\-/][0-9])(?<![0-9]{SP}[0-9])[0-9]{{0,2}}"
    rf"(?=(?P<groups>(?:{SP}[0-9]{{3}})+)(?![0-9])(?!{SP}[0-9])(?![,.][0-9]{{3}}))"
    rf"|(?<![\w.][0-9])[0-9]*(?:,[0-9]+)?(?P<space>{SP}+)(?:{_UNIT_NAMES})(?![\w'’-])"
    rf"(?:(?<=h)(?P<after>{SP}+)(?=[0-9]{{2}}(?![0-9])))?)"
)
_SIGNS = "%‰€$£"
#: Words after which a grouped number is an identifier (n° 123 456, SIREN, RCS Paris, TVA FR12).
_IDENTIFIER_BEFORE = re.compile(rf"(?:[nN]°|SIRE[NT]|RCS(?: [A-Z][\w-]*)*|FR[0-9]{{2}}){SP}*\Z")
_PERCENT_ENCODING = re.compile(r"[0-9A-F]{2}")


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
        bind = profile.bind
        for match in _NUMBER.finditer(view):
            groups, space, after = match.group("groups", "space", "after")
            if groups is not None:
                if _IDENTIFIER_BEFORE.search(view, max(0, match.start() - 40), match.start()):
                    continue
                base = match.end()
                for offset, char in enumerate(groups):
                    if char in SPACES and char != digits:
                        found.append((base + offset, base + offset + 1, digits, "typo.digit_group"))
                continue
            if space != bind:
                found.append((match.start("space"), match.end("space"), bind, "typo.space_before_unit"))
            if after is not None and after != bind:
                found.append((match.start("after"), match.end("after"), bind, "typo.space_before_unit"))
        for position in positions(view, _SIGNS):
            if view[position] == "%" and _PERCENT_ENCODING.match(view, position + 1):
                continue
            start = position
            while start > 0 and view[start - 1] in SPACES:
                start -= 1
            if start == 0 or not "0" <= view[start - 1] <= "9":
                continue
            if view[start:position] != bind:
                found.append((start, position, bind, "typo.space_before_sign"))
        found.sort()
        return found
