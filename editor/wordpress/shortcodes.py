"""WordPress shortcodes in page content, WPBakery's above all: parsed, converted, recorded.

WPBakery keeps its layout in shortcodes (``[vc_row][vc_column][vc_column_text]…``). Layout
wrappers are removed from the text and recorded (tag and attributes, in order) so the "keep
builder" export can put them back; ``vc_column_text`` keeps its HTML; ``vc_custom_heading``
becomes a real heading (its ``font_container`` tag); ``vc_raw_html`` (base64 of URL-encoded
HTML) is decoded; spacers and separators vanish. Attribute quotes that wptexturize damaged in
rendered content (``css=»…»``, ``″``, ``&#8221;``) are repaired before parsing. Any shortcode
this module does not know is kept as visible text, never dropped.
"""

from __future__ import annotations

import base64
import binascii
import html as html_lib
import re
import urllib.parse
from dataclasses import dataclass, field

from editor.errors import Notice, Where

#: WPBakery layout wrappers: removed from the text, recorded for the keep-builder export.
WRAPPERS = frozenset(
    {
        "vc_section",
        "vc_row",
        "vc_row_inner",
        "vc_column",
        "vc_column_inner",
        "vc_column_text",
        "vc_tta_tabs",
        "vc_tta_accordion",
        "vc_tta_tour",
        "vc_tta_section",
        "vc_message",
        "vc_toggle",
        "vc_accordion",
        "vc_accordion_tab",
        "vc_tabs",
        "vc_tab",
        "vc_cta",
    }
)
#: Self-closing elements that carry no text of their own.
SPACERS = frozenset({"vc_empty_space", "vc_separator", "vc_single_image", "vc_gmaps", "vc_video", "vc_icon"})
#: Wrappers whose ``title`` attribute is visible text (tabs, accordions, toggles).
TITLED = frozenset({"vc_tta_section", "vc_toggle", "vc_accordion_tab", "vc_tab", "vc_text_separator"})

_SHORTCODE = re.compile(
    r"\[(\[?)(/?)([A-Za-z][\w-]*)(?![\w-])((?:[^\[\]/]|/(?!\]))*?)(/?)\](\]?)",
)
_ATTR = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)
#: Curled quotes (characters and entities, with the no-break spaces French adds) back to '"'.
_CURLED = re.compile(
    r"(?:«|&laquo;|&#171;)(?:\u00a0|&nbsp;|&#160;)?|(?:\u00a0|&nbsp;|&#160;)?(?:»|&raquo;|&#187;)"
    r"|[“”″„]|&#822[01];|&#8243;|&#8222;|&Prime;|&rdquo;|&ldquo;|&bdquo;|&quot;|&#0?34;"
)
#: Elements that hold the page's text (where a text block would go when the page has none).
_CONTENT = frozenset({"vc_custom_heading", "vc_raw_html", "vc_text_separator", *TITLED})
_BRACKETED = re.compile(r"\[(?!\[)/?[A-Za-z][\w-]*[^\[\]]*\]")


@dataclass
class BuilderRecord:
    """The WPBakery layout of a page, for the keep-builder export."""

    opening: list[str] = field(default_factory=list)  # wrapper tags around the first text block, outermost first
    closing: list[str] = field(default_factory=list)
    text_blocks: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"kind": "wpbakery", "open": "".join(self.opening), "close": "".join(self.closing)}


def repair_texturized(content: str) -> tuple[str, int]:
    """Inside ``[shortcode …]`` tags, turn curled quotes back into '"'; returns the count repaired."""
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        fixed, number = _CURLED.subn('"', match.group(0))
        count += number
        return fixed

    return _BRACKETED.sub(fix, content), count


