"""Whether a document's text is French or English, to check the language its settings declare.

Word documents often declare the language of the template, not of the text (a French policy
written from an English template, or converted by LibreOffice, says ``en-US``). The commonest
short words of each language are counted; only a clear majority over enough words decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORDS = {
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "est",
            "vous",
            "nous",
            "une",
            "un",
            "pour",
            "par",
            "dans",
            "sur",
            "au",
            "aux",
            "ces",
            "cette",
            "sont",
            "votre",
            "vos",
            "nos",
            "qui",
            "que",
            "ne",
            "pas",
            "avec",
            "être",
            "été",
            "ou",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "you",
            "we",
            "our",
            "your",
            "are",
            "for",
            "with",
            "this",
            "that",
            "be",
            "by",
            "in",
            "on",
            "or",
            "it",
            "as",
            "not",
            "any",
            "may",
            "will",
        ]
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+")
MIN_HITS = 8
MAJORITY = 3.0


def text_language(texts: Iterable[str], limit: int = 20_000) -> str | None:
    """ "fr" or "en" when the text clearly is in that language, else None (``limit`` words are read)."""
    hits = dict.fromkeys(_WORDS, 0)
    read = 0
    for text in texts:
        for token in _TOKEN.findall(text.lower()):
            read += 1
            for language, words in _WORDS.items():
                if token in words:
                    hits[language] += 1
        if read >= limit:
            break
    best = max(hits, key=lambda language: hits[language])
    others = max(count for language, count in hits.items() if language != best)
    if hits[best] >= MIN_HITS and hits[best] >= MAJORITY * max(others, 1):
        return best
    return None
