"""What a rule is: a named family of edits proposed on the view of a text.

A rule's :meth:`Rule.edits` lists the changes it wants on a view (sorted, non-overlapping,
never touching a sentinel); :meth:`Rule.apply` returns the edited view (the engine's fast
path); :meth:`Rule.review` lists spans to show a human without changing them. An edit is a
plain tuple ``(start, end, replacement, key)`` because a megabyte has tens of thousands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor.typography.profiles import Profile

#: (start, end, replacement, message key); replacement None marks a span for review only.
Edit = tuple[int, int, str | None, str]


def apply_edits(view: str, edits: list[Edit]) -> str:
    """``view`` with each edit's span replaced (edits sorted and non-overlapping)."""
    if not edits:
        return view
    parts: list[str] = []
    position = 0
    for start, end, replacement, _key in edits:
        parts.append(view[position:start])
        parts.append(replacement if replacement is not None else view[start:end])
        position = end
    parts.append(view[position:])
    return "".join(parts)


class Rule:
    """Base of the rules: subclasses set ``name`` and implement :meth:`edits`."""

    name: str = ""
    #: The message keys this rule reports, with their English templates.
    messages: dict[str, str] = {}  # noqa: RUF012 - read-only class data

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        raise NotImplementedError

    def apply(self, view: str, profile: Profile) -> str:
        return apply_edits(view, self.edits(view, profile))

    def review(self, view: str) -> list[Edit]:
        return []


class PatternRule(Rule):
    """A rule that is one pattern and one replacement per profile (``\\g<name>`` templates).

    The pattern must start with a literal or a character class (Python's ``re`` then skips
    fast to candidate positions); lookbehinds go after the first character.
    """

    pattern: re.Pattern[str]
    key: str = ""
    template: Callable[[Profile], str]

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        template = self.template(profile)
        found: list[Edit] = []
        for match in self.pattern.finditer(view):
            replacement = match.expand(template)
            if replacement != match.group(0):
                found.append((match.start(), match.end(), replacement, self.key))
        return found

    def apply(self, view: str, profile: Profile) -> str:
        return self.pattern.sub(self.template(profile), view)
