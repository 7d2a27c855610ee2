"""Lists as a word processor handles them: Enter continues, Tab nests, numbers follow.

Enter in a list item starts the next item (numbered items take the next number and the items
after it are renumbered); Enter on an empty item moves it out a level, or ends the list (with the
blank line Markdown needs to end it). Tab nests an item under the one
above it at that item's text column, the dialect's rule (:mod:`editor.markdown.lists`: a line
indented to an item's text belongs to it, so ``- `` nests at 2 and ``1. `` at 3); Shift+Tab puts
it back at its parent's column; Backspace just after a marker removes it. Every function takes
and returns text with a selection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.editing.edit import TextEdit, line_bounds
from editor.markdown.syntax import LIST_ITEM, THEMATIC_BREAK, item_text_column


@dataclass(frozen=True)
class Item:
    """A list item line: indentation, marker, and where its text starts."""

    indent: int
    marker: str
    text_column: int
    content: str

    @property
    def ordered(self) -> bool:
        return self.marker[0].isdigit()

    @property
    def delimiter(self) -> str:
        return self.marker[-1] if self.ordered else ""


def item(line: str) -> Item | None:
    """The list item on ``line``, or None."""
    if "\t" in line[: len(line) - len(line.lstrip())]:
        line = line.expandtabs(4)
    match = LIST_ITEM.match(line)
    if match is None or THEMATIC_BREAK.match(line):
        return None
    return Item(len(match.group(1)), match.group(2), item_text_column(match), match.group(4) or "")


def _next_marker(current: Item) -> str:
    if current.ordered:
        return f"{int(current.marker[:-1]) + 1}{current.delimiter}"
    return current.marker


def continue_list(text: str, position: int) -> TextEdit | None:
    """What Enter does at ``position`` in a list item, or None when it is not in one."""
    start, end = line_bounds(text, position)
    line = text[start:end]
    current = item(line)
    if current is None or position - start < current.text_column:
        return None
    if not current.content.strip():
        return _end_item(text, start, end, position, current)
    rest = text[position:end].lstrip(" ")
    head = text[start:position].rstrip(" ")
    if position - start <= current.text_column:  # at the start of the item's text: an empty item above
        head = text[start : start + current.text_column]
    prefix = " " * current.indent + _next_marker(current) + " "
    result = text[:start] + head + "\n" + prefix + rest + text[end:]
    cursor = start + len(head) + 1 + len(prefix)
    return _renumbered(result, cursor, cursor)


def backspace(text: str, position: int) -> TextEdit | None:
    """What Backspace does right after a list item's marker: the marker goes (the text stays, with
    the item's indentation), rather than leaving a bare ``-`` that would make the line above a
    heading. None elsewhere."""
    start, end = line_bounds(text, position)
    current = item(text[start:end])
    if current is None or position - start != current.text_column or "\t" in text[start:position]:
        return None
    line = " " * current.indent + current.content
    result = text[:start] + line + text[end:]
    cursor = start + current.indent
    return _renumbered(result, cursor, cursor)


def _end_item(text: str, start: int, end: int, position: int, current: Item) -> TextEdit:
    """Enter on an empty item: a nested one moves out a level; a top-level one ends the list (the
    marker goes and a blank line closes the list, or the next line typed would belong to the item)."""
    if current.indent:
        outdented = indent(text, position, position, outdent=True)
        if outdented is not None and outdented.text != text:
            return outdented
    blank_before = start == 0 or text[:start].endswith("\n\n")
    result = text[:start] + ("" if blank_before else "\n") + text[end:]
    cursor = start + (0 if blank_before else 1)
    return _renumbered(result, cursor, cursor)


def _renumbered(text: str, start: int, end: int) -> TextEdit:
    """``text`` with its numbered lists renumbered; the selection kept on the same characters."""
    new = renumber(text)
    if new == text:
        return TextEdit(text, start, end)
    return TextEdit(new, _map(text, new, start), _map(text, new, end))


def _map(old: str, new: str, position: int) -> int:
    """``position`` in ``old`` carried to ``new`` (same lines, some markers changed)."""
    line = old.count("\n", 0, position)
    column = position - (old.rfind("\n", 0, position) + 1)
    old_line = old.split("\n")[line]
    new_lines = new.split("\n")
    new_line = new_lines[line]
    column += len(new_line) - len(old_line) if column >= len(old_line) - len(old_line.lstrip()) + 1 else 0
    return sum(len(x) + 1 for x in new_lines[:line]) + max(0, min(column, len(new_line)))


def renumber(text: str) -> str:
    """Numbered items numbered in sequence in each list, from the list's first number."""
    lines = text.split("\n")
    stack: list[tuple[int, str, int]] = []  # (indent, delimiter or "" for bullets, next number)
    for index, line in enumerate(lines):
        current = item(line)
        if current is None:
            indent = len(line) - len(line.lstrip())
            if line.strip() and indent == 0 and not (index and lines[index - 1].strip() and stack):
                stack.clear()
            elif line.strip():
                while stack and indent < stack[-1][0]:
                    stack.pop()
            continue
        while stack and stack[-1][0] > current.indent:
            stack.pop()
        if stack and stack[-1][0] == current.indent and stack[-1][1] == current.delimiter and current.ordered:
            number = stack[-1][2]
            number_text = str(number)
            old_number = current.marker[:-1]
            lines[index] = line.replace(old_number + current.delimiter, number_text + current.delimiter, 1)
            stack[-1] = (current.indent, current.delimiter, number + 1)
            continue
        if stack and stack[-1][0] == current.indent:
            stack.pop()
        start = int(current.marker[:-1]) + 1 if current.ordered else 0
        stack.append((current.indent, current.delimiter, start))
    return "\n".join(lines)


