"""Parse one Markdown text into an element tree, running Python-Markdown's stages up to the tree.

The serializer and postprocessors are not run: renderers walk the tree themselves. Blocks that
Python-Markdown parks in its HTML stash (fenced code) are put back as elements.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as etree

import markdown
from markdown.util import HTML_PLACEHOLDER_RE

from editor.markdown.config import create_markdown

_local = threading.local()


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = create_markdown()
    return md


#: Link brackets deeper than this are shown as text (Python-Markdown scans each ``[`` to its
#: match, so deep nesting or thousands of unmatched ``[`` would take quadratic time).
MAX_BRACKET_DEPTH = 8
#: Up to this many unmatched ``[`` are left to Python-Markdown (they render as text anyway).
MAX_UNMATCHED_BRACKETS = 32


def defuse_brackets(text: str) -> str:
    """Escape the ``[``/``]`` that can only cost time: those nested deeper than
    :data:`MAX_BRACKET_DEPTH` and, when there are many, the ``[`` that never close.
    Ordinary text is returned unchanged."""
    if text.count("[") <= MAX_UNMATCHED_BRACKETS:
        return text
    escape: set[int] = set()
    open_at: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            if len(open_at) >= MAX_BRACKET_DEPTH:
                escape.add(index)
            open_at.append(index)
        elif char == "]" and open_at:
            if len(open_at) > MAX_BRACKET_DEPTH:
                escape.add(index)
            open_at.pop()
        index += 1
    if len(open_at) > MAX_UNMATCHED_BRACKETS:
        escape.update(open_at)
    if not escape:
        return text
    parts = []
    last = 0
    for position in sorted(escape):
        parts.append(text[last:position])
        parts.append("\\")
        last = position
    parts.append(text[last:])
    return "".join(parts)


def parse(text: str) -> etree.Element:
    """The element tree of a Markdown text: a ``div`` root whose children are the blocks."""
    md = _markdown()
    md.reset()
    lines = defuse_brackets(text).split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for treeprocessor in md.treeprocessors:
        replaced = treeprocessor.run(root)
        if replaced is not None:
            root = replaced
    _restore_stash(root, md.htmlStash.rawHtmlBlocks)
    return root


def _restore_stash(root: etree.Element, blocks: list[str | etree.Element]) -> None:
    if not blocks:
        return
    for parent in list(root.iter()):
        for index, child in enumerate(list(parent)):
            match = HTML_PLACEHOLDER_RE.fullmatch((child.text or "").strip())
            if child.tag != "p" or len(child) or not match:
                continue
            raw = blocks[int(match.group(1))]
            parent.remove(child)
            parent.insert(index, _as_element(raw, child.tail))


def _as_element(raw: str | etree.Element, tail: str | None) -> etree.Element:
    if isinstance(raw, str):
        try:
            element = etree.fromstring(raw)
        except etree.ParseError:
            element = etree.Element("p")
            element.text = raw
    else:
        element = raw
    element.tail = tail
    return element
