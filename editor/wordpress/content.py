"""WordPress post content -> clean HTML: block comments, classic autop, and damaged-markup repair.

- Block editor markup (``<!-- wp:paragraph -->``): the delimiters are comments; static blocks hold
  their HTML, so removing the delimiters is what ``do_blocks`` does for them. Stray delimiters that
  leaked into rendered content (also escaped or texturized ones) are removed the same way.
- Classic raw content (``\\r\\n``, blank lines for paragraphs): a port of the essential ``wpautop``.
- Damaged exports whose opening tags were stripped (``text</p>``): the opening tag is rebuilt at
  the previous block boundary; a lost ``<a href>`` is rebuilt when its text is a URL; other orphan
  closers are removed (text kept). Every repair is returned as a notice with the text it concerns.
"""

from __future__ import annotations

import re

from editor.errors import Notice, Where

_BLOCK_COMMENT = re.compile(
    r"<!--\s*/?wp:[^>]*?/?-->"
    r"|&lt;!--\s*/?wp:.*?--&gt;"
    r"|<!(?:&#8211;|&#8212;|–|—)\s*/?wp:[^>]*?(?:&#8211;|&#8212;|–|—)>",
    re.DOTALL,
)
_AUTOP_BLOCKS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|"
    "address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|"
    "figcaption|details|menu|summary"
)
_AUTOP_OPEN = re.compile(rf"(<(?:{_AUTOP_BLOCKS})[\s/>])", re.IGNORECASE)
_AUTOP_CLOSE = re.compile(rf"(</(?:{_AUTOP_BLOCKS})>)", re.IGNORECASE)
_STARTS_BLOCK = re.compile(rf"^</?(?:{_AUTOP_BLOCKS})[\s/>]", re.IGNORECASE)
_PRE = re.compile(r"<pre[\s>].*?</pre>", re.IGNORECASE | re.DOTALL)

_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|\[\[?/?[A-Za-z][\w-]*[^\[\]]*\]\]?")
_BLOCK_TAGS = frozenset(_AUTOP_BLOCKS.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("|")) | {"br"}
_REBUILT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"})
_TRACKED_INLINE = frozenset({"a", "strong", "em", "b", "i", "span", "u", "code"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "area", "wbr", "source"})
_URL_AT_END = re.compile(r"((?:https?://|www\.)[^\s<>\"]+)(\s*)$")
_MARK = "data-wp-rebuilt"
_REBUILT_P = re.compile(rf'<(p|li|blockquote) {_MARK}="1">(.*?)(?=</\1>)', re.DOTALL)


