"""Real Word list numbering for the DOCX export: one ``w:num`` per list, so every list restarts.

Word numbers paragraphs through ``numbering.xml``: an ``abstractNum`` defines the nine levels
(bullet glyph or number format, indentation), and each ``w:num`` points to one with optional
per-level start overrides. All paragraphs of one list share a ``w:num``; a new list gets a new
one (restarting at 1, or at ``<ol start>``); nesting is the paragraph's ``w:ilvl``.

The ``List Bullet`` / ``List Number`` styles of the template say which abstractNum to use, so a
company template's own bullets are respected; when a template's styles carry no numbering, the
definitions below (also used to build our reference template) are added.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

LEVELS = 9
#: Left indent of list level ``n`` is ``(n + 1) * INDENT_STEP`` twips, with a hanging indent.
INDENT_STEP = 425
HANGING = 283
BULLETS = ("\u2022", "\u2013", "\u25aa")
NUMBER_FORMATS = (("decimal", "%{n}."), ("lowerLetter", "%{n})"), ("lowerRoman", "%{n}."))


def level_indent(level: int) -> int:
    """The left indent (twips) of list text at ``level`` (0-based), for continuation paragraphs."""
    return (level + 1) * INDENT_STEP


def abstract_num_xml(abstract_id: int, ordered: bool, nsid: str) -> str:
    """An abstractNum with nine levels: bullets • – ▪ or numbers 1. a) i. (repeating by three)."""
    levels = []
    for level in range(LEVELS):
        if ordered:
            fmt, text = NUMBER_FORMATS[level % 3]
            text = text.format(n=level + 1)
            run = ""
        else:
            fmt, text = "bullet", BULLETS[level % 3]
            run = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:hint="default"/></w:rPr>'
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{level_indent(level)}" w:hanging="{HANGING}"/></w:pPr>{run}</w:lvl>'
        )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


class ListNumbering:
    """Creates the ``w:num`` of each list in a document's numbering part."""

    def __init__(self, numbering: etree._Element, bullet_num: str | None, number_num: str | None) -> None:
        self.numbering = numbering
        ids = [int(n.get(qn("w:numId"))) for n in numbering.iterfind(qn("w:num"))]
        self._next_num = max(ids, default=0) + 1
        self._abstract = {
            False: self._abstract_of(bullet_num) or self._add_abstract(ordered=False),
            True: self._abstract_of(number_num) or self._add_abstract(ordered=True),
        }

    def _abstract_of(self, num_id: str | None) -> str | None:
        if num_id is None:
            return None
        for num in self.numbering.iterfind(qn("w:num")):
            if num.get(qn("w:numId")) == num_id:
                abstract = num.find(qn("w:abstractNumId"))
                return None if abstract is None else abstract.get(qn("w:val"))
        return None

    def _add_abstract(self, ordered: bool) -> str:
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.numbering.iterfind(qn("w:abstractNum"))]
        abstract_id = max(ids, default=-1) + 1
        element = parse_xml(abstract_num_xml(abstract_id, ordered, f"{0x5E110000 + abstract_id:08X}"))
        first_num = self.numbering.find(qn("w:num"))
        if first_num is None:
            self.numbering.append(element)
        else:
            first_num.addprevious(element)
        return str(abstract_id)

    def new_list(self, ordered: bool, level: int = 0, start: int = 1) -> int:
        """A new ``w:num`` for one list (restarting every level; ``start`` at ``level``); its id."""
        num_id = self._next_num
        self._next_num += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start if lvl == level else 1}"/></w:lvlOverride>'
            for lvl in range(LEVELS)
        )
        self.numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self._abstract[ordered]}"/>'
                f"{overrides}</w:num>"
            )
        )
        return num_id
