"""Characters and character classes shared by the masking and the rules.

Protected spans are replaced in the *view* (the text the rules see) by one sentinel character
from the Private Use Area, chosen by how the span behaves around editable text:

- ``WORD``: an opaque token that reads like a word (URL, e-mail, code span, time, smiley).
- ``OPEN`` / ``CLOSE``: inline markup that is transparent to the text (``<em>``, ``</a>``,
  ``](url "title")``): quotes pair across it, a space is inserted after a closing one.
- ``BREAK``: a block boundary (code block, comment, block tag): nothing pairs or binds across it.
- ``SPACE``: an entity that already is a space (``&nbsp;``, ``&#8239;``): counts as the space.
"""

from __future__ import annotations

WORD = "\ue000"
OPEN = "\ue001"
CLOSE = "\ue002"
BREAK = "\ue003"
SPACE = "\ue004"
SENTINELS = WORD + OPEN + CLOSE + BREAK + SPACE

NBSP = "\u00a0"
NNBSP = "\u202f"
THIN = "\u2009"

#: The horizontal spaces a rule may replace or normalise (regex class body).
SPACES = " \u00a0\u202f\u2009"
SP = f"[{SPACES}]"

#: A letter (any script), as a regex class.
LETTER = r"[^\W\d_]"


def positions(view: str, chars: str) -> list[int]:
    """Sorted positions of any of ``chars`` in ``view``.

    One ``str.find`` loop per character: much faster than a character-class regex when the
    characters are rare, which is the case for every trigger of a rule.
    """
    found: list[int] = []
    for char in chars:
        position = view.find(char)
        while position >= 0:
            found.append(position)
            position = view.find(char, position + 1)
    if len(chars) > 1:
        found.sort()
    return found
