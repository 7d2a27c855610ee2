"""Spell-checking by the document's locale, with the pyspellchecker package's dictionaries.

The French and English word lists ship inside the ``pyspellchecker`` wheel (no system
dictionary, no network), so they work the same in the PyInstaller bundle on every platform.
Its English list is American: for English other than en-US (en-GB, en-IE, en-AU...), a word
is also accepted when its British spelling, read the American way, is known (``organise``,
``analyse``, ``colour``, ``centre``, ``licence``, ``catalogue``, ``travelled``, ``programme``:
:func:`american_forms`); en-US keeps the American list alone, so ``colour`` is flagged there.
A word is accepted when the dictionary, the personal dictionary or the session's ignore list
knows it, in the forms French and English writing use: typographic apostrophes read as
straight ones, elisions (``l’adresse``, ``jusqu’à``) checked without their prefix, hyphenated
compounds accepted whole or part by part. Acronyms (all capitals) and one-letter words are not
checked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor.spelling.personal import PersonalDictionary
from editor.spelling.words import prose_words

if TYPE_CHECKING:
    from spellchecker import SpellChecker as _WordList

#: Languages with a dictionary, by the first part of a locale (fr-FR, en-GB).
LANGUAGES = ("fr", "en")
_ELISIONS = ("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'")


#: British endings and their American spelling, tried on a word not found as it is.
_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|er|ers|ation|ations|able)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"^(def|lic|off|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"ogue(s|d)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"dgement(s)?$"), r"dgment\1"),
)
_OUR = re.compile(r"our(?=[a-z])|our$")


def american_forms(word: str) -> set[str]:
    """The American spellings a British-spelt lower-case ``word`` may stand for (empty if none):
    ``organisation`` -> ``organization``, ``colours`` -> ``colors``, ``centre`` -> ``center``."""
    forms = {pattern.sub(american, word) for pattern, american in _BRITISH if pattern.search(word)}
    if "our" in word:
        forms |= {_OUR.sub("or", form) for form in forms | {word}}
    forms.discard(word)
    return forms


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str


def language_for(locale: str) -> str | None:
    """The dictionary language of a locale ("fr-FR" -> "fr"), or None when there is none."""
    language = (locale or "").replace("_", "-").split("-")[0].lower()
    return language if language in LANGUAGES else None


def british_accepted(locale: str) -> bool:
    """True for English other than American English (British spellings are accepted)."""
    parts = (locale or "").replace("_", "-").lower().split("-")
    return parts[0] == "en" and parts[1:2] != ["us"]


def dictionary_for(locale: str) -> str | None:
    """What decides the checking of a locale: "fr", "en-US" or "en-GB" (any other English);
    None for a language without a dictionary."""
    language = language_for(locale)
    if language != "en":
        return language
    return "en-GB" if british_accepted(locale) else "en-US"


@functools.cache
def _word_list(language: str) -> _WordList:
    from spellchecker import SpellChecker as _WordList  # imported when a check starts, not at start-up

    return _WordList(language=language, distance=1)


class SpellChecker:
    """Checks prose against one language's dictionary and the user's personal dictionary."""

    def __init__(self, language: str, personal: PersonalDictionary | None = None, british: bool = False) -> None:
        self.language = language
        self.british = british
        self.words = _word_list(language)
        self.personal = personal if personal is not None else PersonalDictionary(language)
        self.ignored: set[str] = set()

    def _known(self, word: str) -> bool:
        if word in self.personal or word in self.ignored:
            return True
        lower = word.lower()
        if self.words.known([lower]):
            return True
        return self.british and bool(self.words.known(american_forms(lower)))

    def is_correct(self, word: str) -> bool:
        if len(word) < 2 or word.isupper():
            return True
        plain = word.replace("’", "'")
        if self._known(plain):
            return True
        lower = plain.lower()
        for prefix in _ELISIONS:
            if lower.startswith(prefix) and len(plain) > len(prefix):
                return self.is_correct(plain[len(prefix) :])
        if "-" in plain:
            return all(self.is_correct(part) for part in plain.split("-"))
        return False

    def misspellings(self, text: str) -> list[Misspelling]:
        """Every misspelt word of a Markdown ``text`` (prose only), in order."""
        return [Misspelling(s, e, w) for s, e, w in prose_words(text) if not self.is_correct(w)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, most frequent first, in the word's capitalisation."""
        plain = word.replace("’", "'")
        candidates = self.words.candidates(plain.lower()) or set()
        ranked = sorted(candidates - {plain.lower()}, key=lambda w: -self.words.word_usage_frequency(w))[:limit]
        if plain[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        if "’" in word:
            ranked = [w.replace("'", "’") for w in ranked]
        return ranked

    def add(self, word: str) -> None:
        """Add ``word`` to the personal dictionary (kept in the user data folder)."""
        self.personal.add(word.replace("’", "'"))

    def ignore(self, word: str) -> None:
        """Accept ``word`` until the application closes."""
        self.ignored.add(word.replace("’", "'"))


def checker_for(locale: str, personal: PersonalDictionary | None = None) -> SpellChecker | None:
    """The checker for a document's locale, or None for a language without a dictionary."""
    language = language_for(locale)
    return None if language is None else SpellChecker(language, personal, british_accepted(locale))
