"""A tolerant HTML reader that builds a bounded, inert element tree for the importers.

Built on the standard library's tokenizer (:class:`html.parser.HTMLParser`), which never fails on
junk and decodes every entity (``&#8217; &rsquo; &laquo; &nbsp; &#038;``). libxml2 (lxml) was
measured and rejected here: it silently drops any text nested deeper than 256 elements (2048
with ``huge_tree``), and an importer must never lose text without saying so.

The builder applies the HTML rules that matter for legal pages (a block start closes an open
``<p>``, ``<li>``/``<dt>``/``<dd>``/``<tr>``/``<td>`` close their open siblings, void elements,
orphan end tags ignored), keeps only harmless attributes, drops active content (scripts, styles,
frames, plugins, forms) and caps the nesting depth: elements deeper than :data:`MAX_DEPTH` are
flattened into their parent, keeping their text. Every drop is counted for the importer's notices.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Deepest element nesting kept; deeper elements are flattened into their parent (text kept).
MAX_DEPTH = 120

VOID = frozenset(
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    }
)  # fmt: skip
#: Elements whose whole content is dropped (active or invisible content).
DROPPED = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "svg", "math", "canvas", "audio", "video", "select", "textarea", "button", "input", "noembed", "noframes",
    }
)  # fmt: skip
#: Elements whose start closes an open ``<p>`` (HTML's "close a p element" rule).
CLOSES_P = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "dd", "dt",
    }
)  # fmt: skip
#: Attributes kept on elements; everything else (on* handlers, style, data-*) is dropped.
KEPT_ATTRIBUTES = frozenset(
    {
        "id", "name", "href", "src", "alt", "title", "start", "type", "colspan", "rowspan", "class", "reversed",
        "value", "lang", "dir",
    }
)  # fmt: skip
_SIBLING_SCOPE = {
    "li": ({"li"}, {"ul", "ol", "menu", "dir"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "thead": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tbody": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_IGNORED_CONTAINERS = frozenset({"html", "head", "body"})
_HEAD_ONLY = frozenset({"meta", "link", "base", "basefont", "bgsound"})
_CHARSET = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class ParsedHtml:
    """The body as an element tree (root tag ``body``) and what the reader removed."""

    root: etree.Element
    title: str | None = None
    dropped: Counter[str] = field(default_factory=Counter)
    handlers: int = 0
    flattened: int = 0


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = etree.Element("body")
        self.stack: list[etree.Element] = [self.root]
        self.skip: list[str] = []
        self.in_head = False
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.dropped: Counter[str] = Counter()
        self.handlers = 0
        self.flattened = 0
        #: Elements flattened because of the depth cap: their end tags must be ignored too.
        self.phantom: Counter[str] = Counter()

    # -- tokens ---------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split())
            self.title_parts = None
            return
        if tag == "head":
            self.in_head = False
            return
        if tag in _IGNORED_CONTAINERS or tag in VOID:
            return
        if self.phantom[tag]:
            self.phantom[tag] -= 1
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return
        # an end tag with no open element: ignored (the WordPress importer rebuilds these first)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.in_head:
            return
        self._append_text(data)

    # comments, doctypes, processing instructions and CDATA are ignored (handle_* not overridden)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![...`` is a bogus comment in HTML, up to the next ``>`` (the stdlib raises on unknown keywords)."""
        end = self.rawdata.find(">", i)
        return -1 if end < 0 else end + 1

    # -- tree construction ----------------------------------------------------------------------
    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.skip:
            if tag == self.skip[-1] and not closed:
                self.skip.append(tag)
            return
        self.handlers += sum(1 for name, _ in attrs if name.startswith("on"))
        if tag in DROPPED:
            self.dropped[tag] += 1
            if not closed and tag not in VOID:
                self.skip.append(tag)
            return
        if tag == "head":
            self.in_head = True
            return
        if tag == "title" and not closed:
            self.title_parts = []
            return
        if tag in _IGNORED_CONTAINERS:
            if tag == "body":
                self.in_head = False
            return
        if self.in_head:
            if tag in _HEAD_ONLY:
                return
            self.in_head = False  # a page that never closed its <head>: the content starts here
        self._close_implied(tag)
        if len(self.stack) > MAX_DEPTH:
            self.flattened += 1
            if tag == "br":
                self._append_text("\n")
            elif not closed:
                self.phantom[tag] += 1
            return
        kept = {name: value or "" for name, value in attrs if name in KEPT_ATTRIBUTES}
        element = etree.SubElement(self.stack[-1], tag, kept)
        if not closed:
            self.stack.append(element)

    def _close_implied(self, tag: str) -> None:
        if tag in CLOSES_P:
            self._close_nearest({"p"}, {"table", "li", "td", "th", "blockquote", "div", "section", "article"})
        if tag in _HEADINGS:
            self._close_nearest(_HEADINGS, {"table", "li", "td", "th", "blockquote", "div", "section"})
        scope = _SIBLING_SCOPE.get(tag)
        if scope is not None:
            self._close_nearest(*scope)

    def _close_nearest(self, targets: set[str] | frozenset[str], boundary: set[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            current = self.stack[index].tag
            if current in targets:
                del self.stack[index:]
                return
            if current in boundary:
                return

    def _append_text(self, data: str) -> None:
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def parse_html(html: str) -> ParsedHtml:
    """Read an HTML page or fragment; never raises on malformed markup."""
    text = html.replace("\x00", "\ufffd")
    builder = _Builder()
    try:
        builder.feed(text)
        builder.close()
    except AssertionError:  # a declaration the stdlib tokenizer refuses: read it as text instead
        builder = _Builder()
        builder.feed(text.replace("<!", "&lt;!"))
        builder.close()
    title = builder.title
    if builder.title_parts is not None:  # an unclosed <title>
        title = " ".join("".join(builder.title_parts).split())
    return ParsedHtml(builder.root, title or None, builder.dropped, builder.handlers, builder.flattened)


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first bytes, if any."""
    match = _CHARSET.search(head[:4096].decode("ascii", "replace"))
    return match.group(1).lower() if match else None
