"""The dialect's lists in Python-Markdown: the re-indenting preprocessor and the list processors.

The preprocessor runs :func:`editor.markdown.lists.normalize_lists` on the lines the block parser
reads. The list processors accept ``1)`` as well as ``1.`` and keep the first number
(``<ol start>``), the sane_lists way (an ordered and a bullet list next to each other stay two
lists).
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.preprocessors import Preprocessor

from editor.markdown.lists import normalize_lists


class ListIndentPreprocessor(Preprocessor):
    """Runs :func:`normalize_lists` on the lines the block parser will read."""

    def run(self, lines: list[str]) -> list[str]:
        return normalize_lists(lines, fences=False)


def _indented_item(unit: int) -> re.Pattern[str]:
    """An item one level in (Python-Markdown's ``INDENT_RE``, with ``1)`` items)."""
    return re.compile(rf"^[ ]{{{unit},{2 * unit - 1}}}((\d+[.)])|[*+-])[ ]+.*")


class OrderedListProcessor(SaneOListProcessor):
    """``1.`` and ``1)`` items; the first number is kept as ``start``."""

    def __init__(self, parser: object) -> None:
        super().__init__(parser)  # type: ignore[arg-type]
        last = self.tab_length - 1
        self.RE = re.compile(rf"^[ ]{{0,{last}}}\d+[.)][ ]+(.*)")
        self.CHILD_RE = re.compile(rf"^[ ]{{0,{last}}}((\d+[.)]))[ ]+(.*)")
        self.INDENT_RE = _indented_item(self.tab_length)


class BulletListProcessor(SaneUListProcessor):
    """``-``, ``*`` and ``+`` items (nested ``1)`` items are recognised as items too)."""

    def __init__(self, parser: object) -> None:
        super().__init__(parser)  # type: ignore[arg-type]
        self.INDENT_RE = _indented_item(self.tab_length)


class DialectListsExtension(Extension):
    """Registers the preprocessor (after tabs are expanded and fences set aside) and the lists."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.preprocessors.register(ListIndentPreprocessor(md), "dialect_list_indent", 24)
        md.parser.blockprocessors.register(OrderedListProcessor(md.parser), "olist", 40)
        md.parser.blockprocessors.register(BulletListProcessor(md.parser), "ulist", 30)