#: What else wptexturize writes into the attributes of shortcodes no plugin registered during the request
#: (entities only: the same characters typed by the author are characters, not entities).
_TEXTURIZED_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"&#0?38;"), "&"),  # a lone "&"
    (re.compile(r" &#8212; "), " -- "),  # spaced "--"
    (re.compile(r"&#8212;"), "---"),
    (re.compile(r" &#8211; "), " - "),  # spaced "-"
    (re.compile(r"&#8211;"), "--"),  # "card--wide", "--gap"
    (re.compile(r"&#821[67];|&[lr]squo;|&#8242;|&prime;"), "'"),  # apostrophes, single quotes, primes
    (re.compile(r"&#8230;|&hellip;"), "..."),
    (re.compile(r"(?<=\d)&#215;(?=\d)"), "x"),  # img_size="300x200"
)
_SHORTCODE_WITH_ATTRIBUTES = re.compile(r"\[(?!\[)[A-Za-z][\w-]*\s[^\[\]]*=[^\[\]]*\]")


def repair_texturized_marks(content: str) -> tuple[str, int]:
    """Inside shortcodes with attributes, undo wptexturize's other changes (``&#038;`` -> ``&``,
    ``&#8211;`` -> ``--``, ``300&#215;200`` -> ``300x200``, ...); returns the count repaired."""
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        text = match.group(0)
        if "&" not in text:
            return text
        for pattern, replacement in _TEXTURIZED_MARKS:
            text, number = pattern.subn(replacement, text)
            count += number
        return text

    return _SHORTCODE_WITH_ATTRIBUTES.sub(fix, content), count


def parse_attributes(text: str) -> dict[str, str]:
    """Shortcode attributes as WordPress's ``shortcode_parse_atts`` reads them."""
    attributes: dict[str, str] = {}
    position = 0
    for match in _ATTR.finditer(text.replace("\u00a0", " ").strip() + " "):
        groups = match.groups()
        if groups[0]:
            attributes[groups[0].lower()] = groups[1]
        elif groups[2]:
            attributes[groups[2].lower()] = groups[3]
        elif groups[4]:
            attributes[groups[4].lower()] = groups[5]
        else:
            value = groups[6] or groups[7] or groups[8] or ""
            attributes[str(position)] = value
            position += 1
    return attributes


