"""Word list numbering (``numbering.xml``): which paragraphs are numbered, and the number each shows.

Word does not store the numbers a reader sees: a paragraph points to a list (``w:numId``) and a
depth (``w:ilvl``); the list's abstract definition gives each depth a start value, a format and a
label template (``"Article %1 -"``, ``"%1.%2."``). :class:`ListCounter` replays the document in
order, as Word does (counters shared by lists of one definition, restarted by ``startOverride``,
deeper levels restarted by a shallower item), so the importer can keep an ordered list's start
number and put a numbered heading's label back into its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from editor.importers.docx_xml import int_val, val, w

BULLET_FORMATS = frozenset({"bullet", "none", ""})
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


@dataclass(frozen=True)
class Level:
    """One depth of a list definition."""

    start: int = 1
    format: str = "decimal"
    text: str = "%1."
    style: str | None = None  # a paragraph style linked to this level (heading numbering links Heading N)
    legal: bool = False  # w:isLgl: every number shown in decimal ("1.1" under "Article I")

    @property
    def ordered(self) -> bool:
        return self.format not in BULLET_FORMATS


@dataclass(frozen=True)
class _List:
    abstract: str
    overrides: dict[int, int]


class Numbering:
    """The list definitions of a document (empty when it has no ``numbering.xml``)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.root = root
        self._abstract: dict[str, dict[int, Level]] = {}
        self._lists: dict[str, _List] = {}
        self._synthetic: dict[bool, str] = {}
        if root is None:
            return
        for abstract in root.iter(w("abstractNum")):
            levels: dict[int, Level] = {}
            for level in abstract.iter(w("lvl")):
                depth = _int(level.get(w("ilvl")))
                if depth is None or not 0 <= depth <= 8:
                    continue
                levels[depth] = Level(
                    start=int_val(level.find(w("start"))) or 0 if level.find(w("start")) is not None else 1,
                    format=(val(level.find(w("numFmt")), "decimal") or "decimal"),
                    text=val(level.find(w("lvlText")), "") or "",
                    style=val(level.find(w("pStyle"))),
                    legal=level.find(w("isLgl")) is not None,
                )
            self._abstract[abstract.get(w("abstractNumId")) or ""] = levels
        for num in root.iter(w("num")):
            overrides: dict[int, int] = {}
            for override in num.iter(w("lvlOverride")):
                depth = _int(override.get(w("ilvl")))
                start = int_val(override.find(w("startOverride")))
                if depth is not None and start is not None:
                    overrides[depth] = start
            self._lists[num.get(w("numId")) or ""] = _List(val(num.find(w("abstractNumId")), "") or "", overrides)

    def nested_list(self, ordered: bool) -> str | None:
        """A list of our own with nine levels (bullets or "1."), added to the document's numbering.

        Word's "List Bullet 2" styles each point to a separate one-level list; paragraphs of the
        family moved onto one nine-level list keep the nesting Word shows. None without numbering.
        """
        if self.root is None:
            return None
        if ordered in self._synthetic:
            return self._synthetic[ordered]
        number = 9000 + len(self._synthetic)
        while str(number) in self._lists or str(number) in self._abstract:
            number += 1
        abstract = etree.Element(w("abstractNum"))
        abstract.set(w("abstractNumId"), str(number))
        levels: dict[int, Level] = {}
        for depth in range(9):
            level = Level(1, "decimal" if ordered else "bullet", f"%{depth + 1}." if ordered else "•")
            levels[depth] = level
            element = etree.SubElement(abstract, w("lvl"))
            element.set(w("ilvl"), str(depth))
            for name, value in (("start", "1"), ("numFmt", level.format), ("lvlText", level.text)):
                etree.SubElement(element, w(name)).set(w("val"), value)
        self.root.insert(0, abstract)
        num = etree.SubElement(self.root, w("num"))
        num.set(w("numId"), str(number))
        etree.SubElement(num, w("abstractNumId")).set(w("val"), str(number))
        self._abstract[str(number)] = levels
        self._lists[str(number)] = _List(str(number), {})
        self._synthetic[ordered] = str(number)
        return str(number)

    @property
    def changed(self) -> bool:
        return bool(self._synthetic)

    def level(self, num_id: str, depth: int) -> Level | None:
        """The definition of depth ``depth`` of list ``num_id`` (None: not a list, e.g. numId 0)."""
        found = self._lists.get(num_id)
        if found is None:
            return None
        return self._abstract.get(found.abstract, {}).get(depth)

    def abstract(self, num_id: str) -> str:
        found = self._lists.get(num_id)
        return found.abstract if found else ""

    def overrides(self, num_id: str) -> dict[int, int]:
        found = self._lists.get(num_id)
        return found.overrides if found else {}


class ListCounter:
    """Numbers of numbered paragraphs, given in document order."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    def next(self, num_id: str, depth: int) -> tuple[int, str] | None:
        """(value, label) of the next paragraph of list ``num_id`` at ``depth``; None for no list."""
        level = self.numbering.level(num_id, depth)
        if level is None:
            return None
        abstract = self.numbering.abstract(num_id)
        counters = self._counters.setdefault(abstract, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for overridden in self.numbering.overrides(num_id):
                counters[overridden] = None
        current = counters[depth]
        value = current + 1 if current is not None else self._start(num_id, depth)
        counters[depth] = value
        for deeper in range(depth + 1, 9):
            counters[deeper] = None
        return value, self._label(num_id, depth, level, counters)

    def _start(self, num_id: str, depth: int) -> int:
        override = self.numbering.overrides(num_id).get(depth)
        if override is not None:
            return override
        level = self.numbering.level(num_id, depth)
        return level.start if level is not None else 1

    def _label(self, num_id: str, depth: int, level: Level, counters: list[int | None]) -> str:
        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = self.numbering.level(num_id, index)
            value = counters[index] if counters[index] is not None else self._start(num_id, index)
            fmt = "decimal" if (level.legal and index != depth) or shown is None else shown.format
            return format_number(value or 0, fmt)

        return _PLACEHOLDER.sub(number, level.text).strip() if level.ordered else ""


def format_number(value: int, fmt: str) -> str:
    """``value`` as Word shows it in the numbering format ``fmt``."""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = _letters(value)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    if value <= 0:
        return str(value)
    out = []
    for amount, symbol in _ROMAN:
        while value >= amount:
            out.append(symbol)
            value -= amount
    return "".join(out)


def _letters(value: int) -> str:
    """Word's letters: A..Z, then AA..ZZ (the letter repeated), and so on."""
    if value <= 0:
        return str(value)
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
