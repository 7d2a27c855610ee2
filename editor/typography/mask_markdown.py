"""Protected spans of Markdown: front matter, fenced and indented code, HTML comments,
reference and footnote definitions, table alignment rows (blocks); code spans, autolinks,
link destinations and titles, reference labels, attribute lists, backslash escapes and inline
HTML (inline); then URLs, addresses, times, paths and smileys in what is left.
"""

from __future__ import annotations

import re

from editor.markdown.syntax import CODE_INDENT, LIST_ITEM, item_text_column
from editor.typography.chars import BREAK, CLOSE, WORD
from editor.typography.mask_html import markup_spans
from editor.typography.mask_text import text_spans_in
from editor.typography.masking import Masked, Span, SpanSet, build, gaps

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
#: An attribute list that sets ``lang`` at the end of a line (Python-Markdown attr_list).
_LANG_ATTRIBUTES = re.compile(
    r"\{:?[^}\n]*?(?<![\w-])lang=(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s}'\"]+))[^}\n]*\}[ \t\r]*(?=\n|\Z)"
)

_CODE_SPAN = re.compile(r"(?P<run>`(?<!``)`*)(?!`)(.+?)(?<!`)(?P=run)(?!`)", re.S)
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_DESTINATION = re.compile(
    r"\]\((?:[ \t]*\n?[ \t]*)(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:[ \t]*\n?[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*\n?[ \t]*\)"
)
_LABEL = re.compile(r"\]\[[^\]\n]*\]")
_ATTR_LIST = re.compile(r"\{[:#.][^}\n]*\}")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")


def markdown_spans(text: str) -> list[Span]:
    """Every protected span of a Markdown text, sorted and non-overlapping."""
    accepted = SpanSet()
    _block_spans(text, accepted)
    block = list(accepted.spans)
    for gap_start, gap_end in gaps(0, len(text), block):
        for pattern, sentinel in (
            (_CODE_SPAN, WORD),
            (_AUTOLINK, WORD),
            (_DESTINATION, CLOSE),
            (_LABEL, CLOSE),
            (_ATTR_LIST, WORD),
            (_ESCAPE, WORD),
        ):
            if pattern is _CODE_SPAN and "`" not in text[gap_start:gap_end]:
                continue
            for match in pattern.finditer(text, gap_start, gap_end):
                if pattern is _CODE_SPAN and "\n\n" in match.group(0):
                    continue
                accepted.add(match.start(), match.end(), sentinel)
    inline = list(accepted.spans)
    for gap_start, gap_end in gaps(0, len(text), inline):
        if "<" in text[gap_start:gap_end] or "&" in text[gap_start:gap_end]:
            for span in markup_spans(text, gap_start, gap_end):
                accepted.add(*span)
    spans = accepted.spans
    spans.extend(text_spans_in(text, gaps(0, len(text), spans)))
    spans.sort()
    return spans


def _block_spans(text: str, accepted: SpanSet) -> None:
    front = _FRONT_MATTER.match(text)
    if front:
        accepted.add(0, front.end(), BREAK)
    padded = "\n\n" + text
    _fences(padded, accepted)
    if "<!--" in text:
        for match in _COMMENT.finditer(text):
            accepted.add(match.start(), match.end(), BREAK)
    for match in _INDENTED.finditer(padded):
        if not _in_list(text, match.start(1) - _PAD):
            accepted.add(match.start(1) - _PAD, match.end(1) - _PAD, BREAK)
    if "lang=" in text:
        _foreign_blocks(text, accepted)
    for pattern in (_REFERENCE, _FOOTNOTE, _ALIGN_ROW):
        for match in pattern.finditer(padded):
            accepted.add(match.start() + 1 - _PAD, match.end() - _PAD, BREAK)


def _foreign_blocks(text: str, accepted: SpanSet) -> None:
    """A heading or paragraph whose attribute list sets a language other than French."""
    floor = 0  # what earlier matches protected: never scanned again, so the whole pass is linear
    for match in _LANG_ATTRIBUTES.finditer(text):
        value = next(group for group in match.groups() if group is not None).strip().lower()
        if not value or value == "fr" or value.startswith(("fr-", "fr_")):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].lstrip().startswith("#"):
            start = line_start
        else:
            start = _paragraph_start(text, line_start, floor)
        floor = match.end()
        accepted.add_around(start, match.end(), BREAK)


def _paragraph_start(text: str, line_start: int, floor: int = 0) -> int:
    """The start of the paragraph whose line starts at ``line_start`` (after a blank line)."""
    while line_start > floor:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if not text[previous : line_start - 1].strip():
            return line_start
        line_start = previous
    return max(line_start, floor)


def _fences(padded: str, accepted: SpanSet) -> None:
    position = 0
    while True:
        opening = _FENCE.search(padded, position)
        if not opening:
            return
        fence = opening.group(1)
        closing = re.compile(rf"\n[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t\r]*(?=\n|\Z)")
        found = closing.search(padded, opening.end() - 1)
        stop = found.end() if found else len(padded)
        accepted.add(opening.start() + 1 - _PAD, stop - _PAD, BREAK)
        position = max(stop, opening.end())


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
            if item:  # the item's text column, as the renderer reads it (editor.markdown)
                return indent < item_text_column(item) + CODE_INDENT
            if not line.startswith(("    ", "\t")):
                return False
        line_end = line_start - 1
    return False


def mask_markdown(text: str) -> Masked:
    return build(text, markdown_spans(text))
