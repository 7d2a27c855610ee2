"""Lists as people type them in other editors (GitHub, VS Code, Typora, pandoc), read the
CommonMark way by Python-Markdown.

Python-Markdown nests a list only under four spaces and knows only ``1.`` items. Before its
block parser runs (after tabs are expanded and fenced code is set aside), a preprocessor works
out each item's nesting from the column its text starts at, as CommonMark does: a line indented
at least to an item's text belongs to that item, whether the author used 2 spaces, 4 or a tab.
It then re-indents the lines by four spaces per level, which Python-Markdown reads unambiguously.
A list item directly after a paragraph line starts a list (CommonMark lets a bullet, or a
number 1, interrupt a paragraph): a blank line is added before it. Only the parser sees this;
the text as written is never changed.

The rules here read lines only (the highlighter uses them too, without loading Python-Markdown);
the parser's side is :mod:`editor.markdown.list_processors`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.markdown.syntax import CODE_INDENT, LIST_ITEM, THEMATIC_BREAK, fence_step, item_text_column

#: Python-Markdown's indentation unit (its ``tab_length``).
UNIT = CODE_INDENT


@dataclass
class _State:
    """Where the scan is: the text columns of the open items, and what the last line was."""

    items: list[tuple[int, int]]  # (marker column, text column) of each open item
    blank: bool = True
    paragraph: bool = False
    code: bool = False
    block_depth: int = 0  # the depth of the indented line that opened the current block, if any
    fence: str | None = None


def can_interrupt(match: re.Match[str]) -> bool:
    """Whether an item may start a list right after a paragraph line (CommonMark's rule)."""
    marker, content = match.group(2), match.group(4)
    if not content or not content.strip():
        return False
    return not marker[0].isdigit() or int(marker[:-1]) == 1


def _item_depth(items: list[tuple[int, int]], indent: int) -> int:
    """How many open items a new item at ``indent`` nests in: those whose text column it
    reaches (CommonMark), or whose marker it passes by two spaces or more (what other editors
    accept, e.g. a bullet two spaces under ``1.``)."""
    return sum(1 for marker, text in items if indent >= text or indent >= marker + 2)


def normalize_lists(lines: list[str], fences: bool = True) -> list[str]:
    """``lines`` (tabs already expanded) with list nesting re-indented to four spaces per level.

    Fenced code is left alone; ``fences=False`` when the fenced blocks were already set aside
    (as in the renderer, where a fence line still there is one that never closes: not code).
    """
    out: list[str] = []
    state = _State([])
    for line in lines:
        state.fence, fenced = fence_step(state.fence, line) if fences and not state.items else (None, False)
        if fenced:
            out.append(line)
            continue
        if not line.strip():
            out.append(line)
            state.blank, state.paragraph, state.block_depth = True, False, 0
            continue
        indent = len(line) - len(line.lstrip(" "))
        item = None if THEMATIC_BREAK.match(line) else LIST_ITEM.match(line)
        if state.items:
            depth = sum(1 for _, column in state.items if column <= indent)
            if item and (depth == len(state.items) and indent >= state.items[-1][1] + UNIT):
                item = None  # indented code inside the item's text
            if item and (_item_depth(state.items, indent) or indent < UNIT):
                depth = _item_depth(state.items, indent)
                state.items = [*state.items[:depth], (indent, item_text_column(item))]
                if depth < state.block_depth:
                    out.append("")  # Python-Markdown reads a block opened by an indented line as one
                out.append(" " * (UNIT * depth) + line[indent:])
                state.blank, state.paragraph, state.block_depth = False, True, 0
                continue
            if depth:
                state.items = state.items[:depth]
                column = state.items[-1][1]
                out.append(" " * (UNIT * depth) + line[column:])
                if state.blank:
                    state.block_depth = depth
                state.blank, state.paragraph = False, indent < column + UNIT
                continue
            if not state.blank:
                out.append(line)  # a lazy continuation line of the last item's paragraph
                continue
            state.items = []
        if state.code and indent >= UNIT:
            out.append(line)
            continue
        state.code = False
        if indent >= UNIT and not state.paragraph:
            state.code = True
            out.append(line)
            state.blank = False
            continue
        if item and (not state.paragraph or can_interrupt(item)):
            if state.paragraph:
                out.append("")
            state.items = [(indent, item_text_column(item))]
            out.append(line[indent:])
        else:
            out.append(line)
        state.blank, state.paragraph = False, True
    return out


#: Line contexts for :func:`item_step` (bit flags).
PARAGRAPH, IN_LIST, BLANK = 1, 2, 4
#: The context at the start of a text.
START = BLANK


def item_step(context: int, line: str) -> tuple[int, re.Match[str] | None]:
    """Line by line, whether a line is a list item for the renderer: its match, or None.

    ``context`` says what came before (:data:`START` for the first line; then what this returns).
    It follows :func:`normalize_lists` closely enough for highlighting one line at a time: a
    number other than 1 does not interrupt a paragraph, indented code is not a list.
    """
    if not line.strip():
        return (context & IN_LIST) | BLANK, None
    expanded = line.expandtabs(UNIT)
    indent = len(expanded) - len(expanded.lstrip(" "))
    item = None if THEMATIC_BREAK.match(expanded) else LIST_ITEM.match(expanded)
    in_list = context & IN_LIST
    if in_list and context & BLANK and indent == 0 and not item:
        in_list = 0
    if item and not in_list:
        if indent >= UNIT and not context & PARAGRAPH:
            return 0, None  # indented code
        if context & PARAGRAPH and not can_interrupt(item):
            return PARAGRAPH, None
    if item:
        return IN_LIST, LIST_ITEM.match(line)
    return (in_list or PARAGRAPH), None
