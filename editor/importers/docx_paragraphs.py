"""The body paragraphs of a Word document with everything Word says about each one's look.

One pass over ``word/document.xml`` gives, per paragraph: its text (tracked insertions in,
deletions out), style, outline level (its own or its style's), list membership and the number
Word shows, and whether bold, underline or capitals cover the whole line, its font size and a
monospace font. The heading scorer and the title finder decide from these facts only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from editor.importers.docx_lists import ListCounter, Numbering
from editor.importers.docx_styles import MONOSPACE, RunLook, StyleSheet, run_look
from editor.importers.docx_xml import int_val, val, w

#: "List Bullet 2", "List Number 3": Word's built-in list styles whose level is in the name.
_LEVELLED_LIST_STYLE = re.compile(
    r"^(list bullet|list number|liste à puces|liste numéros|aufzählungszeichen|listennummer)(?:\s+([2-9]))?$", re.I
)
#: Longer paragraphs are never heading candidates: capitals are not looked for in them.
_SHORT_LINE = 240
_SKIP = frozenset({w("del"), w("moveFrom"), w("txbxContent"), w("pPr")})


@dataclass
class Paragraph:
    """One paragraph of the body, in document order."""

    element: etree._Element
    text: str
    style: str | None
    in_table: bool
    outline: int | None  # 0-8 from the paragraph or its style; None for body text
    style_heading: int | None  # heading level its style gives (1-9)
    title_style: bool
    toc: bool
    list_id: str | None  # numId, for numbered paragraphs
    list_depth: int
    list_value: int | None
    list_label: str  # what Word shows before the text ("3.", "Article 2 -"), "" for bullets
    ordered: bool
    list_style: str | None  # the paragraph style the list level is linked to
    bold: bool
    underline: bool
    caps: bool
    size: int | None  # dominant font size, half-points
    monospace: bool
    preformatted: bool
    centered: bool
    renumber: bool = False  # the list level comes from a "List Bullet 2" style name: write it on the paragraph

    @property
    def words(self) -> int:
        return len(self.text.split())


def body_paragraphs(document: etree._Element, styles: StyleSheet, numbering: Numbering) -> list[Paragraph]:
    """Every paragraph of the body (tables included, marked), in document order."""
    body = document.find(w("body"))
    if body is None:
        return []
    counter = ListCounter(numbering)
    return [_paragraph(p, in_table, styles, numbering, counter) for p, in_table in _walk(body, False)]


def body_size(paragraphs: list[Paragraph]) -> int | None:
    """The font size of most of the text (half-points): what "bigger than the body" compares with."""
    sizes: Counter[int] = Counter()
    for paragraph in paragraphs:
        if paragraph.size is not None:
            sizes[paragraph.size] += len(paragraph.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _walk(container: etree._Element, in_table: bool) -> Iterator[tuple[etree._Element, bool]]:
    for child in container:
        tag = child.tag
        if tag == w("p"):
            yield child, in_table
        elif tag == w("tbl"):
            yield from _walk(child, True)
        elif isinstance(tag, str) and tag not in _SKIP and tag != w("sectPr"):
            yield from _walk(child, in_table)


def _paragraph(
    p: etree._Element, in_table: bool, styles: StyleSheet, numbering: Numbering, counter: ListCounter
) -> Paragraph:
    ppr = p.find(w("pPr"))
    style = val(ppr.find(w("pStyle"))) if ppr is not None else None
    outline = int_val(ppr.find(w("outlineLvl"))) if ppr is not None else None
    if outline is None or not 0 <= outline <= 8:
        outline = None if outline is not None else styles.outline_level(style)
    list_ref = _list_ref(ppr, styles, style)
    renumber = False
    if list_ref is not None and (ppr is None or ppr.find(w("numPr")) is None):
        nested = _levelled_list(styles, numbering, style)
        if nested is not None:
            list_ref, renumber = nested, True
    value, label, ordered, linked = None, "", False, None
    if list_ref is not None:
        level = numbering.level(*list_ref)
        numbered = counter.next(*list_ref)
        if level is not None and numbered is not None:
            value, label = numbered
            ordered, linked = level.ordered, level.style
        else:
            list_ref = None
    base = styles.look(style)
    texts: list[str] = []
    looks: list[tuple[RunLook, int]] = []
    for run in _runs(p):
        text = "".join(t.text or "" for t in run.findall(w("t")))  # not a text box drawn in the run
        if not text:
            continue
        texts.append(text)
        rpr = run.find(w("rPr"))
        char_style = val(rpr.find(w("rStyle"))) if rpr is not None else None
        look = run_look(rpr).over(styles.character_look(char_style)).over(base)
        if text.strip():
            looks.append((look, len(text.strip())))
    text = "".join(texts)
    short = len(text) <= _SHORT_LINE
    letters = sum(1 for c in text if c.isalpha()) if short else 0
    shown = [look for look, _ in looks]
    sizes: dict[int, int] = {}
    for look, weight in looks:
        if look.size is not None:
            sizes[look.size] = sizes.get(look.size, 0) + weight
    jc = val(ppr.find(w("jc"))) if ppr is not None else None
    return Paragraph(
        element=p,
        text=text,
        style=style,
        in_table=in_table,
        outline=outline,
        style_heading=styles.heading_level(style),
        title_style=styles.is_title(style),
        toc=styles.is_toc(style),
        list_id=list_ref[0] if list_ref else None,
        list_depth=list_ref[1] if list_ref else 0,
        list_value=value,
        list_label=label,
        ordered=ordered,
        list_style=linked,
        bold=bool(shown) and all(look.bold for look in shown),
        underline=bool(shown) and all(look.underline for look in shown),
        caps=short and bool(shown) and (all(look.caps for look in shown) or (letters >= 4 and text.upper() == text)),
        size=max(sizes, key=sizes.__getitem__) if sizes else base.size,
        monospace=bool(shown) and all(look.font and MONOSPACE.search(look.font) for look in shown),
        preformatted=styles.is_preformatted(style),
        centered=jc == "center",
        renumber=renumber,
    )


def _runs(p: etree._Element) -> Iterator[etree._Element]:
    """The runs of a paragraph, deleted text and text boxes left out."""
    stack = list(reversed(p))
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == w("r"):
            yield node
        elif isinstance(tag, str) and tag not in _SKIP:
            stack.extend(reversed(node))


def _list_ref(ppr: etree._Element | None, styles: StyleSheet, style: str | None) -> tuple[str, int] | None:
    numpr = ppr.find(w("numPr")) if ppr is not None else None
    from_style = styles.numbering(style)
    if numpr is None:
        return from_style
    num_id = val(numpr.find(w("numId")))
    depth = int_val(numpr.find(w("ilvl")))
    if num_id is None:
        num_id = from_style[0] if from_style else None
    if depth is None:
        depth = from_style[1] if from_style else 0
    if num_id is None or num_id == "0":
        return None
    return num_id, max(0, min(depth, 8))


def _levelled_list(styles: StyleSheet, numbering: Numbering, style: str | None) -> tuple[str, int] | None:
    """("List Bullet" family's nine-level list, depth 1) for a "List Bullet 2" paragraph, as Word shows it."""
    match = _LEVELLED_LIST_STYLE.match(styles.name(style).strip())
    if match is None:
        return None
    ordered = "num" in match.group(1).lower()
    num_id = numbering.nested_list(ordered)
    return (num_id, int(match.group(2) or 1) - 1) if num_id else None
