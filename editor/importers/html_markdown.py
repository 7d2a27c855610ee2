"""HTML element trees (from :mod:`editor.importers.html_tree`) to section-body Markdown.

The Markdown written here is the dialect the render pipeline reads (Python-Markdown with tables,
sane lists, attribute lists; raw HTML shown as text): paragraphs, ``**bold**``, ``*italic*``,
links (internal ``#anchors`` mapped to section ids afterwards), nested lists, pipe tables, hard
line breaks, blockquotes, inline code and fenced code. Text is escaped only where Markdown would
read it as markup, so the native file stays readable. No-break spaces (U+00A0, U+202F) are text
and are kept; only ASCII whitespace collapses, as in a browser.

The Markdown renders as the HTML showed (``tests/importers/test_html_markdown.py`` checks it
against the preview's renderer with generated HTML): white space of any kind and line breaks at
the edge of emphasis, links and code go outside the markers (``**Texte proposé :**\u00a0``, as
``**Texte proposé :\u00a0**`` is no emphasis); empty emphasis and spans are unwrapped, nested
emphasis of one kind flattened and touching ones joined before conversion; italic is written
``_`` where ``*`` would touch bold markers in a way the delimiter rules pair wrongly.

Headings met while converting are returned as :class:`HeadingMark` items when the caller splits
sections (``split=True``); inside lists, quotes and tables they become bold paragraphs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements read as blocks; any other element is inline (its text kept as is).
BLOCKS = frozenset(
    {
        "p", "ul", "ol", "menu", "dir", "dl", "table", "blockquote", "pre", "hr", "div", "section", "article",
        "main", "header", "footer", "nav", "aside", "address", "center", "figure", "figcaption", "details",
        "summary", "fieldset", "legend", "form", "hgroup", "dialog", "li", "dd", "dt", "tr", "td", "th", "tbody",
        "thead", "tfoot", "caption", "body",
    }
) | HEADINGS  # fmt: skip

#: Marks a hard line break inside an inline run (a private-use character, removed from input text).
BREAK = "\ue000"
#: Wrap an internal anchor target until section ids are known.
ANCHOR_OPEN, ANCHOR_CLOSE = "\ue001", "\ue002"
#: The "!" of an image we write (any other "!" before "[" is escaped when the paragraph is finished).
IMAGE_BANG = "\ue005"
#: Italic markers, chosen ("*" or "_") once the paragraph around them is known: see resolve_emphasis.
EM_OPEN, EM_CLOSE = "\ue003", "\ue004"
_PRIVATE = re.compile("[\ue000-\ue005]")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_BREAKS = re.compile(rf" *{BREAK}(?: *{BREAK})* *")
#: Two breaks or more: a paragraph ends there (white space of any kind between them: the source's
#: line ends are collapsed only when the paragraph is finished, after emphasis has been closed).
_PARAGRAPH_BREAK = re.compile(rf"[ \t\n\r\f\v]*{BREAK}[ \t\n\r\f\v]*(?:{BREAK}[ \t\n\r\f\v]*)+")
_ANCHOR = re.compile(f"{ANCHOR_OPEN}([^{ANCHOR_CLOSE}]*){ANCHOR_CLOSE}")
_LINK_TEXT_ESCAPE = re.compile(r"([\\`*{\[\]])|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
#: A "!" of the text just before "[" (a link's, or the text's): escaped, or it would make an image.
_BANG_BEFORE_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)!(?=\[)")
_LINE_START = re.compile(r"^(#|>|[-+*](?=[ \t]|$)|\d+(?=[.)](?:[ \t]|$))|=+[ \t]*$|-+[ \t]*$|:(?=[ \t]))")
_SAFE_HREF = re.compile(r"^(https?:|mailto:|tel:|#|/|\.|\?|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)
_SAFE_SRC = re.compile(r"^(https?:|/|\.|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)
_FENCE_RUN = re.compile(r"`{3,}")


@dataclass(frozen=True)
class HeadingMark:
    """A heading met at section level: where the caller starts a new section."""

    level: int
    title: str
    anchor: str | None


_MAY_NEED_ESCAPE = re.compile(r"[\\`*{_\]]")
#: Where a backslash goes: before a backslash, ` * {, an "_" at a word's edge, a "]" before "(", "[" or ":".
_ESCAPE_POINT = re.compile(r"(?=[\\`*{])|(?<![0-9A-Za-z])(?=_)|(?=_(?![0-9A-Za-z]))|(?=\](?=[(\[:]))")


def escape_text(text: str) -> str:
    """Escape the characters Markdown would read as inline markup."""
    if not _MAY_NEED_ESCAPE.search(text):
        return text
    return _ESCAPE_POINT.sub(r"\\", text)  # a plain replacement: no Python call per match


def escape_line_starts(text: str) -> str:
    """Escape what would start a heading, quote, list or setext underline at the start of a line."""
    if "\n" not in text:
        return _LINE_START.sub(_escape_first, text) if text[:1] in _LINE_START_CHARS else text
    first, *others = text.split("\n")
    return "\n".join([_LINE_START.sub(_escape_first, first), *(_LINE_START.sub(_escape_next, line) for line in others)])


def _escape_first(match: re.Match[str]) -> str:
    token = match.group(0)
    if token[0].isdigit() or token[0] in "=:":
        return token  # "1." is escaped on the dot (see finish_inline); "=" and ": " act on a line above
    return "\\" + token


def _escape_next(match: re.Match[str]) -> str:
    token = match.group(0)
    if token[0] == "=":
        return " " + token  # "=" has no backslash escape; an indented line is no setext underline
    if token[0] == ":":
        return "    " + token  # nor ":"; indented by four, ": x" starts no definition
    return _escape_first(match)


_LINE_START_CHARS = frozenset("#>-+*=:")
_ORDINAL_START = re.compile(r"^(\d+)([.)])(?=[ \t]|$)", re.MULTILINE)


def plain_text(element: etree.Element) -> str:
    """An element's text with ASCII whitespace collapsed (no-break spaces kept)."""
    return _SPACES.sub(" ", "".join(element.itertext()).replace(BREAK, " ")).strip(" ")