def _selected_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    line_start = text.rfind("\n", 0, start) + 1
    while True:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        spans.append((line_start, line_end))
        if line_end >= end or line_end == len(text) or (line_end + 1 > end and end > start):
            break
        line_start = line_end + 1
    return spans


def indent(text: str, start: int, end: int, outdent: bool = False) -> TextEdit | None:
    """Tab (nest) or Shift+Tab (un-nest) the list items in the selection; None outside a list."""
    spans = _selected_lines(text, start, end)
    if not all(item(text[a:b]) for a, b in spans):
        return None
    lines = text.split("\n")
    first = text.count("\n", 0, spans[0][0])
    changed = False
    for number in range(first, first + len(spans)):
        current = item(lines[number])
        assert current is not None
        column = _target_column(lines, number, current, outdent)
        if column is None:
            continue
        body = lines[number].lstrip(" \t")
        if current.ordered and not outdent:
            body = re.sub(r"^[0-9]{1,9}", "1", body)
        lines[number] = " " * column + body
        changed = True
    if not changed:
        return TextEdit(text, start, end)
    new = "\n".join(lines)
    # Keep the selection on the same characters of the first and last lines.
    old_lines = text.split("\n")
    delta_first = len(lines[first]) - len(old_lines[first])
    new_start = max(sum(len(x) + 1 for x in lines[:first]), start + delta_first)
    new_end = end + len(new) - len(text)
    return _renumbered(new, new_start, max(new_start, new_end))


def _target_column(lines: list[str], number: int, current: Item, outdent: bool) -> int | None:
    """The new indentation of item ``number``: under the item above (nest) or its parent's."""
    for above in range(number - 1, -1, -1):
        other = item(lines[above])
        if other is None:
            if lines[above].strip() and not lines[above].startswith((" ", "\t")):
                return None
            continue
        if outdent:
            if other.indent < current.indent:
                return other.indent
            continue
        if other.indent == current.indent:
            return other.text_column
        if other.indent < current.indent:
            return None
    return None if not outdent else (0 if current.indent > 0 else None)


def toggle_list(text: str, start: int, end: int, ordered: bool) -> TextEdit:
    """Make the selected lines a bulleted or numbered list, or plain lines if they already are one."""
    spans = [(a, b) for a, b in _selected_lines(text, start, end) if text[a:b].strip()]
    if not spans:
        spans = _selected_lines(text, start, end)[:1]
    items = [item(text[a:b]) for a, b in spans]
    remove = all(found is not None and found.ordered == ordered for found in items)
    pieces = []
    for number, ((a, b), found) in enumerate(zip(spans, items, strict=True), start=1):
        line = text[a:b]
        indent_text = " " * (found.indent if found else len(line) - len(line.lstrip(" ")))
        content = found.content if found else line.strip(" ")
        marker = "" if remove else (f"{number}. " if ordered else "- ")
        new = indent_text + marker + content
        pieces.append((a, b, new))
    if not remove:
        pieces = _kept_apart(text, pieces, ordered)
    out, last, shift = [], 0, 0
    for a, b, new in pieces:
        out.append(text[last:a] + new)
        shift += len(new) - (b - a)
        last = b
    result = "".join(out) + text[last:]
    if start == end:
        a, b, new = pieces[0]
        cursor = a + len(new.rstrip("\n")) - max(0, b - start)
        return _renumbered(result, max(a, cursor), max(a, cursor))
    return _renumbered(result, pieces[0][0], pieces[-1][1] + shift)


def _kept_apart(text: str, pieces: list[tuple[int, int, str]], ordered: bool) -> list[tuple[int, int, str]]:
    """New list lines with a blank line before and after where Markdown would otherwise join them
    to what is around: a list of the other kind just above or below (``- a`` then ``1. b`` is one
    item "a 1. b"), a paragraph line just below (it would continue the last item) or above (an
    empty new item, ``-`` once trailing spaces go, would make it a heading)."""
    first, last = pieces[0], pieces[-1]
    ours = item(first[2].lstrip("\n"))
    indent = ours.indent if ours else 0
    if first[0] > 0:
        above = text[text.rfind("\n", 0, first[0] - 1) + 1 : first[0] - 1]
        other = item(above)
        paragraph = other is None and above.strip() and not above.startswith((" ", "\t")) and not indent
        if paragraph or (other is not None and other.ordered != ordered and other.indent <= indent):
            pieces[0] = (first[0], first[1], "\n" + first[2])
    if last[1] < len(text):
        below = text[last[1] + 1 : len(text) if text.find("\n", last[1] + 1) < 0 else text.find("\n", last[1] + 1)]
        other = item(below)
        paragraph = other is None and below.strip() and not below.startswith((" ", "\t"))
        if paragraph or (other is not None and other.ordered != ordered and other.indent <= indent):
            a, b, new = pieces[-1]
            pieces[-1] = (a, b, new + "\n")
    return pieces
