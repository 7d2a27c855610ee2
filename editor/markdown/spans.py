"""Where a Markdown text is not prose: code, link targets, markup, definitions.

Typography's masking (:mod:`editor.typography.mask_markdown`) protects these spans, and
spell-checking will skip them. Block spans come first (front matter, fenced and indented code,
HTML comments, reference and footnote definitions, table alignment rows), then inline spans in
what they leave: code spans, autolinks, link destinations and titles, reference labels,
attribute lists and backslash escapes. Positions are offsets in the text; the scans are linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.markdown.syntax import CODE_INDENT, LIST_ITEM, item_text_column

_FRONT_MATTER = re.compile(r"\A---[ \t\r]*\n.*?\n(?:---|\.\.\.)[ \t\r]*(?:\n|\Z)", re.S)
# Line patterns start with the newline before the line (Python's re then jumps from newline to
# newline); they run on the text with two newlines prepended, hence the offset _PAD.
_PAD = 2
_FENCE = re.compile(r"\n[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|\Z)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_REFERENCE = re.compile(
    r"\n[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S[^\n]*(?:\n[ \t]+(?:\"[^\n]*\"|'[^\n]*'|\([^\n]*\))[ \t]*(?=\n|\Z))?"
)
_FOOTNOTE = re.compile(r"\n[ \t]{0,3}\[\^[^\]\n]+\]:")
_ALIGN_ROW = re.compile(r"\n[ \t]{0,3}(?=[^\n]*-)(?=[^\n]*\|)[|: \t-]*-[|: \t-]*\r?(?=\n|\Z)")
_INDENTED = re.compile(r"\n[ \t\r]*\n((?:(?: {4}|\t)[^\n]*(?:\n|\Z)|[ \t\r]*\n(?= {4}|\t))+)")

_CODE_SPAN = re.compile(r"(?P<run>`(?<!``)`*)(?!`)(.+?)(?<!`)(?P=run)(?!`)", re.S)
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_DESTINATION = re.compile(
    r"\]\((?:[ \t]*\n?[ \t]*)(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:[ \t]*\n?[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*\n?[ \t]*\)"
)
_LABEL = re.compile(r"\]\[[^\]\n]*\]")
_ATTR_LIST = re.compile(r"\{[:#.][^}\n]*\}")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")

#: The kinds of inline span, in the order they are looked for: a word-like token (code span,
#: autolink, attribute list, escape) or what follows a link's text (destination, label).
INLINE_KINDS = ("code", "autolink", "destination", "label", "attributes", "escape")
_INLINE = dict(zip(INLINE_KINDS, (_CODE_SPAN, _AUTOLINK, _DESTINATION, _LABEL, _ATTR_LIST, _ESCAPE), strict=True))


def front_matter_end(text: str) -> int:
    """The end of a leading front matter block (0 without one)."""
    match = _FRONT_MATTER.match(text)
    return match.end() if match else 0


def fenced_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Fenced code blocks, fences included (an unclosed one runs to the end)."""
    padded = "\n\n" + text
    position = 0
    while True:
        opening = _FENCE.search(padded, position)
        if not opening:
            return
        fence = opening.group(1)
        closing = re.compile(rf"\n[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t\r]*(?=\n|\Z)")
        found = closing.search(padded, opening.end() - 1)
        stop = found.end() if found else len(padded)
        yield opening.start() + 1 - _PAD, stop - _PAD
        position = max(stop, opening.end())


def comments(text: str) -> Iterator[tuple[int, int]]:
    if "<!--" in text:
        for match in _COMMENT.finditer(text):
            yield match.start(), match.end()


def indented_code_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Blocks indented four spaces or a tab after a blank line, unless they continue a list item."""
    for match in _INDENTED.finditer("\n\n" + text):
        if not _in_list(text, match.start(1) - _PAD):
            yield match.start(1) - _PAD, match.end(1) - _PAD


def definitions(text: str) -> Iterator[tuple[int, int]]:
    """Reference and footnote definitions (their label and target) and table alignment rows."""
    padded = "\n\n" + text
    for pattern in (_REFERENCE, _FOOTNOTE, _ALIGN_ROW):
        for match in pattern.finditer(padded):
            yield match.start() + 1 - _PAD, match.end() - _PAD


def inline_spans(text: str, start: int, end: int, kind: str) -> Iterator[tuple[int, int]]:
    """The inline spans of one kind (see :data:`INLINE_KINDS`) in ``text[start:end]``."""
    if kind == "code" and "`" not in text[start:end]:
        return
    for match in _INLINE[kind].finditer(text, start, end):
        if kind == "code" and "\n\n" in match.group(0):
            continue
        yield match.start(), match.end()


def _in_list(text: str, start: int) -> bool:
    """Whether an indented block continues a list item (then it is a paragraph, not code)."""
    line_end = text.find("\n", start)
    first_line = text[start : line_end if line_end >= 0 else len(text)]
    indent = len(first_line) - len(first_line.lstrip(" "))
    line_end = start - 1  # the newline that ends the line before the block
    for _ in range(200):  # how far back a list item may start its continuation
        if line_end < 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if line.strip():
            item = LIST_ITEM.match(line.expandtabs(CODE_INDENT))
            if item:  # the item's text column, as the renderer reads it
                return indent < item_text_column(item) + CODE_INDENT
            if not line.startswith(("    ", "\t")):
                return False
        line_end = line_start - 1
    return False