def clean_title(text: str) -> str:
    return _PRIVATE.sub("", _SPACES.sub(" ", text)).strip(" \u00a0\u202f")


def resolve_anchors(markdown: str, anchors: dict[str, str]) -> str:
    """Put the final section ids into internal links written while ids were unknown."""
    return _ANCHOR.sub(lambda m: anchors.get(m.group(1), m.group(1)), markdown)


def finish_inline(text: str) -> list[str]:
    """Paragraph texts from an inline run: whitespace collapsed, one break -> hard break, two -> new paragraph."""
    text = _SPACES.sub(" ", text)
    chunks: list[str] = []
    for chunk in _PARAGRAPH_BREAK.split(text) if BREAK in text else [text]:
        chunk = chunk.strip()  # white space of any kind at a paragraph's edge shows nothing
        if BREAK in chunk:
            chunk = _BREAKS.sub(BREAK, chunk).strip(BREAK).strip()
        if not chunk:
            continue
        if chunks and chunk[:1] == ":" and chunk[1:2].isspace():
            chunks[-1] += BREAK + chunk  # ": x" opening a paragraph would make the one before a definition term
            continue
        chunks.append(chunk)
    paragraphs = []
    for chunk in chunks:
        if EM_OPEN in chunk:
            chunk = resolve_emphasis(chunk)
        if "!" in chunk:
            chunk = _BANG_BEFORE_BRACKET.sub(r"\1\\!", chunk)
        chunk = chunk.replace(BREAK, "  \n").replace(IMAGE_BANG, "!")
        if chunk[:1].isdigit() or "\n" in chunk:
            chunk = _ORDINAL_START.sub(r"\1\\\2", chunk)
        paragraphs.append(escape_line_starts(chunk))
    return paragraphs


_WORD = re.compile(r"\w")
_EM_SPAN = re.compile(f"{EM_OPEN}([^{EM_CLOSE}]*){EM_CLOSE}")


def resolve_emphasis(text: str) -> str:
    """Write the italic markers of a paragraph: ``*`` as a rule, ``_`` where a ``*`` marker would touch
    bold markers (``**a***b*``, ``***a**b**c***``: runs that Python-Markdown, like CommonMark, may pair
    wrongly) and the text around allows ``_`` (no letter or digit just outside)."""
    out: list[str] = []
    previous = ""  # the last character written
    last = 0
    for match in _EM_SPAN.finditer(text):
        between = text[last : match.start()]
        if between:
            out.append(between)
            previous = between[-1]
        inner = match.group(1)
        after = text[match.end() : match.end() + 1]
        touches_bold = "*" in (previous, after, inner[:1], inner[-1:])
        free = not _WORD.match(previous or " ") and not _WORD.match(after or " ") and after not in (EM_OPEN, "_")
        marker = "_" if touches_bold and free else "*"
        out.append(marker + inner + marker)
        previous = marker
        last = match.end()
    out.append(text[last:])
    return "".join(out).replace(EM_OPEN, "*").replace(EM_CLOSE, "*")


