"""The policy title of a Word document, and the date or version line under it.

The title is the paragraph in the Title style, or else the first short line of the document when
the headings come right after it (or when it is the only heading of its kind). A line just under
the title that reads as a date ("Dernière mise à jour : 3 mars 2025", "Last updated: March 3,
2025", "En vigueur au 01/04/2025") or a version ("Version 2.1") goes to the document properties
when it parses; it is never a section.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from editor.importers.docx_headings import Heading, Outline, visible_text
from editor.importers.docx_paragraphs import Paragraph

MAX_TITLE_WORDS = 15
MAX_DATE_LINE_WORDS = 20

_MONTHS = {
    **dict.fromkeys(("janvier", "january", "jan"), 1),
    **dict.fromkeys(("février", "fevrier", "february", "feb", "fév", "fev"), 2),
    **dict.fromkeys(("mars", "march", "mar"), 3),
    **dict.fromkeys(("avril", "april", "apr", "avr"), 4),
    **dict.fromkeys(("mai", "may"), 5),
    **dict.fromkeys(("juin", "june", "jun"), 6),
    **dict.fromkeys(("juillet", "july", "jul", "juil"), 7),
    **dict.fromkeys(("août", "aout", "august", "aug"), 8),
    **dict.fromkeys(("septembre", "september", "sep", "sept"), 9),
    **dict.fromkeys(("octobre", "october", "oct"), 10),
    **dict.fromkeys(("novembre", "november", "nov"), 11),
    **dict.fromkeys(("décembre", "decembre", "december", "dec", "déc"), 12),
}
_MONTH = "(" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_VERSION = re.compile(
    r"\b(?:version|v|vers\.|r[ée]vision|rév\.|rev\.)\s*(?:n°|no\.?|:)?\s*(\d+(?:\.\d+){0,3}[a-z]?)\b", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    r"mise? à jour|mis à jour|actualis|updated|update|révis|revis|modifi|en vigueur|effective|applicable|"
    r"version|date|publi|dernière|last",
    re.IGNORECASE,
)
_EFFECTIVE = re.compile(r"en vigueur|effective|applicable|prend effet|entr\w+ en vigueur", re.IGNORECASE)


@dataclass(frozen=True)
class DateLine:
    """A line under the title read as the document's date and/or version."""

    index: int
    text: str
    updated: dt.date | None = None
    effective: dt.date | None = None
    version: str = ""

    @property
    def parsed(self) -> bool:
        return bool(self.updated or self.effective or self.version)


@dataclass(frozen=True)
class Title:
    """The paragraph taken as the policy title and how it was found."""

    index: int
    text: str
    guessed: bool  # False when the Title style says so
    date_lines: tuple[DateLine, ...] = ()


def find_title(paragraphs: list[Paragraph], outline: Outline, locale: str) -> Title | None:
    """The title paragraph (and the date lines under it); ``outline`` loses what is taken."""
    first = next((i for i, p in enumerate(paragraphs) if p.text.strip() and not p.in_table), None)
    if first is None:
        return None
    styled = next((i for i, p in enumerate(paragraphs) if p.title_style and p.text.strip()), None)
    if styled is not None:
        index, guessed = styled, False
    elif _title_like(paragraphs, outline, first):
        index, guessed = first, True
    else:
        return None
    outline.headings.pop(index, None)
    lines: list[DateLine] = []
    for following in range(index + 1, min(index + 8, len(paragraphs))):
        paragraph = paragraphs[following]
        if not paragraph.text.strip():
            continue
        found = read_date_line(following, visible_text(paragraph), locale)
        if found is None or len(lines) >= 3:
            break
        heading = outline.headings.get(following)
        if heading is not None and heading.reason in ("style", "outline") and not found.parsed:
            break
        outline.headings.pop(following, None)
        lines.append(found)
    return Title(index, " ".join(visible_text(paragraphs[index]).split()), guessed, tuple(lines))


def _title_like(paragraphs: list[Paragraph], outline: Outline, first: int) -> bool:
    paragraph = paragraphs[first]
    text = visible_text(paragraph)
    if paragraph.words > MAX_TITLE_WORDS or re.search(r"[:;,.]\s*$", text) or paragraph.list_id is not None:
        return False
    headings = outline.headings
    own = headings.get(first)
    others = [heading for index, heading in headings.items() if index != first]
    if not others:
        return False
    if own is None:
        following = [i for i, p in enumerate(paragraphs[first + 1 :], first + 1) if p.text.strip()][:4]
        return any(i in headings for i in following)
    if own.reason in ("style", "outline"):
        top = min(heading.level for heading in headings.values())
        return own.level == top and sum(1 for h in headings.values() if h.level == top) == 1
    families: Counter[tuple[object, ...]] = Counter(heading.family for heading in others)
    return families[own.family] == 0 and not _numbered(own)


def _numbered(heading: Heading) -> bool:
    return bool(heading.family) and heading.family[0] in ("division", "decimal", "roman", "letter", "list")


def read_date_line(index: int, text: str, locale: str) -> DateLine | None:
    """The date/version a short line under the title states; None when it is not such a line."""
    clean = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    if not clean or len(clean.split()) > MAX_DATE_LINE_WORDS:
        return None
    day = parse_date(clean, locale)
    version_match = _VERSION.search(clean)
    version = version_match.group(1) if version_match else ""
    if day is None and not version:  # a date that does not parse still has a number in it
        return DateLine(index, clean) if _DATE_WORDS.search(clean) and re.search(r"\d", clean) else None
    if day is not None and not _DATE_WORDS.search(clean) and len(clean) > 40:
        return None  # a sentence that happens to hold a date
    if _EFFECTIVE.search(clean):
        return DateLine(index, clean, effective=day, version=version)
    return DateLine(index, clean, updated=day, version=version)


def parse_date(text: str, locale: str = "fr-FR") -> dt.date | None:
    """The first date written in ``text`` (French or English words, ISO, dd/mm/yyyy or US mm/dd/yyyy)."""
    candidates: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    for match in _DAY_MONTH_YEAR.finditer(text):
        candidates.append((match.start(), int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))))
    for match in _MONTH_DAY_YEAR.finditer(text):
        candidates.append((match.start(), int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2))))
    for match in _ISO.finditer(text):
        candidates.append((match.start(), int(match.group(1)), int(match.group(2)), int(match.group(3))))
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        us = locale.lower() == "en-us" and first <= 12
        day, month = (second, first) if us else (first, second)
        candidates.append((match.start(), year, month, day))
    for _, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None
