"""The one place that configures Python-Markdown for section bodies.

Bodies are Markdown only: raw HTML is shown as text (never interpreted), which keeps imported
or pasted markup inert; e-mail autolinks are plain ``mailto:`` links (no entity obfuscation).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.inlinepatterns import AUTOMAIL_RE, InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

EXTENSIONS = ["attr_list", "tables", "fenced_code", "sane_lists", "def_list", "abbr"]


class MailtoProcessor(InlineProcessor):
    """``<name@example.org>`` -> ``<a href="mailto:name@example.org">name@example.org</a>``."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # noqa: N802
        address = m.group(1).removeprefix("mailto:")
        link = etree.Element("a", {"href": "mailto:" + address})
        link.text = markdown.util.AtomicString(address)
        return link, m.start(0), m.end(0)


#: A block of text longer than this is shown as typed, without inline Markdown: Python-Markdown's
#: inline pass grows faster than linearly with the number of inline elements in one block, and no
#: real paragraph comes near this size (a hostile one would freeze the preview).
MAX_INLINE_BLOCK = 20_000


class LargeBlockGuard(Treeprocessor):
    """Mark oversized text blocks as atomic so the inline patterns skip them."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.text and len(element.text) > MAX_INLINE_BLOCK:
                element.text = AtomicString(element.text)


def create_markdown() -> markdown.Markdown:
    """A Markdown instance for section bodies (not thread-safe: one per thread)."""
    md = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    md.inlinePatterns.register(MailtoProcessor(AUTOMAIL_RE, md), "automail", 110)
    md.treeprocessors.register(LargeBlockGuard(md), "large_block_guard", 25)
    return md