class Converter:
    """Converts one document; keeps counts of what it left out and the anchors it saw."""

    def __init__(self) -> None:
        self.unsafe_links = 0
        self.dropped_images = 0
        #: (html id, number of section headings emitted before it), in document order.
        self.anchor_log: list[tuple[str, int]] = []
        self.headings_emitted = 0
        #: Underlined, struck-through, highlighted, sub- and superscript passages kept as plain text.
        self.dropped_formatting = 0
        self._merged = False
        self._in_link = 0

    # -- blocks ---------------------------------------------------------------------------------
    def blocks(self, container: etree.Element, split: bool = False) -> list[str | HeadingMark]:
        """The Markdown blocks (and, with ``split``, heading marks) of a container's content."""
        out: list[str | HeadingMark] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                out.extend(finish_inline("".join(run)))
                run.clear()

        if not self._merged:  # once, on the outermost container
            self._merged = True
            self.dropped_formatting = count_dropped_formatting(container)
            unwrap_nested(container)
            for element in container.iter():
                merge_adjacent(element)
        self._note_anchor(container)
        if container.text:
            run.append(self._text(container.text))
        for child in container:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in BLOCKS:
                flush()
                self._block(child, split, out)
            else:
                run.append(self.inline(child))
            if child.tail:
                run.append(self._text(child.tail))
        flush()
        return out

    def _block(self, element: etree.Element, split: bool, out: list[str | HeadingMark]) -> None:
        tag = element.tag
        if tag in HEADINGS:
            self._heading(element, split, out)
        elif tag == "p":
            self._note_anchor(element)
            out.extend(finish_inline(self._inline_children(element)))
        elif tag in ("ul", "ol", "menu", "dir"):
            text = self._list(element, ordered=tag == "ol")
            if text:
                out.append(text)
        elif tag == "table":
            text = self._table(element)
            if text:
                out.append(text)
        elif tag == "blockquote":
            inner = [block for block in self.blocks(element) if isinstance(block, str)]
            if inner:
                quoted = "\n\n".join(inner)
                out.append("\n".join("> " + line if line else ">" for line in quoted.split("\n")))
        elif tag == "pre":
            out.append(self._pre(element))
        elif tag == "hr":
            out.append("* * *")
        elif tag == "dl":
            out.extend(self._definitions(element))
        else:
            out.extend(self.blocks(element, split))

    def _heading(self, element: etree.Element, split: bool, out: list[str | HeadingMark]) -> None:
        anchor = element.get("id") or element.get("name")
        if anchor is None:
            for inner in element.iter():
                anchor = inner.get("id") or inner.get("name")
                if anchor:
                    break
        title = clean_title("".join(element.itertext()).replace(BREAK, " "))
        if split:
            self.headings_emitted += 1
            self._note_anchor(element, skip_self=False)
            out.append(HeadingMark(int(element.tag[1]), title, anchor))
            return
        self._note_anchor(element)
        text = self._inline_children(element)
        paragraphs = finish_inline(text)
        if paragraphs:
            out.append("**" + " ".join(paragraphs).replace("  \n", " ") + "**" if title else paragraphs[0])

    def _list(self, element: etree.Element, ordered: bool) -> str:
        self._note_anchor(element)
        number = _int(element.get("start"), 1)
        items: list[str] = []
        loose = False
        pending: list[etree.Element] = []
        for child in element:
            if child.tag != "li":
                pending.append(child)  # stray content between items belongs to the previous item
                continue
            pending.append(child)
        groups: list[list[str | HeadingMark]] = []
        for child in pending:
            content = self.blocks(child) if child.tag == "li" else self._as_blocks(child)
            if child.tag == "li" or not groups:
                groups.append([])
            groups[-1].extend(content)
        if element.text and element.text.strip():
            groups.insert(0, list(finish_inline(self._text(element.text))))
        for blocks in groups:
            texts = [block for block in blocks if isinstance(block, str)]
            if not texts:
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            parts = [texts[0]]
            for block in texts[1:]:
                is_list = block.startswith(("- ", "* ")) or bool(re.match(r"\d+\. ", block))
                if not is_list:
                    loose = True
                parts.append(("\n" if is_list else "\n\n") + block)
            body = "".join(parts)
            lines = body.split("\n")
            items.append(marker + lines[0] + "".join("\n" + ("    " + line if line else "") for line in lines[1:]))
        return ("\n\n" if loose else "\n").join(items)

    def _as_blocks(self, element: etree.Element) -> list[str | HeadingMark]:
        out: list[str | HeadingMark] = []
        if element.tag in BLOCKS:
            self._block(element, False, out)
        else:
            out.extend(finish_inline(self.inline(element) + self._text(element.tail or "")))
        return out

    def _table(self, element: etree.Element) -> str:
        self._note_anchor(element)
        rows: list[list[str]] = []
        header_rows = 0
        caption = ""
        for part in element.iter():
            if part.tag == "caption":
                caption = " ".join(finish_inline(self._inline_children(part)))
            if part.tag != "tr":
                continue
            cells: list[str] = []
            all_headers = True
            for cell in part:
                if cell.tag not in ("td", "th"):
                    continue
                all_headers = all_headers and cell.tag == "th"
                text = " ".join(p.replace("  \n", " ") for p in finish_inline(self._inline_children(cell)))
                cells.append(text.replace("|", "\\|"))
                cells.extend([""] * (_int(cell.get("colspan"), 1) - 1))
            if cells:
                if all_headers and header_rows == len(rows):
                    header_rows += 1
                rows.append(cells)
        if not rows:
            return caption
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        if header_rows > 1:  # several header rows: the extra ones become ordinary rows
            header_rows = 1
        head = rows[0]
        body = rows[1:]
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * width) + "|"]
        lines.extend("| " + " | ".join(row) + " |" for row in body)
        table = "\n".join(line.replace("|  |", "| |") for line in lines)
        return (escape_line_starts(caption) + "\n\n" + table) if caption else table

    def _pre(self, element: etree.Element) -> str:
        self._note_anchor(element)
        code = _PRIVATE.sub("", "".join(element.itertext())).strip("\n")
        language = ""
        for node in (element, *element.iter("code")):
            for name in (node.get("class") or "").split():
                if name.startswith(("language-", "lang-")):
                    language = name.split("-", 1)[1]
                    break
        longest = max((len(m.group(0)) for m in _FENCE_RUN.finditer(code)), default=2)
        fence = "`" * max(3, longest + 1)
        return f"{fence}{language}\n{code}\n{fence}"

    def _definitions(self, element: etree.Element) -> list[str]:
        self._note_anchor(element)
        out: list[str] = []
        term: list[str] = []
        for child in element:
            if child.tag == "dt":
                term.append(" ".join(finish_inline(self._inline_children(child))).replace("  \n", " "))
            elif child.tag == "dd":
                text = " ".join(b for b in self.blocks(child) if isinstance(b, str)).replace("\n", " ")
                if term:
                    out.append("\n".join(term) + "\n:   " + text)
                    term = []
                else:
                    out.append(text)
            else:
                out.extend(b for b in self._as_blocks(child) if isinstance(b, str))
        out.extend(term)
        return out

    # -- inline ---------------------------------------------------------------------------------
    def inline(self, element: etree.Element) -> str:
        """One inline element as Markdown (its tail not included)."""
        tag = element.tag if isinstance(element.tag, str) else ""
        self._note_anchor(element)
        if tag == "br":
            return BREAK
        if tag in ("strong", "b"):
            return self._emphasis("**", element)
        if tag in ("em", "i", "cite", "dfn", "var"):
            return self._emphasis("*", element)
        if tag in ("code", "kbd", "samp", "tt"):
            return _code(_PRIVATE.sub("", "".join(element.itertext())))
        if tag == "a":
            return self._link(element)
        if tag == "img":
            return self._image(element)
        if tag in BLOCKS:  # a block inside an inline element: its text, set apart by spaces
            return " " + self._inline_children(element) + " "
        return self._inline_children(element)

    def _emphasis(self, marker: str, element: etree.Element) -> str:
        # nested emphasis of one kind (<b><b>x</b></b>) was unwrapped before: see unwrap_nested
        if marker == "*":
            return enclose(self._inline_children(element), EM_OPEN, EM_CLOSE)
        return _wrap(marker, self._inline_children(element))

    def _inline_children(self, element: etree.Element) -> str:
        parts = [self._text(element.text)] if element.text else []
        for child in element:
            parts.append(self.inline(child))
            if child.tail:
                parts.append(self._text(child.tail))
        return "".join(parts)

    def _link(self, element: etree.Element) -> str:
        href = (element.get("href") or "").strip()
        self._in_link += 1
        try:
            text = self._inline_children(element)
        finally:
            self._in_link -= 1
        if not href:
            return text
        if not _SAFE_HREF.match(href.replace(" ", "")):
            self.unsafe_links += 1
            return text
        lead, core, trail = split_edges(text)
        if not core:
            return text  # a link around white space only: the space stays, the link goes
        if href.startswith("#"):
            target = "#" + ANCHOR_OPEN + _PRIVATE.sub("", href[1:]) + ANCHOR_CLOSE
        else:
            target = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
        title = element.get("title")
        if not title and core == href and re.match(r"https?://[^\s<>]+$", href):
            return f"{lead}<{href}>{trail}"
        suffix = ' "' + title.replace('"', "'") + '"' if title and title.strip() else ""
        return enclose(text, "[", f"]({target}{suffix})")

    def _image(self, element: etree.Element) -> str:
        src = (element.get("src") or "").strip()
        alt = _LINK_TEXT_ESCAPE.sub(lambda m: "\\" + m.group(0), clean_title(element.get("alt") or ""))
        if not src or not _SAFE_SRC.match(src):
            self.dropped_images += 1
            return alt
        return f"{IMAGE_BANG}[{alt}]({src.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})"

    def _text(self, text: str) -> str:
        if _PRIVATE.search(text):
            text = _PRIVATE.sub("", text)
        return self._link_text(text) if self._in_link else escape_text(text)

    def _link_text(self, text: str) -> str:
        return _LINK_TEXT_ESCAPE.sub(lambda m: "\\" + m.group(0), _PRIVATE.sub("", text))

    def _note_anchor(self, element: etree.Element, skip_self: bool = False) -> None:
        if skip_self:
            return
        for name in ("id", "name"):
            value = element.get(name)
            if value:
                self.anchor_log.append((value, self.headings_emitted))


