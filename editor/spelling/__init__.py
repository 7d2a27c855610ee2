"""Spell-checking of a policy's prose in French and English (see :mod:`editor.spelling.checker`)."""

from editor.spelling.checker import Misspelling, SpellChecker, checker_for
from editor.spelling.personal import PersonalDictionary

__all__ = ["Misspelling", "PersonalDictionary", "SpellChecker", "checker_for"]
