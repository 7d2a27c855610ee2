"""Protected spans of any text: URLs (with or without scheme), e-mail addresses, times and
ratios, Windows paths, smileys and emoji short codes.

Scanning every position of a megabyte with a many-branch pattern is slow in Python's ``re``,
so the finder looks for what every one of these tokens contains (``@ : ; =``, a dot followed by a
letter, a doubled backslash, or the dot of ``www.`` in a token holding a ``/`` or a backslash: a
``/`` or a single backslash makes no match without one of these), takes the whitespace-delimited
token around each, and matches the full patterns inside that token only. Text full of slashes or
escaped punctuation (a backslash before every other character) therefore costs one regex scan,
not one pattern match per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.typography.chars import SENTINELS, WORD
from editor.typography.masking import Span

#: What every protected token holds: e-mail "@", a colon (schemes, drive letters, times, smileys,
#: short codes), ";" and "=" (smileys), a dot before a letter (domains), the two backslashes of a
#: UNC path, or the dot of "www." before anything else: that one counts only in a token holding a
#: "/" or a backslash, the only tokens the finder ever matched it in. Every branch starts with its
#: character, so ``re`` skips to the next of them at C speed (a branch led by a lookaround, or a
#: class, would be tried at every position), and the dot ending a sentence is passed over there,
#: not in Python.
_ANCHOR_RE = re.compile(r"@|:|;|=|\.(?=[^\W\d_])|\.(?<=www\.)|\\(?=\\)")
_LETTER_RE = re.compile(r"[^\W\d_]")

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
    index = 0
    start, end = ranges[0]
    done = 0
    refused = 0  # the end of the last token refused to a "www." dot (no "/" or backslash in it)
    for position, www_dot in _anchors(text):
        while position >= end:
            index += 1
            if index == len(ranges):
                return spans
            start, end = ranges[index]
        if position < start or position < done:
            continue
        if www_dot and position < refused:
            continue
        left = position
        while left > start and text[left - 1] not in _BOUNDARY:
            left -= 1
        right = position + 1
        while right < end and text[right] not in _BOUNDARY:
            right += 1
        if www_dot and "/" not in text[left:right] and "\\" not in text[left:right]:
            refused = right
            continue
        if right - left == 1:
            continue  # a lone mark (the colon of "Contact : ..."): no protected pattern is one character
        spans.extend((match.start(), match.end(), WORD) for match in PROTECTED_RE.finditer(text, left, right))
        done = right
    return spans


def _anchors(text: str) -> Iterator[tuple[int, bool]]:
    """The anchors of ``text``: (position, whether it is the dot of "www." not before a letter)."""
    for match in _ANCHOR_RE.finditer(text):
        position = match.start()
        if text[position] == ".":
            yield position, _LETTER_RE.match(text, position + 1) is None
        else:
            yield position, False