_KIND = {
    "strong": "**", "b": "**", "em": "*", "i": "*", "cite": "*", "dfn": "*", "var": "*", "code": "`", "kbd": "`",
    "samp": "`", "tt": "`",
}  # fmt: skip
#: Inline elements that are more than their content (everything else, span, u, small..., is transparent).
_MEANINGFUL_INLINE = frozenset({*_KIND, "a", "img", "br"})


def _kind(element: etree.Element) -> str | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "a":
        return "a " + element.get("href", "") if element.get("href") else None
    return _KIND.get(tag)


#: Formatting the dialect cannot hold: its text is kept, plain.
_UNKEPT_FORMATTING = frozenset({"u", "s", "strike", "del", "ins", "mark", "sub", "sup", "big", "small"})
#: Superscript ordinal suffixes (1<sup>er</sup>, XIX<sup>e</sup>, 2<sup>nd</sup>): the render pipeline makes them
#: superscript again, so nothing is lost.
_ORDINAL_SUFFIX = re.compile(r"(?:er|re|e|ème|eme|ère|ers|res|es|nd|rd|th|st|o|a)", re.IGNORECASE)


def count_dropped_formatting(root: etree.Element) -> int:
    """How many passages carry formatting the Markdown cannot keep (ordinal superscripts do not count)."""
    count = 0
    for element in root.iter():
        if element.tag not in _UNKEPT_FORMATTING:
            continue
        text = "".join(element.itertext()).strip()
        if text and not (element.tag == "sup" and _ORDINAL_SUFFIX.fullmatch(text)):
            count += 1
    return count