def convert_shortcodes(content: str) -> tuple[str, BuilderRecord | None, list[Notice]]:
    """HTML with WPBakery shortcodes turned into HTML; the layout record (or None); notices."""
    notices: list[Notice] = []
    content, marks = repair_texturized_marks(content)
    if marks:
        notices.append(Notice("wp.texturized_marks", {"count": marks}, Where(field="content")))
    content, curled = repair_texturized(content)
    if curled:
        notices.append(Notice("wp.texturized_quotes", {"count": curled}, Where(field="content")))
    record = BuilderRecord()
    out: list[str] = []
    unknown: dict[str, int] = {}
    open_wrappers: list[str] = []  # tags of wrappers currently open
    open_source: list[str] = []  # their source text
    first_text_seen = False
    content_chain: list[str] | None = None  # the wrappers open where the first content stands
    position = 0
    builder_seen = False
    for match in _SHORTCODE.finditer(content):
        if match.start() < position:
            continue
        between = content[position : match.start()]
        if content_chain is None and open_source and _has_text(between):
            content_chain = list(open_source)
        out.append(between)
        position = match.end()
        escaped_open, closing, tag, attr_text, self_closing, escaped_close = match.groups()
        name = tag.lower()
        if escaped_open and escaped_close:  # [[tag]] is how WordPress writes a literal [tag]
            out.append(_as_text(match.group(0)[1:-1]))
            continue
        if name in WRAPPERS:
            builder_seen = True
            if closing:
                if name in open_wrappers:
                    index = len(open_wrappers) - 1 - open_wrappers[::-1].index(name)
                    del open_wrappers[index:]
                    del open_source[index:]
                out.append("\n")
                continue
            attributes = parse_attributes(attr_text)
            title = attributes.get("title")
            if name == "vc_column_text":
                record.text_blocks += 1
                if not first_text_seen:
                    first_text_seen = True
                    record.opening = [*open_source, match.group(0)]
                    record.closing = [f"[/{_tag(source)}]" for source in reversed(record.opening)]
            open_wrappers.append(name)
            open_source.append(match.group(0))
            out.append("\n")
            if name in TITLED and title:
                out.append(f"<p><strong>{html_lib.escape(title, quote=False)}</strong></p>\n")
            continue
        if content_chain is None and open_source and not closing and name in _CONTENT:
            content_chain = list(open_source)
        if name == "vc_custom_heading" and not closing:
            builder_seen = True
            attributes = parse_attributes(attr_text)
            level = _heading_tag(attributes.get("font_container", ""))
            text = html_lib.escape(html_lib.unescape(attributes.get("text", "")), quote=False)
            if text.strip():
                out.append(f"\n<{level}>{text}</{level}>\n")
            continue
        if name == "vc_text_separator" and not closing:
            title = parse_attributes(attr_text).get("title", "")
            if title:
                out.append(f"\n<p><strong>{html_lib.escape(title, quote=False)}</strong></p>\n")
            continue
        if name == "vc_raw_html" and not closing and not self_closing:
            builder_seen = True
            end = content.find("[/vc_raw_html]", position)
            body = content[position:] if end < 0 else content[position:end]
            position = len(content) if end < 0 else end + len("[/vc_raw_html]")
            decoded = decode_raw_html(body)
            if decoded is None:
                notices.append(Notice("wp.raw_html_undecodable", {}, Where(field="content")))
                out.append(html_lib.escape(match.group(0) + body, quote=False))
            else:
                out.append("\n" + decoded + "\n")
            if end < 0:
                notices.append(Notice("wp.unclosed_shortcode", {"tag": "vc_raw_html"}, Where(field="content")))
            continue
        if name in SPACERS:
            builder_seen = True
            out.append("\n")
            continue
        unknown[name] = unknown.get(name, 0) + (0 if closing else 1)
        out.append(_as_text(match.group(0)))
    out.append(content[position:])
    for name, count in unknown.items():
        if count:
            notices.append(Notice("wp.unknown_shortcode", {"count": count, "tag": name}, Where(field="content")))
    if record.text_blocks > 1:
        notices.append(Notice("wp.builder_merged", {"count": record.text_blocks}, Where(field="content")))
    if not builder_seen:
        return "".join(out), None, notices
    if not record.opening:
        record.opening = _text_block_in(content_chain or [])
        record.closing = [f"[/{_tag(source)}]" for source in reversed(record.opening)]
    return "".join(out), record, notices


def _text_block_in(chain: list[str]) -> list[str]:
    """A text block inside the layout where a page without one had its first content (row and column
    with all their attributes), completed with the row, column and text block WPBakery requires."""
    tags = [_tag(source) for source in chain]
    opening = list(chain)
    if not {"vc_row", "vc_row_inner"} & set(tags):
        opening.append("[vc_row]")
    if not {"vc_column", "vc_column_inner"} & set(tags):
        opening.append("[vc_column]")
    return [*opening, "[vc_column_text]"]


def _has_text(html: str) -> bool:
    return bool(re.sub(r"<[^>]*>|&nbsp;|\s", "", html))


def decode_raw_html(body: str) -> str | None:
    """``vc_raw_html`` content: base64 of URL-encoded HTML (plain HTML is accepted as it is)."""
    text = re.sub(r"<[^>]+>|\s+", "", html_lib.unescape(body))
    if not text:
        return ""
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        return urllib.parse.unquote(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        if "<" in body:
            return body
        return None


def _heading_tag(font_container: str) -> str:
    for part in font_container.split("|"):
        key, _, value = part.partition(":")
        if key.strip() == "tag" and re.fullmatch(r"h[1-6]", value.strip().lower()):
            return value.strip().lower()
    return "h2"


def _tag(source: str) -> str:
    match = re.match(r"\[([A-Za-z][\w-]*)", source)
    return match.group(1) if match else ""


def _as_text(source: str) -> str:
    """A shortcode kept as visible text: its entities shown as the characters they stand for."""
    return html_lib.escape(html_lib.unescape(source), quote=False)
