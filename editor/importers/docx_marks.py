"""The importer's decisions written into the document for mammoth, and taken back out of its HTML.

mammoth maps paragraphs to HTML by style, so each decision becomes a style of our own on the
paragraph (``PolicyEditorHeading2``, ``PolicyEditorTitle``, ``PolicyEditorPre``,
``PolicyEditorDrop``) that :data:`STYLE_MAP_LINES` maps. What mammoth cannot say is carried
through its HTML by a private-use marker and read back by :func:`finish_html`: the number an
ordered list starts at (``<ol start="3">``). A numbered heading gets the label Word shows
("Article 2 -", "3.1") as text, since the heading loses its list numbering.
"""

from __future__ import annotations

import re

from lxml import etree

from editor.importers.docx_headings import Heading
from editor.importers.docx_paragraphs import Paragraph
from editor.importers.docx_xml import w

HEADING_STYLE = "PolicyEditorHeading{level}"
TITLE_STYLE = "PolicyEditorTitle"
PRE_STYLE = "PolicyEditorPre"
DROP_STYLE = "PolicyEditorDrop"
STYLE_MAP_LINES = (
    *(f"p.{HEADING_STYLE.format(level=level)} => h{level}:fresh" for level in range(1, 7)),
    f"p.{TITLE_STYLE} => h1.document-title:fresh",
    f"p.{PRE_STYLE} => pre:separator('\\n')",
    f"p.{DROP_STYLE} => !",
)
_START = "\ue100"
_END = "\ue101"
_MARK = re.compile(f"{_START}(\\d+){_END}")
_OL_OR_MARK = re.compile(f"<ol>|{_START}(\\d+){_END}")
_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>")
_STYLE_REFERENCE = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"')
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def mark_paragraphs(
    paragraphs: list[Paragraph],
    headings: dict[int, Heading],
    title: int | None,
    dropped: set[int],
) -> int:
    """Write the decisions into the paragraphs' XML; the number of preformatted paragraphs."""
    preformatted = 0
    for index, paragraph in enumerate(paragraphs):
        heading = headings.get(index)
        if index == title:
            _set_style(paragraph, TITLE_STYLE)
            _prefix_label(paragraph)
        elif index in dropped or paragraph.toc:
            _set_style(paragraph, DROP_STYLE)
        elif heading is not None:
            _set_style(paragraph, HEADING_STYLE.format(level=max(1, min(heading.level, 6))))
            _prefix_label(paragraph)
        elif (paragraph.preformatted or paragraph.monospace) and not paragraph.in_table:
            _set_style(paragraph, PRE_STYLE)
            preformatted += 1
        else:
            if paragraph.renumber and paragraph.list_id is not None:
                _set_numbering(paragraph, paragraph.list_id, paragraph.list_depth)
            if paragraph.ordered and paragraph.list_value is not None:
                _prefix_text(paragraph, f"{_START}{paragraph.list_value}{_END}")
    return preformatted


def finish_html(html: str) -> str:
    """mammoth's HTML with list start numbers applied, markers removed and pre lines kept."""
    if _START in html:
        html = _apply_starts(html)
    if "<pre>" in html:
        html = _PRE.sub(lambda m: "<pre>" + _BREAK.sub("\n", m.group(1)) + "</pre>", html)
    return html


def _apply_starts(html: str) -> str:
    out: list[str] = []
    position = 0
    waiting: int | None = None  # index in ``out`` of an <ol> whose first number is not known yet
    for match in _OL_OR_MARK.finditer(html):
        out.append(html[position : match.start()])
        position = match.end()
        if match.group(0) == "<ol>":
            waiting = len(out)
            out.append("<ol>")
            continue
        if waiting is not None:
            start = int(match.group(1))
            if start != 1:
                out[waiting] = f'<ol start="{start}">'
            waiting = None
    out.append(html[position:])
    return _MARK.sub("", "".join(out))


def _ppr(paragraph: Paragraph) -> etree._Element:
    p = paragraph.element
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    return ppr


def _set_style(paragraph: Paragraph, style: str) -> None:
    ppr = _ppr(paragraph)
    existing = ppr.find(w("pStyle"))
    if existing is None:
        existing = etree.Element(w("pStyle"))
        ppr.insert(0, existing)
    existing.set(w("val"), style)


def _set_numbering(paragraph: Paragraph, num_id: str, depth: int) -> None:
    """Give the paragraph its own list reference (list ``num_id`` at ``depth``)."""
    ppr = _ppr(paragraph)
    numpr = etree.Element(w("numPr"))
    etree.SubElement(numpr, w("ilvl")).set(w("val"), str(depth))
    etree.SubElement(numpr, w("numId")).set(w("val"), num_id)
    style = ppr.find(w("pStyle"))
    ppr.insert(ppr.index(style) + 1 if style is not None else 0, numpr)


def _prefix_label(paragraph: Paragraph) -> None:
    """Put the number Word draws ("3.1", "Article 2 -") in front of a numbered heading's text."""
    if paragraph.list_label and not paragraph.text.lstrip().startswith(paragraph.list_label):
        _prefix_text(paragraph, paragraph.list_label + " ")


def _prefix_text(paragraph: Paragraph, text: str) -> None:
    p = paragraph.element
    run = etree.Element(w("r"))
    t = etree.SubElement(run, w("t"))
    t.text = text
    t.set(_XML_SPACE, "preserve")
    ppr = p.find(w("pPr"))
    p.insert(p.index(ppr) + 1 if ppr is not None else 0, run)


def styles_for_reader(styles: etree._Element, parts: list[bytes]) -> bytes:
    """``styles.xml`` with only the styles ``parts`` use (and the defaults), for mammoth.

    mammoth reads styles only to name them, through a slow DOM; templates carry hundreds of
    unused table styles and latent styles (python-docx's is 350 KB), which cost it a second.
    """
    used = {match.decode("utf-8", "replace") for part in parts for match in _STYLE_REFERENCE.findall(part)}
    trimmed = etree.Element(styles.tag, nsmap=styles.nsmap)
    for child in styles:
        if child.tag == w("style"):
            kept = child.get(w("styleId")) in used or child.get(w("type")) == "numbering"  # lists link to these
            if not kept and child.get(w("default")) not in ("1", "true", "on"):
                continue
        elif child.tag == w("latentStyles"):
            continue
        trimmed.append(child)
    return etree.tostring(trimmed, xml_declaration=True, encoding="UTF-8", standalone=True)
