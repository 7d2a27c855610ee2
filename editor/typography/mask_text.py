"""Protected spans of any text: URLs (with or without scheme), e-mail addresses, times and
ratios, Windows paths, smileys and emoji short codes.

Scanning every position of a megabyte with a many-branch pattern is slow in Python's ``re``,
so the finder looks for the rare characters these tokens contain (``@ : / \\ ; =`` and a dot
followed by a letter), takes the whitespace-delimited token around each, and matches the full
patterns inside that token only.
"""

from __future__ import annotations

import re

from editor.typography.chars import SENTINELS, WORD, positions
from editor.typography.masking import Span

#: Characters found in every protected token (a dot counts only when a letter follows it).
_ANCHORS = "@:/\\;="
_DOT_LETTER = re.compile(r"\.(?=[^\W\d_])")

#: Characters that end a token (never part of a URL, address, time, path or smiley).
_BOUNDARY = frozenset(' \t\n\r\f\v\u00a0\u202f\u2009<>"«»`' + SENTINELS)

_URL_BODY = r"[^\s<>\"«»`\ue000-\ue004]*"
_URL_END = r"[^\s<>\"«»`\ue000-\ue004.,;:!?)\]'’…*_]"
_TLDS = (
    "fr|com|org|net|eu|io|info|biz|be|ch|ca|lu|mc|re|de|uk|es|it|nl|pt|us|co|app|dev|ai|me|tv|gov|edu|"
    "gouv\\.fr|int|bzh|paris|corsica|alsace|quebec|qc\\.ca|ly|gl|to|xyz|online|site|tech|cloud"
)

PROTECTED_RE = re.compile(
    "|".join(
        [
            # scheme URLs (and mailto:, tel:, urn:)
            rf"(?<![\w+-])(?:[a-zA-Z][a-zA-Z0-9+.-]{{1,31}}://|(?:mailto|tel|sms|urn|news|data):){_URL_BODY}{_URL_END}",
            # e-mail addresses, apostrophes included (o'neill@exemple.fr)
            r"[\w.+'’-]*\w@[\w-]+(?:\.[\w-]+)+",
            # scheme-less URLs: www. or a known top-level domain, with optional port, path, query
            rf"(?<![\w@.-])(?:www\.{_URL_BODY}{_URL_END}|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+"
            rf"(?i:{_TLDS})(?![\w-])(?::[0-9]{{1,5}})?(?:[/?#]{_URL_BODY}{_URL_END}|/)?)",
            # Windows paths: C:\dossier, D:/x, \\serveur\partage
            r"(?<![\w])[A-Za-z]:[\\/][^\s<>\"|`\ue000-\ue004]*[^\s<>\"|`\ue000-\ue004.,;:!?)\]'’…]|"
            r"(?<![\w])[A-Za-z]:[\\/]|\\\\[\w.$-]+(?:\\[^\s<>\"|`\\]+)+",
            # times and ratios: 12:30, 1:2, 27001:2022, 12:30:45
            r"(?<![\w:])[0-9]+(?::[0-9]+)+(?![\w:])",
            # smileys :) ;-) :D :p =) and emoji short codes :yum:
            r"(?<![:;=])[:;=][-'^o]?[()\[\]DPpOo3|/\\*]+(?![\w)(])",
            r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])",
        ]
    )
)


def text_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The URLs, addresses, times, paths and smileys of ``text[start:end]`` as WORD spans."""
    return text_spans_in(text, [(start, len(text) if end is None else end)])


def text_spans_in(text: str, ranges: list[tuple[int, int]]) -> list[Span]:
    """The same for several sorted, disjoint ranges of one text (the gaps left by markup)."""
    spans: list[Span] = []
    if not ranges:
        return spans
    anchors = positions(text, _ANCHORS)
    anchors.extend(match.start() for match in _DOT_LETTER.finditer(text))
    anchors.sort()
    index = 0
    start, end = ranges[0]
    done = 0
    for position in anchors:
        while position >= end:
            index += 1
            if index == len(ranges):
                return spans
            start, end = ranges[index]
        if position < start or position < done:
            continue
        left = position
        while left > start and text[left - 1] not in _BOUNDARY:
            left -= 1
        right = position + 1
        while right < end and text[right] not in _BOUNDARY:
            right += 1
        spans.extend((match.start(), match.end(), WORD) for match in PROTECTED_RE.finditer(text, left, right))
        done = right
    return spans
