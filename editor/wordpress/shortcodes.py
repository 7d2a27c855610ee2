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

from editor.errors import Notice, register_messages

register_messages(
    {
        "wp.texturized_quotes": "repaired {count} shortcode attribute quote(s) that wptexturize had curled",
        "wp.unknown_shortcode": "kept {count} [{tag}] shortcode(s) as text (not a known page-builder element)",
        "wp.raw_html_undecodable": "a [vc_raw_html] block could not be decoded; it is kept as text",
        "wp.unclosed_shortcode": "[{tag}] is not closed (the content ends first)",
        "wp.builder_merged": "the page had {count} WPBakery text blocks; a keep-builder export puts the edited "
        "content in one",
    }
)

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
    content, curled = repair_texturized(content)
    if curled:
        notices.append(Notice("wp.texturized_quotes", {"count": curled}, "content"))
    record = BuilderRecord()
    out: list[str] = []
    unknown: dict[str, int] = {}
    open_wrappers: list[str] = []  # tags of wrappers currently open
    open_source: list[str] = []  # their source text
    first_text_seen = False
    position = 0
    builder_seen = False
    for match in _SHORTCODE.finditer(content):
        if match.start() < position:
            continue
        out.append(content[position : match.start()])
        position = match.end()
        escaped_open, closing, tag, attr_text, self_closing, escaped_close = match.groups()
        name = tag.lower()
        if escaped_open and escaped_close:  # [[tag]] is how WordPress writes a literal [tag]
            out.append(html_lib.escape(match.group(0)[1:-1], quote=False))
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
                notices.append(Notice("wp.raw_html_undecodable", {}, "content"))
                out.append(html_lib.escape(match.group(0) + body, quote=False))
            else:
                out.append("\n" + decoded + "\n")
            if end < 0:
                notices.append(Notice("wp.unclosed_shortcode", {"tag": "vc_raw_html"}, "content"))
            continue
        if name in SPACERS:
            builder_seen = True
            out.append("\n")
            continue
        unknown[name] = unknown.get(name, 0) + (0 if closing else 1)
        out.append(html_lib.escape(match.group(0), quote=False))
    out.append(content[position:])
    for name, count in unknown.items():
        if count:
            notices.append(Notice("wp.unknown_shortcode", {"count": count, "tag": name}, "content"))
    if record.text_blocks > 1:
        notices.append(Notice("wp.builder_merged", {"count": record.text_blocks}, "content"))
    if not builder_seen:
        return "".join(out), None, notices
    if not record.opening:
        record.opening = ["[vc_row]", "[vc_column]", "[vc_column_text]"]
        record.closing = ["[/vc_column_text]", "[/vc_column]", "[/vc_row]"]
    return "".join(out), record, notices


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
