"""Section ids: stable ASCII slugs made once from a title and kept when the title changes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_ID_LENGTH = 40
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def is_valid_id(value: str) -> bool:
    """True for an ASCII slug of at most 40 characters starting with a letter or digit."""
    return bool(ID_PATTERN.fullmatch(value))


def slugify(title: str, fallback: str = "section") -> str:
    """An ASCII slug for a title: accents folded, lower case, words joined by '-', <= 40 chars."""
    folded = unicodedata.normalize("NFKD", title)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_ID_LENGTH:
        cut = slug[:MAX_ID_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[MAX_ID_LENGTH // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


def unique_id(title: str, taken: Iterable[str] | set[str], fallback: str = "section") -> str:
    """A slug for ``title`` that is not in ``taken``: ``cookies``, ``cookies-2``, ``cookies-3``..."""
    used = taken if isinstance(taken, set) else set(taken)
    base = slugify(title, fallback)
    if base not in used:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        number += 1