def strip_block_comments(html: str) -> tuple[str, int]:
    """Content without block delimiters (real, escaped or texturized); returns the count removed."""
    count = 0

    def drop(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ""

    return _BLOCK_COMMENT.sub(drop, html), count


_VOID_BLOCK = re.compile(r"<!--\s*wp:([a-z0-9/_-]+)[^>]*?/-->")


def dynamic_blocks(raw: str) -> list[Notice]:
    """Notices for self-closing (dynamic) blocks: WordPress renders them at view time, the source has no text."""
    counts: dict[str, int] = {}
    for match in _VOID_BLOCK.finditer(raw):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return [
        Notice("wp.dynamic_block", {"count": count, "name": name}, Where(field="content"))
        for name, count in counts.items()
    ]


def has_blocks(raw: str) -> bool:
    return "<!-- wp:" in raw


def wpautop(text: str) -> str:
    """Paragraphs and line breaks for classic content, as WordPress's ``wpautop`` makes them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    saved: list[str] = []

    def keep(match: re.Match[str]) -> str:
        saved.append(match.group(0))
        return f"<pre wp-pre-tag-{len(saved) - 1}></pre>"

    text = _PRE.sub(keep, text)
    text = _AUTOP_OPEN.sub(r"\n\n\1", text)
    text = _AUTOP_CLOSE.sub(r"\1\n\n", text)
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip("\n ")
        if not chunk:
            continue
        if _STARTS_BLOCK.match(chunk) or chunk.startswith("<pre wp-pre-tag-"):
            out.append(chunk)
            continue
        lines = chunk.split("\n")
        joined = lines[0]
        for line in lines[1:]:
            joined += ("\n" if re.search(r"<br\s*/?>\s*$", joined) else "<br />\n") + line
        out.append(f"<p>{joined}</p>")
    text = "\n".join(out)
    return re.sub(r"<pre wp-pre-tag-(\d+)></pre>", lambda m: saved[int(m.group(1))], text)


def rebuild_tags(html: str, rendered: bool) -> tuple[str, list[Notice]]:
    """Rebuild opening tags lost from damaged content, from the closing tags that survived.

    ``rendered``: the content went through wpautop, so a newline inside a rebuilt paragraph
    stood after a ``<br />`` that was lost with the opening tags.
    """
    edits: list[tuple[int, int, str]] = []
    found: list[tuple[int, Notice]] = []
    stack: list[str] = []
    boundary = 0  # where the current block started: after the last block-level tag or shortcode
    last_token_end = 0
    for match in _TOKEN.finditer(html):
        start, end = match.span()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if not name:  # a shortcode: a block boundary
            boundary = last_token_end = end
            continue
        is_block = name in _BLOCK_TAGS
        if not closing:
            if name not in _VOID and not match.group(0).endswith("/>"):
                stack.append(name)
        elif name in stack:
            while stack and stack.pop() != name:
                pass
        elif name in _REBUILT_BLOCKS:
            at = boundary + len(html[boundary:start]) - len(html[boundary:start].lstrip())
            mark = f' {_MARK}="1"' if name in ("p", "li", "blockquote") else ""
            edits.append((at, at, f"<{name}{mark}>"))
            found.append((at, Notice("wp.rebuilt_tag", {"tag": name}, _where(html, at, start))))
        elif name == "a":
            segment_start = max(boundary, last_token_end)
            url_match = _URL_AT_END.search(html, segment_start, start)
            if url_match:
                url = url_match.group(1)
                url_start = url_match.start(1)
                lead, space = url_start, ""
                if url_start > 0 and html[url_start - 1] == "\n":
                    lead, space = url_start - 1, " "  # the newline is where the lost <a> stood
                edits.append((lead, url_start, f'{space}<a href="{_attr(url)}" {_MARK}="1">'))
                found.append((url_start, Notice("wp.rebuilt_link", {"url": url}, _where(html, url_start, start))))
            else:
                edits.append((start, end, ""))
                found.append((start, Notice("wp.orphan_closer", {"tag": name}, _where(html, segment_start, start))))
        elif name in _TRACKED_INLINE:
            edits.append((start, end, ""))
            found.append((start, Notice("wp.orphan_closer", {"tag": name}, _where(html, boundary, start))))
        if is_block:
            boundary = end
        last_token_end = end
    notices = [notice for _, notice in sorted(found, key=lambda pair: pair[0])]
    if not edits:
        return html, notices
    parts = []
    previous = 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        parts.append(html[previous:start])
        parts.append(replacement)
        previous = end
    parts.append(html[previous:])
    repaired = "".join(parts)
    if rendered:
        repaired, breaks = _breaks_in_rebuilt(repaired)
        if breaks:
            notices.append(Notice("wp.rebuilt_breaks", {"count": breaks}, Where(field="content")))
    return repaired, notices


def _breaks_in_rebuilt(html: str) -> tuple[str, int]:
    count = 0

    def convert(match: re.Match[str]) -> str:
        nonlocal count
        inner = match.group(2)
        body = inner.strip()
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]

        def one(newline: re.Match[str]) -> str:
            nonlocal count
            before = body[: newline.start()]
            if re.search(r"<br\s*/?>\s*$", before):
                return newline.group(0)
            count += 1
            return "<br />\n"

        fixed = re.sub(r"[ \t]*\n\s*", one, body)
        return f"<{match.group(1)}>{lead}{fixed}{trail}"

    return _REBUILT_P.sub(convert, html), count


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")


def _where(html: str, start: int, end: int) -> Where:
    text = re.sub(r"<[^>]*>|\[[^\]]*\]", " ", html[start:end])
    text = " ".join(text.split())
    if len(text) > 48:
        text = text[:47].rstrip() + "…"
    return Where(field="content", position=start, near=text)
