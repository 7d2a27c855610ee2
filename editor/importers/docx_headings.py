"""Which paragraphs of a Word document are headings, and at what level: a scored decision per paragraph.

Heading styles (any language, by id, name or outline level, and styles based on them) and a
paragraph's own ``w:outlineLvl`` are what Word itself calls a heading: they are taken as they
are. Every other short line is scored from what a reader sees: a leading article or number
("Article 3", "ART. 3", "3.", "3.1", "III.", "Chapitre", "Section", "Annexe"), list numbering
(linked to a heading style, or a bold numbered item), bold, underline or capitals over the whole
line, a font larger than the body, and body text after it; a line ending with a colon is a lead-in
("aux conditions suivantes :"), never a heading. Levels of guessed headings come from their
*family*: each pattern that repeats through the document ("Article N", "N.N", bold capitals, a
larger font) is one level, ordered by the kind of division (part, title, chapter, section,
article), then numbering depth, then font size, then first appearance.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from editor.importers.docx_paragraphs import Paragraph

MAX_HEADING_WORDS = 20
MAX_HEADING_CHARS = 200
THRESHOLD = 3.0
#: Guessing is stricter in a document that uses heading styles: its bold lines are mostly emphasis.
STYLED_THRESHOLD = 4.5

_DIVISIONS = (
    (0, re.compile(r"^(?:partie|part|livre|book)\b", re.IGNORECASE)),
    (1, re.compile(r"^(?:titre|title)\s+(?:[IVXLC]+|\d+|premier|1er)\b", re.IGNORECASE)),
    (2, re.compile(r"^(?:chapitre|chapter|chap\.)", re.IGNORECASE)),
    (3, re.compile(r"^(?:section|sous-section|subsection|paragraphe)\s+(?:[IVXLC]+|\d+|[A-Z])\b", re.IGNORECASE)),
    (4, re.compile(r"^(?:article|art\.)\s*(?:\d+|[IVXLC]+\b|premier|1er|unique|préliminaire|liminaire)", re.I)),
)
_ANNEX = re.compile(r"^(?:annexe|annex|appendix|appendice|schedule)\b", re.IGNORECASE)
#: "3." / "3)" / "3 -" / "3.1" / "3.1.2." then text; a bare "2 rue Kellermann" is an address, not a number.
_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}(?:\.|\)|\s*[-–—:]))\s*[^\W\d_]")
_ROMAN = re.compile(r"^[IVXLC]{1,7}(?:\.|\)|\s*[-–—])\s*\S")
_LETTER = re.compile(r"^[A-Z](?:\.|\))\s+\S")
_SENTENCE_END = re.compile(r"[.;,]\s*$")
_LEAD_IN = re.compile(r"[:：]\s*$")
_DIVISION_CLASS = 5  # numbers, letters and plain looks come under the named divisions


@dataclass(frozen=True)
class Heading:
    """A paragraph taken as a heading: its level and the signal that decided it."""

    level: int
    reason: str  # "style", "outline", "numbering", "pattern", "size", "bold", "underline", "caps"
    family: tuple[object, ...] = ()


@dataclass
class Outline:
    """The headings of a document (paragraph index -> heading) and what the guessing did."""

    headings: dict[int, Heading]
    lead_ins: int = 0
    guessed_levels: int = 0  # families of guessed headings taken as levels

    def counts(self) -> Counter[str]:
        return Counter(heading.reason for heading in self.headings.values())


def visible_text(paragraph: Paragraph) -> str:
    """The line as a reader sees it: the list number Word draws, then the text."""
    text = " ".join(paragraph.text.split())
    return f"{paragraph.list_label} {text}".strip() if paragraph.list_label else text


def pattern_family(text: str) -> tuple[object, ...] | None:
    """("division", rank) / ("decimal", depth) / ("roman",) / ("letter",) for a numbered line, else None."""
    for rank, pattern in _DIVISIONS:
        if pattern.match(text):
            return ("division", rank)
    if _ANNEX.match(text):
        return ("annex",)
    decimal = _DECIMAL.match(text)
    if decimal and not re.match(r"^\d{4}\b", text):
        return ("decimal", decimal.group(1).rstrip(".").count(".") + 1)
    if _ROMAN.match(text) and not re.match(r"^[IVXLC]+\s*-\s*\w+-", text):
        return ("roman",)
    if _LETTER.match(text):
        return ("letter",)
    return None


def find_headings(paragraphs: list[Paragraph], body_size: int | None) -> Outline:
    """Decide, for every paragraph, whether it is a heading."""
    explicit: dict[int, Heading] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.in_table or paragraph.toc or paragraph.title_style or not paragraph.text.strip():
            continue
        if paragraph.style_heading is not None:
            explicit[index] = Heading(min(paragraph.style_heading, 9), "style")
        elif paragraph.outline is not None:
            explicit[index] = Heading(paragraph.outline + 1, "outline")
    threshold = STYLED_THRESHOLD if len(explicit) >= 2 else THRESHOLD
    scores: dict[int, tuple[float, str, tuple[object, ...]]] = {}
    lead_ins = 0
    for index, paragraph in enumerate(paragraphs):
        if index in explicit or not _candidate(paragraph):
            continue
        text = visible_text(paragraph)
        if _LEAD_IN.search(text):
            lead_ins += paragraph.bold or paragraph.underline or paragraph.caps
            continue
        scores[index] = _score(paragraph, text, _next_text(paragraphs, index), body_size)
    chosen = {index: found for index, found in scores.items() if found[0] >= threshold}
    # A pattern the document repeats as headings is a heading wherever it is nearly one.
    repeated = Counter(family for _, _, family in chosen.values())
    for index, (score, reason, family) in scores.items():
        # Only numbered patterns: a bold or capitals line before address lines reads like a heading, too.
        if index in chosen or family[:1] == ("look",) or repeated[family] < 2 or score < threshold - 1.5:
            continue
        following = _next_text(paragraphs, index)
        if following is not None and _is_body(following):  # typed list items "1. ..." follow each other
            chosen[index] = (score, reason, family)
    headings = dict(explicit)
    headings.update({index: Heading(0, reason, family) for index, (_, reason, family) in chosen.items()})
    return assign_levels(Outline(headings, lead_ins), paragraphs)


def assign_levels(outline: Outline, paragraphs: list[Paragraph]) -> Outline:
    """Levels of the guessed headings from their families (again after the title was taken out)."""
    explicit = {i: h for i, h in outline.headings.items() if h.reason in ("style", "outline")}
    guessed = {i: h.family for i, h in outline.headings.items() if i not in explicit}
    families = _family_levels(guessed, paragraphs)
    positions = sorted(explicit)
    headings = dict(explicit)
    for index in sorted(guessed):
        heading = outline.headings[index]
        level = _base_level(explicit, positions, index) + families[heading.family]
        headings[index] = Heading(min(level, 9), heading.reason, heading.family)
    return Outline(headings, outline.lead_ins, len(families) if len(families) > 1 else 0)


def _candidate(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    if paragraph.in_table or paragraph.toc or paragraph.title_style or paragraph.preformatted or not text:
        return False
    return paragraph.words <= MAX_HEADING_WORDS and len(text) <= MAX_HEADING_CHARS and not paragraph.monospace


def _next_text(paragraphs: list[Paragraph], index: int) -> Paragraph | None:
    for paragraph in paragraphs[index + 1 : index + 6]:
        if paragraph.text.strip():
            return paragraph
    return None


def _score(
    paragraph: Paragraph, text: str, following: Paragraph | None, body_size: int | None
) -> tuple[float, str, tuple[object, ...]]:
    """(score, deciding signal, family) of a short line."""
    signals: dict[str, float] = {}
    family = pattern_family(text)
    if paragraph.list_id is not None:
        heading_numbering = paragraph.list_style is not None or (
            family is not None and family[0] in ("division", "annex")
        )
        if heading_numbering:
            signals["numbering"] = 3.0
        elif paragraph.ordered:
            signals["numbering"] = 1.0  # an ordinary numbered item: a heading only with more to show
        else:
            return (0.0, "", ())  # a bullet point is never a heading
        if family is None:
            family = ("list", paragraph.list_depth + 1)
    elif family is not None:
        strong = family[0] in ("division", "annex")
        signals["pattern"] = 3.0 if strong else 2.0
    if paragraph.bold:
        signals["bold"] = 2.0
    if paragraph.underline:
        signals["underline"] = 2.0
    if paragraph.caps:
        signals["caps"] = 2.0
    if body_size and paragraph.size and paragraph.size >= body_size + 2:  # at least 1 pt larger than the body
        signals["size"] = 3.0 if paragraph.size >= body_size * 1.4 else 2.0
    score = sum(signals.values())
    if paragraph.centered:
        score += 0.5
    if following is not None and _is_body(following):
        score += 1.0
    elif following is None:
        score -= 1.0
    if _SENTENCE_END.search(text) and not re.fullmatch(r".{0,12}\d[.)]", text):
        score -= 2.0
    if not signals:
        return (score - 10, "", ())
    reason = max(signals, key=lambda name: (signals[name], name in ("numbering", "pattern")))
    if family is None:
        family = ("look", paragraph.bold, paragraph.caps, paragraph.underline, paragraph.size or 0)
    return score, reason, family


def _is_body(paragraph: Paragraph) -> bool:
    """Text that reads as body after a heading: a longer paragraph, a sentence, a list or a table."""
    text = paragraph.text.strip()
    if paragraph.in_table or (paragraph.list_id is not None and not paragraph.bold):
        return True
    return len(text.split()) > MAX_HEADING_WORDS // 2 or bool(_SENTENCE_END.search(text) or _LEAD_IN.search(text))


def _family_levels(chosen: dict[int, tuple[object, ...]], paragraphs: list[Paragraph]) -> dict[tuple[object, ...], int]:
    """Level (1-based, relative) of each family of guessed headings."""
    first: dict[tuple[object, ...], int] = {}
    size: dict[tuple[object, ...], int] = {}
    for index in sorted(chosen):
        family = chosen[index]
        first.setdefault(family, index)
        size[family] = max(size.get(family, 0), paragraphs[index].size or 0)

    def key(family: tuple[object, ...]) -> tuple[int, int, int, int]:
        division = _division_class(family)
        depth = int(family[1]) if family[0] in ("decimal", "list") else 1  # type: ignore[call-overload]
        return division, depth, -size[family], first[family]

    ordered = sorted((family for family in first if family[0] != "annex"), key=key)
    levels = {family: rank for rank, family in enumerate(ordered, 1)}
    levels.update({family: 1 for family in first if family[0] == "annex"})  # an annex is a top division
    return levels


def _division_class(family: tuple[object, ...]) -> int:
    return int(family[1]) if family[0] == "division" else _DIVISION_CLASS  # type: ignore[call-overload]


def _base_level(explicit: dict[int, Heading], positions: list[int], index: int) -> int:
    """Level of the styled heading a guessed heading comes under; with none before it, the title's (1).

    Guessed headings start at level 2, as sections under a policy title do (``##`` in ``.policy.md``).
    """
    before = bisect.bisect_left(positions, index)
    return explicit[positions[before - 1]].level if before else 1
