"""Text normalisation for matching legal cues: no case, no accents, one form of apostrophe.

"Droit d’accès", "droit d'acces" and "DROIT D ACCES" all become ``droit d acces``: accents are
stripped (NFKD), ligatures expanded (œ -> oe), apostrophes, hyphens and no-break spaces become
plain spaces and runs of spaces collapse. Cues are compiled against that same form.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ASCII_SEPARATORS = re.compile("[’‘ʼ´\u2010-\u2015\u2212\u00a0\u202f\u2009\u2007]")
_SEPARATORS = re.compile(r"[\s'`-]+")
_LIGATURES = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss"), ("°", "o"))


def normalize(text: str) -> str:
    """``text`` lowercased, without accents, apostrophes and hyphens as spaces, spaces collapsed.

    Other non-ASCII characters (« », €, emoji) are dropped: cues never contain them."""
    if not text.isascii():
        text = _NON_ASCII_SEPARATORS.sub(" ", text)
        for ligature, letters in _LIGATURES:
            if ligature in text:
                text = text.replace(ligature, letters)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _SEPARATORS.sub(" ", text.lower()).strip()


def _top_level_alternation(pattern: str) -> bool:
    """True when a regular expression has a ``|`` outside any group (``a|b``)."""
    depth, escaped = 0, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


_LEAD = re.compile(r"([a-z0-9]+)(\*)?")


def lead_words(cue: str) -> tuple[tuple[str, bool], ...] | None:
    """The literal words a cue can start with, each with whether it is a stem (``conserv*``):
    one word, or one per alternative of a leading group ("(vos|ces) droits"). None when that
    cannot be said (an optional first group, a regular expression not starting with a word)."""
    if cue.startswith("re:"):
        pattern = cue[3:].removeprefix("\\b")
        if _top_level_alternation(pattern):
            return None
        group = re.match(r"\(([a-z0-9|]+)\)(?![?*])", pattern)
        if group:
            return tuple((word, True) for word in group.group(1).split("|"))
        match = re.match(r"([a-z0-9]+)", pattern)
        return ((match.group(1), True),) if match else None
    text = normalize(cue)
    if not text.startswith("("):
        match = _LEAD.match(text)
        return ((match.group(1), bool(match.group(2))),) if match else None
    close = text.find(")")
    if close < 0 or text[close + 1 : close + 2] == "?" or "(" in text[1:close]:
        return None
    leads = []
    for alternative in text[1:close].split("|"):
        match = _LEAD.match(alternative.strip())
        if not match:
            return None
        stem = bool(match.group(2)) or (
            match.end() == len(alternative.strip()) and close + 1 < len(text) and text[close + 1] != " "
        )
        leads.append((match.group(1), stem))
    return tuple(leads)


NEGATION_WORDS = frozenset(
    [
        "ne",
        "n",
        "aucun",
        "aucune",
        "aucuns",
        "aucunes",
        "jamais",
        "ni",
        "nullement",
        "not",
        "no",
        "never",
        "none",
        "nor",
        "neither",
        "without",
    ]
)


#: How many words before a cue a denial may stand ("nous ne transférons pas vos données hors...").
NEGATION_REACH = 6


def is_negated(words_before: str) -> bool:
    """True when one of the last words before a cue (normalised text) denies it."""
    words = words_before.split()[-NEGATION_REACH:]
    if NEGATION_WORDS.intersection(words):
        return True
    return any(word == "t" and index and words[index - 1].endswith("n") for index, word in enumerate(words))


_SPECIAL = {"*": r"\w*", "(": "(?:", ")": ")", "|": "|", "?": "?"}


def cue_pattern(cue: str) -> str:
    """The regular expression of one cue (see resources/legal/checklist.toml for the syntax)."""
    if cue.startswith("re:"):
        return cue[3:]
    body = "".join(_SPECIAL.get(char, re.escape(char)) for char in normalize(cue))
    # No look-behind at the start: a pattern that starts with a literal is searched much faster
    # by ``re``; the caller checks the word boundary before the match (see :func:`starts_word`).
    return body + ("" if body.endswith(r"\w*") else r"(?!\w)")


def starts_word(text: str, start: int) -> bool:
    """True when position ``start`` of ``text`` is not inside a word."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
