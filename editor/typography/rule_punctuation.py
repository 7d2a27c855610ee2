"""High punctuation (§3.1): one profile space before ``: ; ! ?``, inserted when missing.

Before ``:`` a no-break space (U+00A0) in both profiles; before ``; ! ?`` a narrow no-break
space (U+202F) in ``fine`` and U+00A0 in ``nbsp``. Any run of spaces before the mark becomes
exactly one; a doubled mark (``?!``, ``!!``) takes one space before the first and none between.

A mark counts as punctuation only when it follows a word (letter, digit, closing bracket,
guillemet, quote, emphasis or closing tag) and is followed by a space, the end, a closing
bracket or quote, or markup: so ``:yum:``, ``a;b`` and ``mot:suite`` are left alone. Times,
ratios, URLs, paths, smileys and entities are masked before this rule runs.
"""

from __future__ import annotations

from editor.typography.chars import BREAK, CLOSE, SPACE, SPACES, WORD, positions
from editor.typography.profiles import Profile
from editor.typography.rule import Edit, Rule

_AFTER_WORD = frozenset(")]}»”’'\"…%‰€$£°.*_~" + WORD + CLOSE)
_DOUBLE = ("!", "?")
_FOLLOWING = frozenset(")]}»”\"'*_~" + CLOSE + BREAK + SPACE)


class Punctuation(Rule):
    name = "punctuation"
    messages = {  # noqa: RUF012
        "typo.space_before_colon": "{expected} before ':'",
        "typo.space_before_semicolon": "{expected} before ';'",
        "typo.space_before_exclamation": "{expected} before '!'",
        "typo.space_before_question": "{expected} before '?'",
        "typo.doubled_mark": "no space inside a doubled mark such as '?!'",
    }
    _keys = {  # noqa: RUF012
        ":": "typo.space_before_colon",
        ";": "typo.space_before_semicolon",
        "!": "typo.space_before_exclamation",
        "?": "typo.space_before_question",
    }

    def edits(self, view: str, profile: Profile) -> list[Edit]:
        found: list[Edit] = []
        size = len(view)
        done = 0
        for mark_start in positions(view, ":;!?"):
            if mark_start < done:
                continue
            mark = view[mark_start]
            # the mark run: one ':' or ';', or '!'/'?' repeated with optional spaces between
            mark_end = mark_start + 1
            inner: list[Edit] = []
            following = view[mark_end] if mark_end < size else "\n"
            if mark in "!?" and (
                following in "!?" or (following in SPACES and view[mark_end + 1 : mark_end + 2] in _DOUBLE)
            ):
                probe = mark_end
                while True:
                    spaces_end = probe
                    while spaces_end < size and view[spaces_end] in SPACES:
                        spaces_end += 1
                    if spaces_end < size and view[spaces_end] in "!?" and spaces_end - probe <= 1:
                        if spaces_end > probe:
                            inner.append((probe, spaces_end, "", "typo.doubled_mark"))
                        probe = mark_end = spaces_end + 1
                    else:
                        break
                following = view[mark_end] if mark_end < size else "\n"
            done = mark_end
            if not (following.isspace() or following in _FOLLOWING):
                continue
            space_start = mark_start
            while space_start > 0 and view[space_start - 1] in SPACES:
                space_start -= 1
            if space_start == 0:
                continue
            previous = view[space_start - 1]
            if not (previous.isalnum() or previous in _AFTER_WORD):
                continue
            wanted = profile.colon if mark == ":" else profile.high
            if view[space_start:mark_start] != wanted:
                found.append((space_start, mark_start, wanted, self._keys[mark]))
            found.extend(inner)
        return found
