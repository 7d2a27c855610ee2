"""Policy -> block-editor markup, exactly as the WordPress block editor serializes it.

Walks the shared render trees (:func:`editor.render.body_tree` / ``title_tree``, the same the
preview shows) and emits only core blocks whose saved shape is stable across WordPress 6.2+:
heading (``wp-block-heading``, level attribute when not 2, the section id as anchor), paragraph,
list / list-item (inner blocks, ``wp-block-list``), table (``wp-block-table`` figure), quote,
code and separator. Inline content keeps only what RichText knows (strong, em, a, code, s, sub,
sup, mark, kbd, br, img) and goes through the shared nh3 sanitizer, so no script, handler or
``javascript:`` URL can reach a payload. Comment attributes are compact JSON escaped like
Gutenberg's ``serializeAttributes``. :func:`render_blocks` imitates what ``do_blocks`` gives.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Any

from editor.exporters.sanitize import sanitize
from editor.markdown.tables import cell_alignment
from editor.model.policy import Policy, Section
from editor.render import RenderContext, body_tree, title_tree

RICH_TEXT = frozenset({"strong", "em", "a", "code", "s", "sub", "sup", "mark", "kbd", "br", "img"})
_ALIASES = {"b": "strong", "i": "em", "del": "s", "strike": "s", "tt": "code"}
_COMMENT = re.compile(r"<!-- /?wp:[^>]*? -->")
_BREAK_NEWLINE = re.compile(r"<br>\n")


@dataclass
class Block:
    """One block: name (``core/`` dropped), comment attributes, HTML before/after its inner blocks."""

    name: str
    attributes: dict[str, Any] = field(default_factory=dict)
    before: str = ""
    inner: list[Block] = field(default_factory=list)
    after: str = ""

    def serialize(self) -> str:
        attrs = " " + serialize_attributes(self.attributes) if self.attributes else ""
        inner = "\n\n".join(block.serialize() for block in self.inner)
        return f"<!-- wp:{self.name}{attrs} -->\n{self.before}{inner}{self.after}\n<!-- /wp:{self.name} -->"


def serialize_attributes(attributes: dict[str, Any]) -> str:
    """Compact JSON with ``-- < > & "`` escaped inside strings, as Gutenberg writes block comments."""
    text = json.dumps(attributes, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("--", "\\u002d\\u002d").replace("<", "\\u003c").replace(">", "\\u003e")
    return text.replace("&", "\\u0026").replace('\\"', "\\u0022")


def serialize(blocks: list[Block]) -> str:
    return "\n\n".join(block.serialize() for block in blocks)


def policy_blocks(policy: Policy, context: RenderContext) -> list[Block]:
    """The blocks of the whole policy, section by section, in document order."""
    blocks: list[Block] = []
    for section in policy.walk():
        blocks.extend(section_blocks(section, context))
    return blocks


def section_blocks(section: Section, context: RenderContext) -> list[Block]:
    blocks: list[Block] = []
    if section.title:
        title = inline_html(title_tree(section.title, context))
        level = section.level
        attrs = {} if level == 2 else {"level": level}
        tag = f"h{level}"
        blocks.append(Block("heading", attrs, f'<{tag} class="wp-block-heading" id="{section.id}">{title}</{tag}>'))
    if section.body:
        blocks.extend(element_blocks(body_tree(section.body, context)))
    return blocks


def element_blocks(root: etree.Element) -> list[Block]:
    """Blocks for the children of a body tree (never modifies the shared tree)."""
    blocks: list[Block] = []
    for child in root:
        block = _block(child)
        if block is not None:
            blocks.append(block)
    return blocks


def _block(element: etree.Element) -> Block | None:
    tag = element.tag
    if tag == "p":
        inner = inline_html(element)
        return Block("paragraph", {}, f"<p>{inner}</p>") if inner.strip() else None
    if tag in ("ul", "ol"):
        return _list(element)
    if tag == "table":
        return Block("table", {}, f'<figure class="wp-block-table"><table class="has-fixed-layout">{_table(element)}'
                     "</table></figure>")  # fmt: skip
    if tag == "blockquote":
        inner = element_blocks(element) or [Block("paragraph", {}, f"<p>{inline_html(element)}</p>")]
        return Block("quote", {}, '<blockquote class="wp-block-quote">', inner, "</blockquote>")
    if tag == "pre":
        code = "".join(element.itertext()).rstrip("\n")
        return Block("code", {}, f'<pre class="wp-block-code"><code>{_escape(code)}</code></pre>')
    if tag == "hr":
        return Block("separator", {}, '<hr class="wp-block-separator has-alpha-channel-opacity"/>')
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        level = int(tag[1])
        attrs = {} if level == 2 else {"level": level}
        return Block("heading", attrs, f'<{tag} class="wp-block-heading">{inline_html(element)}</{tag}>')
    if tag == "dl":
        paragraphs = []
        for child in element:
            text = inline_html(child)
            if text.strip():
                paragraphs.append(f"<strong>{text}</strong>" if child.tag == "dt" else text)
        return Block("paragraph", {}, "<p>" + "<br>".join(paragraphs) + "</p>") if paragraphs else None
    text = inline_html(element)
    return Block("paragraph", {}, f"<p>{text}</p>") if text.strip() else None


def _list(element: etree.Element) -> Block:
    ordered = element.tag == "ol"
    attrs: dict[str, Any] = {"ordered": True} if ordered else {}
    start = element.get("start")
    open_tag = f"<{element.tag}"
    if ordered and start and start.isdigit() and start != "1":
        attrs["start"] = int(start)
        open_tag += f' start="{start}"'
    items = []
    for item in element:
        if item.tag != "li":
            continue
        nested = [child for child in item if child.tag in ("ul", "ol")]
        text = _item_text(item)
        inner = [_list(child) for child in nested]
        items.append(Block("list-item", {}, f"<li>{text}", inner, "</li>"))
    return Block("list", attrs, f'{open_tag} class="wp-block-list">', items, f"</{element.tag}>")


def _item_text(item: etree.Element) -> str:
    """A list item's own text (paragraphs of a loose item joined by line breaks), nested lists left out."""
    parts: list[str] = []
    inline: list[str] = [_escape(item.text)] if item.text else []
    for child in item:
        if child.tag in ("ul", "ol"):
            pass
        elif child.tag == "p":
            parts.append("".join(inline))
            inline = []
            parts.append(inline_html(child))
        else:
            inline.append(_inline(child))
        if child.tail:
            inline.append(_escape(child.tail))
    parts.append("".join(inline))
    text = "<br>".join(part.strip() for part in parts if part.strip())
    return _BREAK_NEWLINE.sub("<br>", sanitize(text))


def _table(element: etree.Element) -> str:
    parts = []
    for section in element:
        if section.tag not in ("thead", "tbody", "tfoot"):
            continue
        rows = []
        for row in section:
            cells = "".join(
                f"<{cell.tag}{_cell_alignment(cell)}>{inline_html(cell)}</{cell.tag}>"
                for cell in row
                if cell.tag in ("th", "td")
            )
            rows.append(f"<tr>{cells}</tr>")
        parts.append(f"<{section.tag}>{''.join(rows)}</{section.tag}>")
    return "".join(parts)


def _cell_alignment(cell: etree.Element) -> str:
    """The table block's markup for a column alignment (what the block editor saves)."""
    value = cell_alignment(cell)
    return f' class="has-text-align-{value}" data-align="{value}"' if value else ""


def inline_html(element: etree.Element) -> str:
    """The inline content of an element as RichText HTML, sanitized."""
    parts = [_escape(element.text)] if element.text else []
    for child in element:
        parts.append(_inline(child))
        if child.tail:
            parts.append(_escape(child.tail))
    return _BREAK_NEWLINE.sub("<br>", sanitize("".join(parts).strip("\n")))


def _inline(element: etree.Element) -> str:
    tag = _ALIASES.get(element.tag, element.tag)
    inner = (_escape(element.text) if element.text else "") + "".join(
        _inline(child) + (_escape(child.tail) if child.tail else "") for child in element
    )
    if tag == "br":
        return "<br>"
    if tag == "img":
        src = element.get("src", "")
        return f'<img src="{_attr(src)}" alt="{_attr(element.get("alt", ""))}"/>' if src else ""
    if tag not in RICH_TEXT:
        return inner
    if tag == "a":
        href = element.get("href")
        if not href:
            return inner
        return f'<a href="{_attr(href)}">{inner}</a>'
    return f"<{tag}>{inner}</{tag}>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def render_blocks(markup: str) -> str:
    """What ``do_blocks`` makes of static block markup: delimiters removed, 7.x paragraph class added."""
    rendered = _COMMENT.sub("", markup)
    return re.sub(r"<p>", '<p class="wp-block-paragraph">', rendered)
