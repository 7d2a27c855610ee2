"""The DOCX body writer: walks the pipeline's element trees and writes WordprocessingML.

It reads the same per-section trees as the HTML renderer (typography and ordinals already
applied) and writes XML text, parsed once at the end: much faster than building the document
through python-docx objects. Block mapping (pandoc's style vocabulary):

- section title -> ``Heading N`` (N = section level) with keep-with-next and a bookmark named
  by the section id; the first paragraph after a heading, list, quote or table ->
  ``First Paragraph``, others -> ``Body Text``; ``blockquote`` -> ``Block Text``;
- ``ul``/``ol`` -> ``List Bullet``/``List Number`` with a new ``w:num`` per list (restarting,
  ``<ol start>`` kept) and ``w:ilvl`` for nesting; ``table`` -> table style ``Table`` with a
  repeated header row and ``Compact`` cells; ``pre`` -> ``Source Code``;
- inline: bold, italic, code (``Verbatim Char``), strike, underline, ``sup``/``sub``, line
  breaks, links (``w:hyperlink``: external through a relationship, ``#id`` through ``w:anchor``),
  embedded images (``data:image`` sources; other images become their alternative text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from editor.exporters.docx_images import picture_run
from editor.exporters.docx_numbering import ListNumbering, level_indent
from editor.exporters.docx_text import escape, run_properties, runs
from editor.markdown.tables import cell_alignment

BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "dl", "div"}
)
INLINE_FLAGS = {
    "strong": "b",
    "b": "b",
    "em": "i",
    "i": "i",
    "code": "code",
    "del": "strike",
    "s": "strike",
    "ins": "u",
    "u": "u",
    "mark": "mark",
    "sup": "sup",
    "sub": "sub",
}
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:", "tel:")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_JC = {"left": "left", "right": "right", "center": "center"}
_EMPTY = frozenset[str]()

#: Relationship id of an external link target (the caller adds the relationship once per URL).
LinkRelater = Callable[[str], str]
#: Inline drawing XML for image bytes (or None when the image cannot be read).
ImageInliner = Callable[[bytes], str | None]


def link_target(href: str | None) -> tuple[str, str] | None:
    """("anchor", id) for an in-page link, ("external", url) for a safe URL, else None."""
    if not href:
        return None
    url = "".join(href.split()) if href.strip().lower().startswith(("http", "mailto", "tel")) else href.strip()
    if url.startswith("#"):
        return ("anchor", url[1:]) if len(url) > 1 else None
    compact = "".join(url.split()).replace("\x00", "")
    match = _SCHEME.match(compact)
    if match is None:
        return None  # relative URL: nothing to point to outside a web page
    return ("external", url) if compact.lower().startswith(SAFE_LINK_SCHEMES) else None


class BodyWriter:
    """Writes the document body as XML text (``self.parts``), section after section."""

    def __init__(
        self,
        styles: dict[str, str],
        numbering: ListNumbering,
        relate: LinkRelater,
        inline_image: ImageInliner,
        text_width: int,
        anchors: set[str],
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.relate = relate
        self.inline_image = inline_image
        self.text_width = text_width
        self.anchors = anchors
        self.parts: list[str] = []
        self._bookmark = 0
        self._first = True  # the next body paragraph is a "First Paragraph"
        self._hyperlink_rpr = run_properties(_EMPTY, styles["Hyperlink"])
        self._plain_rpr: dict[frozenset[str], str] = {}
        self._pending_number = ""  # pStyle + numPr for the first paragraph of a list item

    # -- sections ----------------------------------------------------------------------------

    def heading(self, level: int, anchor: str | None, title: etree.Element | None) -> None:
        """A section heading at ``level`` (1-6), bookmarked as ``anchor``."""
        style = self.styles[f"heading {min(max(level, 1), 6)}"]
        content = self.inline_content(title) if title is not None else ""
        self.parts.append(
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepNext/></w:pPr>{self._bookmarked(anchor, content)}</w:p>'
        )
        self._first = True

    def bookmark_only(self, anchor: str) -> None:
        """A section without a title still gets its bookmark, so links to it work."""
        self.parts.append(self._bookmarked(anchor, ""))

    def _bookmarked(self, anchor: str | None, content: str) -> str:
        if not anchor:
            return content
        self._bookmark += 1
        number = self._bookmark
        return f'<w:bookmarkStart w:id="{number}" w:name="{escape(anchor)}"/>{content}<w:bookmarkEnd w:id="{number}"/>'

    def body(self, root: etree.Element) -> None:
        """Every block of a section body."""
        self.blocks(root, quote=False)

    # -- blocks ------------------------------------------------------------------------------

    def blocks(self, container: etree.Element, quote: bool, list_level: int = -1) -> None:
        """Block children of ``container``; loose text and inline elements form paragraphs."""
        loose: list[etree.Element | str] = []
        if container.text and container.text.strip():
            loose.append(container.text)
        for child in container:
            if child.tag in BLOCK_TAGS:
                if loose:
                    self._loose_paragraph(loose, quote, list_level)
                    loose = []
                self.block(child, quote, list_level)
                if child.tail and child.tail.strip():
                    loose.append(child.tail)
            else:
                loose.append(child)
        if loose:
            self._loose_paragraph(loose, quote, list_level)

    def _loose_paragraph(self, loose: list[etree.Element | str], quote: bool, list_level: int) -> None:
        holder = etree.Element("p")
        if isinstance(loose[0], str):
            holder.text = loose[0]
            loose = loose[1:]
        for item in loose:
            if isinstance(item, str):  # a tail after a block: its own paragraph text
                self.paragraph(holder, quote, list_level)
                holder = etree.Element("p")
                holder.text = item
            else:
                holder.append(item)  # shared, not moved: ElementTree has no parent links
        self.paragraph(holder, quote, list_level)

    def block(self, element: etree.Element, quote: bool, list_level: int = -1) -> None:
        tag = element.tag
        if tag == "p":
            self.paragraph(element, quote, list_level)
        elif tag in {"ul", "ol"}:
            self.list(element, list_level + 1, quote)
        elif tag == "blockquote":
            self.blocks(element, quote=True, list_level=list_level)
            self._first = True
        elif tag == "table":
            self.table(element)
        elif tag == "pre":
            self.code_block(element)
        elif tag == "hr":
            self.parts.append(
                '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/>'
                "</w:pBdr></w:pPr></w:p>"
            )
            self._first = True
        elif tag == "dl":
            self.definition_list(element)
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading(int(tag[1]), element.get("id"), element)
        else:  # div and anything else: its content
            self.blocks(element, quote, list_level)

    def paragraph(self, element: etree.Element, quote: bool = False, list_level: int = -1, style: str = "") -> None:
        content = self.inline_content(element)
        if not content and not self._pending_number:
            return
        if not style:
            if quote:
                style = self.styles["Block Text"]
            else:
                style = self.styles["First Paragraph" if self._first else "Body Text"]
        if self._pending_number:
            properties, self._pending_number = self._pending_number, ""
        else:
            indent = f'<w:ind w:left="{level_indent(list_level)}"/>' if list_level >= 0 else ""
            properties = f'<w:pStyle w:val="{style}"/>{indent}'
        self.parts.append(f"<w:p><w:pPr>{properties}</w:pPr>{content}</w:p>")
        self._first = False

    def list(self, element: etree.Element, level: int, quote: bool) -> None:
        ordered = element.tag == "ol"
        level = min(level, 8)
        try:
            start = int(element.get("start", "1"))
        except ValueError:
            start = 1
        num_id = self.numbering.new_list(ordered, level, max(start, 0))
        style = self.styles["List Number" if ordered else "List Bullet"]
        number = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        for item in element:
            if item.tag != "li":
                continue
            self._list_item(item, style, number, level, quote)
        self._first = True

    def _list_item(self, item: etree.Element, style: str, number: str, level: int, quote: bool) -> None:
        """The item's first paragraph carries the number; the rest are indented to its text."""
        self._pending_number = f'<w:pStyle w:val="{style}"/>{number}'
        start = len(self.parts)
        self.blocks(item, quote, level)
        if self._pending_number:  # the item starts with no paragraph: an empty numbered one
            self.parts.insert(start, f"<w:p><w:pPr>{self._pending_number}</w:pPr></w:p>")
            self._pending_number = ""

    def table(self, element: etree.Element) -> None:
        rows = [row for part in element for row in (part if part.tag in {"thead", "tbody", "tfoot"} else [part])]
        rows = [row for row in rows if row.tag == "tr"]
        if not rows:
            return
        columns = max(len([cell for cell in row if cell.tag in {"th", "td"}]) for row in rows) or 1
        width = self.text_width // columns
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(columns))
        header_rows = {id(row) for part in element if part.tag == "thead" for row in part}
        compact = self.styles["Compact"]
        out = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.styles["Table"]}"/><w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        ]
        for row in rows:
            cells = [cell for cell in row if cell.tag in {"th", "td"}]
            header = id(row) in header_rows or (cells and all(cell.tag == "th" for cell in cells))
            out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if header else ""))
            for index in range(columns):
                cell = cells[index] if index < len(cells) else None
                content = self.inline_content(cell) if cell is not None else ""
                align = cell_alignment(cell) if cell is not None else None
                jc = f'<w:jc w:val="{_JC[align]}"/>' if align else ""
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f'<w:p><w:pPr><w:pStyle w:val="{compact}"/>{jc}</w:pPr>{content}</w:p></w:tc>'
                )
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))
        self._first = True

    def code_block(self, element: etree.Element) -> None:
        text = "".join(element.itertext()).rstrip("\n")
        style = self.styles["Source Code"]
        for line in text.split("\n"):  # one paragraph per line: Word and readers keep lines apart
            content = runs(line.replace("\t", "    "), "")
            self.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{content}</w:p>')
        self._first = True

    def definition_list(self, element: etree.Element) -> None:
        body = self.styles["Body Text"]
        for child in element:
            if child.tag == "dt":
                content = self.inline_content(child, frozenset({"b"}))
                self.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{body}"/><w:keepNext/></w:pPr>{content}</w:p>')
            elif child.tag == "dd":
                self.parts.append(
                    f'<w:p><w:pPr><w:pStyle w:val="{body}"/><w:ind w:left="567"/></w:pPr>'
                    f"{self.inline_content(child)}</w:p>"
                )
        self._first = True

    # -- inline ------------------------------------------------------------------------------

    def inline_content(self, element: etree.Element, flags: frozenset[str] = _EMPTY) -> str:
        """Runs (and hyperlinks) for the text and inline children of ``element``."""
        out: list[str] = []
        self._inline(element, flags, out, None)
        return "".join(out)

    def _rpr(self, flags: frozenset[str], link: bool) -> str:
        if link:
            return self._hyperlink_rpr if not flags else run_properties(flags, self.styles["Hyperlink"])
        cached = self._plain_rpr.get(flags)
        if cached is None:
            cached = self._plain_rpr[flags] = run_properties(flags, None, self.styles["Verbatim Char"])
        return cached

    def _text(self, text: str | None, flags: frozenset[str], out: list[str], link: bool) -> None:
        if not text:
            return
        if "code" not in flags:
            text = text.replace("\n", " ")
        out.append(runs(text, self._rpr(flags, link)))

    def _inline(self, element: etree.Element, flags: frozenset[str], out: list[str], link: str | None) -> None:
        self._text(element.text, flags, out, link is not None)
        for child in element:
            tag = child.tag
            if tag == "br":
                out.append("<w:r><w:br/></w:r>")
                self._text((child.tail or "").lstrip(" \n"), flags, out, link is not None)
                continue
            elif tag == "a" and link is None:
                self._link(child, flags, out)
            elif tag == "img":
                self._image(child, out)
            elif tag in BLOCK_TAGS and tag != "div":  # a block inside inline content: keep its text
                self._inline(child, flags, out, link)
            else:
                flag = INLINE_FLAGS.get(tag)
                self._inline(child, flags | {flag} if flag else flags, out, link)
            self._text(child.tail, flags, out, link is not None)

    def _link(self, element: etree.Element, flags: frozenset[str], out: list[str]) -> None:
        target = link_target(element.get("href"))
        if target is None:
            self._inline(element, flags, out, None)
            return
        inner: list[str] = []
        self._inline(element, flags, inner, "link")
        kind, value = target
        if kind == "anchor":
            out.append(f'<w:hyperlink w:anchor="{escape(value)}" w:history="1">{"".join(inner)}</w:hyperlink>')
        else:
            out.append(f'<w:hyperlink r:id="{self.relate(value)}" w:history="1">{"".join(inner)}</w:hyperlink>')

    def _image(self, element: etree.Element, out: list[str]) -> None:
        run = picture_run(element.get("src", ""), element.get("alt", ""), self.inline_image)
        if run:
            out.append(run)
            return
        alt = element.get("alt", "")
        if alt:
            out.append(runs(f"[{alt}]", self._rpr(frozenset({"i"}), False)))
