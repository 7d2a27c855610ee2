"""A section's HTML after an edit inside one table cell, from its HTML before: one row rendered.

Typing in a Markdown table cell pads every row again (the source stays aligned), so the whole
body changes and the whole section would be parsed again: in a 20-row table that parse, its
typography and its serialization were a quarter of the keystroke. When the old and new bodies
differ only in the padding of one table's rows and the text of one body cell,
:func:`patched_section_html` renders that row alone (under the table's header and delimiter
rows, through the same pipeline) and puts it in place of the old row in the old HTML.

It answers None, and the caller renders the section, whenever that could differ from a full
render: a change elsewhere, in a header cell, in a row's or the delimiter's shape; a row holding
brackets (a link or footnote by reference depends on the rest of the section) or a body defining
abbreviations; and whenever the old row, rendered the same way, is not
exactly what the old HTML holds at that place (the row's rendering then depends on its context).
The pipeline's steps (link neutralising, typography, ordinals) work within a cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A delimiter row: cells of dashes with optional alignment colons.
_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
#: What in a row may refer to the rest of the section: links and footnotes by reference (the rest
#: of a cell's Markdown, emphasis, code, escapes, inline HTML, stays within its cell).
_UNSAFE = re.compile(r"[\[\]]")
_ROW = re.compile(r"<tr>.*?</tr>", re.S)


def _cells(line: str) -> list[str]:
    """The stripped cells of a table row (a line with a leading and a trailing pipe)."""
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def _alignments(line: str) -> list[str]:
    return [(cell[:1] == ":") * "l" + (cell[-1:] == ":") * "r" for cell in _cells(line)]


def _table_at(lines: list[str], index: int) -> tuple[int, int] | None:
    """The first and one-past-last line of the table block holding line ``index``."""
    first = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = index
    while last < len(lines) and lines[last].strip():
        last += 1
    block = lines[first:last]
    if len(block) < 3 or not all(line.strip().startswith("|") and line.strip().endswith("|") for line in block):
        return None
    return (first, last) if _DELIMITER.match(block[1]) else None


def patched_section_html(old_body: str, new_body: str, old_html: str, render: Callable[[str], str]) -> str | None:
    """The section HTML for ``new_body``, from ``old_html`` (the section rendered with ``old_body``)
    and ``render`` (a body's HTML, as the section's is made); None when it cannot be done safely."""
    old_lines, new_lines = old_body.split("\n"), new_body.split("\n")
    if len(old_lines) != len(new_lines) or "*[" in new_body:
        return None
    changed = [index for index, (old, new) in enumerate(zip(old_lines, new_lines, strict=True)) if old != new]
    if not changed:
        return None
    bounds = _table_at(new_lines, changed[0])
    if bounds is None or _table_at(old_lines, changed[0]) != bounds or changed[-1] >= bounds[1]:
        return None
    first, last = bounds
    if _alignments(old_lines[first + 1]) != _alignments(new_lines[first + 1]):
        return None
    edited: tuple[int, int] | None = None
    for index in range(first, last):
        if index == first + 1:
            continue
        old_cells, new_cells = _cells(old_lines[index]), _cells(new_lines[index])
        if len(old_cells) != len(new_cells):
            return None
        for column, (old, new) in enumerate(zip(old_cells, new_cells, strict=True)):
            if old != new:
                if edited is not None or index == first:
                    return None  # two cells, or a header cell
                edited = (index, column)
    if edited is None:
        return old_html  # only padding changed (a space typed at the end of a cell): the same table
    row = edited[0]
    if any(_UNSAFE.search(cell) for cell in (*_cells(old_lines[row]), *_cells(new_lines[row]))):
        return None
    if old_html.count("<table") != _tables_before(new_lines, len(new_lines)):
        return None  # a table written in HTML, or a table-like text in code: the count would be wrong
    head = "\n".join(new_lines[first : first + 2])
    old_row = _only_body_row(render(f"{head}\n{old_lines[row]}"))
    new_row = _only_body_row(render(f"{head}\n{new_lines[row]}"))
    if old_row is None or new_row is None:
        return None
    place = _row_place(old_html, _tables_before(new_lines, first), row - first - 2)
    if place is None or old_html[place[0] : place[1]] != old_row:
        return None
    return old_html[: place[0]] + new_row + old_html[place[1] :]


def _only_body_row(html: str) -> str | None:
    """The one body row of a rendered one-table fragment."""
    if html.count("<table") != 1:
        return None
    rows = _ROW.findall(html)
    return rows[1] if len(rows) == 2 else None


def _tables_before(lines: list[str], first: int) -> int:
    """How many table blocks start before line ``first``."""
    count = 0
    for index in range(1, min(first + 1, len(lines))):
        if _DELIMITER.match(lines[index]) and lines[index - 1].strip().startswith("|") and "|" in lines[index]:
            count += 1
    return count


def _row_place(html: str, table: int, body_row: int) -> tuple[int, int] | None:
    """Where the ``body_row``-th row of the tbody of the ``table``-th table is in ``html``."""
    start = -1
    for _ in range(table + 1):
        start = html.find("<table", start + 1)
        if start == -1:
            return None
    body = html.find("<tbody>", start)
    end = html.find("</table>", start)
    if body == -1 or end == -1 or body > end or "<table" in html[start + 1 : end]:
        return None
    rows = list(_ROW.finditer(html, body, end))
    if body_row >= len(rows):
        return None
    return rows[body_row].start(), rows[body_row].end()
