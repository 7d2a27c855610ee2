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
from editor.markdown.guard import guard_text
from editor.markdown.needles import tree_passes

_local = threading.local()


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = create_markdown()
    return md


def parse(text: str) -> etree.Element:
    """The element tree of a Markdown text: a ``div`` root whose children are the blocks."""
    md = _markdown()
    md.reset()
    text = guard_text(text)
    lines = text.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for treeprocessor in tree_passes(md, text):
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
