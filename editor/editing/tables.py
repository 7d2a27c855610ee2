"""Pipe tables that keep their columns aligned, and moving between their cells with Tab.

A table here is a run of lines starting with ``|`` whose second line is the delimiter row
(``| --- | :-: |``). Alignment pads each cell to its column's width (in characters) and keeps
each column's ``:`` alignment marks; moving to the next cell re-aligns first, and Tab in the
last cell adds a row, as in a word processor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from editor.editing.edit import TextEdit
from editor.markdown.syntax import TABLE_PIPE, is_table_delimiter, table_cells

_HELD = "\ue000"  # a typed space while a row is aligned (a private-use character)


def make_table(header: list[str], rows: int) -> str:
    """An aligned table with ``header`` cells and ``rows`` empty rows."""
    columns = len(header)
    lines = [_row(header), _row(["---"] * columns)] + [_row([""] * columns) for _ in range(rows)]
    return "\n".join(align(lines))


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def align(lines: list[str]) -> list[str]:
    """The rows of one table with every column padded to the same width."""
    rows = [table_cells(line) for line in lines]
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    delimiter = 1 if len(rows) > 1 and is_table_delimiter(lines[1]) else None
    widths = [3] * columns
    for number, row in enumerate(rows):
        if number == delimiter:
            continue
        for column, cell in enumerate(row):
            widths[column] = max(widths[column], len(cell))
    out = []
    for number, row in enumerate(rows):
        if number == delimiter:
            out.append(_row([_rule(cell, width) for cell, width in zip(row, widths, strict=True)]))
        else:
            out.append(_row([cell.ljust(width) for cell, width in zip(row, widths, strict=True)]))
    return out


def _rule(cell: str, width: int) -> str:
    left, right = cell.startswith(":"), cell.endswith(":") and len(cell) > 1
    dashes = width - left - right
    return (":" if left else "") + "-" * dashes + (":" if right else "")


@dataclass(frozen=True)
class TableAt:
    """A table's lines (first and last line numbers) in a text."""

    first: int
    last: int


def table_at(text: str, position: int) -> TableAt | None:
    """The table holding ``position``, or None."""
    lines = text.split("\n")
    number = text.count("\n", 0, position)
    if not lines[number].lstrip(" ").startswith("|"):
        return None
    first = number
    while first > 0 and lines[first - 1].lstrip(" ").startswith("|"):
        first -= 1
    last = number
    while last + 1 < len(lines) and lines[last + 1].lstrip(" ").startswith("|"):
        last += 1
    if last == first or not is_table_delimiter(lines[first + 1]):
        return None
    return TableAt(first, last)


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """The content span (without padding) of each cell of an aligned row."""
    pipes = [m.start() for m in TABLE_PIPE.finditer(line)]
    spans = []
    for a, b in itertools.pairwise(pipes):
        inner_a, inner_b = a + 1, b
        while inner_a < inner_b and line[inner_a] in " \t":
            inner_a += 1
        while inner_b > inner_a and line[inner_b - 1] in " \t":
            inner_b -= 1
        spans.append((inner_a, inner_b) if inner_a < inner_b else (min(a + 2, b), min(a + 2, b)))
    return spans


def _locate(line: str, column: int) -> tuple[int, int]:
    """(cell index, offset in its content) of a column in a row."""
    pipes = [m.start() for m in TABLE_PIPE.finditer(line)]
    index = max(0, sum(1 for p in pipes if p < column) - 1)
    spans = _cell_spans(line)
    if not spans:
        return 0, 0
    index = min(index, len(spans) - 1)
    return index, max(0, min(column - spans[index][0], spans[index][1] - spans[index][0]))


def realign(text: str, position: int) -> TextEdit | None:
    """The table at ``position`` aligned, the cursor kept in its cell; None when not in a table or
    already aligned."""
    table = table_at(text, position)
    if table is None:
        return None
    lines = text.split("\n")
    number = text.count("\n", 0, position)
    column = position - (text.rfind("\n", 0, position) + 1)
    cell, offset = _locate(lines[number], column)
    spans = _cell_spans(lines[number])
    content_end = spans[cell][1] if spans else column
    # Spaces just typed after a cell's text belong to it until the next character: held through
    # the alignment (which trims cells), so the column makes room for them.
    pending = lines[number][content_end:column] if column > content_end else ""
    if pending and _HELD not in text:
        row = lines[number]
        lines[number] = row[:content_end] + _HELD * len(pending) + row[column:]
        offset += len(pending)
    lines[table.first : table.last + 1] = align(lines[table.first : table.last + 1])
    edit = _cursor_in_cell(lines, number, cell, offset)
    text_out = edit.text.replace(_HELD, " ")
    if text_out == text:
        return None
    return TextEdit(text_out, edit.start, edit.end)


def keep_aligned(edit: TextEdit) -> TextEdit:
    """``edit`` with the table at its selection aligned (after bold or a link in a cell), the
    selection kept on its cells."""
    start = realign(edit.text, edit.start)
    if start is None:
        return edit
    end = start if edit.end == edit.start else realign(edit.text, edit.end)
    return TextEdit(start.text, start.start, start.start if end is None else end.start)


def _cursor_in_cell(lines: list[str], number: int, cell: int, offset: int, select: bool = False) -> TextEdit:
    spans = _cell_spans(lines[number])
    a, b = spans[min(cell, len(spans) - 1)]
    base = sum(len(x) + 1 for x in lines[:number])
    if select:
        return TextEdit("\n".join(lines), base + a, base + b)
    position = base + min(a + offset, b)
    return TextEdit("\n".join(lines), position, position)


def move_cell(text: str, position: int, backwards: bool = False) -> TextEdit | None:
    """Tab / Shift+Tab in a table: align it and select the next (previous) cell's text; Tab in the
    last cell adds a row. None when ``position`` is not in a table."""
    table = table_at(text, position)
    if table is None:
        return None
    lines = text.split("\n")
    number = text.count("\n", 0, position)
    cell, _ = _locate(lines[number], position - (text.rfind("\n", 0, position) + 1))
    lines[table.first : table.last + 1] = align(lines[table.first : table.last + 1])
    columns = len(_cell_spans(lines[table.first]))
    row, last = number, table.last
    cell += -1 if backwards else 1
    if cell >= columns:
        cell, row = 0, row + 1
    elif cell < 0:
        cell, row = columns - 1, row - 1
    if row == table.first + 1:  # the delimiter row is skipped
        row += -1 if backwards else 1
    if row < table.first:
        row, cell = table.first, 0
    if row > last:
        lines.insert(last + 1, align([lines[table.first], lines[table.first + 1], _row([""] * columns)])[2])
    return _cursor_in_cell(lines, row, cell, 0, select=True)


def align_tables(text: str) -> str:
    """``text`` with every table in it aligned (pasted text, for instance)."""
    lines = text.split("\n")
    out: list[str] = []
    number = 0
    while number < len(lines):
        last = number
        while _is_row(lines[last]) and last + 1 < len(lines) and _is_row(lines[last + 1]):
            last += 1
        block = lines[number : last + 1]
        out.extend(align(block) if len(block) > 1 and is_table_delimiter(block[1]) else block)
        number = last + 1
    return "\n".join(out)


def _is_row(line: str) -> bool:
    return line.lstrip(" ").startswith("|")