def unwrap_nested(root: etree.Element, open_kinds: frozenset[str] = frozenset()) -> None:
    """Remove inline elements inside one of their own kind (``<b>a<strong>b</strong></b>``: all bold)."""
    index = 0
    while index < len(root):
        child = root[index]
        kind = _kind(child)
        base = kind.split(" ")[0] if kind else None
        if (base is not None and base in open_kinds) or _transparent(child):
            _unwrap(root, index)
            continue  # the unwrapped element's children now stand at ``index``
        inner = open_kinds | {base} if base else open_kinds
        if child.tag in HEADINGS:
            inner = inner | {"**"}  # a heading written as a bold paragraph (in a list, a quote) is bold already
        unwrap_nested(child, inner)
        index += 1


def _transparent(element: etree.Element) -> bool:
    """An inline element that shows nothing of its own: a span, or emphasis, code or link around white space."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in BLOCKS or element.get("id") or element.get("name"):
        return False
    if tag not in _MEANINGFUL_INLINE:
        return True
    if tag in ("img", "br") or "".join(element.itertext()).strip():
        return False
    return not any(inner.tag == "img" for inner in element.iter())


def _unwrap(parent: etree.Element, index: int) -> None:
    """Replace ``parent[index]`` by its content (text, children, tail)."""
    element = parent[index]
    before = parent[index - 1] if index else None
    pieces = [element.text or ""]
    children = list(element)
    if children:
        children[-1].tail = (children[-1].tail or "") + (element.tail or "")
    else:
        pieces.append(element.tail or "")
    text = "".join(pieces)
    if before is None:
        parent.text = (parent.text or "") + text
    else:
        before.tail = (before.tail or "") + text
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)


def merge_adjacent(element: etree.Element) -> None:
    """Join touching siblings of one kind (``<em>a</em><em>b</em>`` -> ``<em>ab</em>``): they look the
    same, and ``*a**b*`` would not read as two emphases."""
    children = list(element)
    index = 0
    while index + 1 < len(children):
        first, second = children[index], children[index + 1]
        kind = _kind(first)
        if kind is None or kind != _kind(second) or first.tail or first.get("id") or second.get("id"):
            index += 1
            continue
        if second.text:
            if len(first):
                first[-1].tail = (first[-1].tail or "") + second.text
            else:
                first.text = (first.text or "") + second.text
        first.extend(list(second))
        first.tail = second.tail
        element.remove(second)
        del children[index + 1]


def _is_edge_space(char: str) -> bool:
    """White space of any kind (U+00A0 and U+202F too) or a line break: never just inside a marker."""
    return char.isspace() or char == BREAK


def split_edges(text: str) -> tuple[str, str, str]:
    """``(leading white space, core, trailing white space)`` of an inline run (breaks count as space)."""
    start = 0
    while start < len(text) and _is_edge_space(text[start]):
        start += 1
    end = len(text)
    while end > start and _is_edge_space(text[end - 1]):
        end -= 1
    return text[:start], text[start:end], text[end:]


def _wrap(marker: str, inner: str) -> str:
    """``**inner**`` with edge white space of any kind moved outside: Python-Markdown (like CommonMark)
    reads no emphasis whose marker touches a space, so ``**Texte :\u00a0**`` would show its asterisks.
    Emphasis around nothing but white space is dropped (the space is kept)."""
    return enclose(inner, marker, marker)


def enclose(inner: str, opening: str, closing: str) -> str:
    """``opening + inner + closing`` with edge white space and breaks moved outside, nothing around
    white space alone, and closed and reopened where a paragraph ends inside."""
    lead, core, trail = split_edges(inner)
    if not core:
        return inner
    if BREAK in core and _PARAGRAPH_BREAK.search(core):
        parts = [enclose(part, opening, closing) for part in _PARAGRAPH_BREAK.split(core)]
        gaps = _PARAGRAPH_BREAK.findall(core)
        return lead + parts[0] + "".join(gap + part for gap, part in zip(gaps, parts[1:], strict=True)) + trail
    return lead + opening + core + closing + trail


def _code(text: str) -> str:
    """A code span; edge white space goes outside (Python-Markdown strips it from the span)."""
    lead, core, trail = split_edges(_SPACES.sub(" ", text))
    if not core:
        return lead + trail
    longest = max((len(m.group(0)) for m in re.finditer(r"`+", core)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if core.startswith("`") or core.endswith("`") else ""
    return f"{lead}{ticks}{pad}{core}{pad}{ticks}{trail}"


def _int(value: str | None, default: int) -> int:
    try:
        number = int((value or "").strip())
    except ValueError:
        return default
    return max(0, min(number, 1000))
