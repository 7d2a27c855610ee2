"""Which table cell an edit changed, found by comparing a section's HTML before and after it.

A keystroke in a table cell changes the HTML of that cell only (the Markdown source's rows are
padded again, but padding is not in the HTML). When everything else is byte for byte the same,
the preview can parse that one cell instead of the whole section and patch its blocks (see
``SectionDocument.replace``): at 20 rows that parse and the comparison of every cell's blocks
were a third of the keystroke. :func:`changed_cell` says which cell, or None whenever the change
reaches anything else: another cell, a row, a cell's own tag, a nested or spanning table.
The HTML is the sanitizer's serialization (lowercase tags, every cell closed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.common_ends import common_prefix, common_suffix

#: Tags that make or delimit a table's structure: a change touching one is not a cell's text.
_STRUCTURE = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)[\s>/]")
_ROW = re.compile(r"<tr[\s>]")
_CELL = re.compile(r"<(t[dh])[\s>]")


@dataclass(frozen=True)
class CellChange:
    """The changed cell: the section's ``table`` (0-based, in document order), its ``row`` and
    ``column``, and ``html``: its row alone in a table with the same table tag, for the preview
    to parse (the whole row: Qt gives an empty cell followed by another a format of its own)."""

    table: int
    row: int
    column: int
    html: str


def changed_cell(old: str, new: str) -> CellChange | None:
    """The one table cell whose content is all that differs between ``old`` and ``new``, or None."""
    if old == new:
        return None
    start = common_prefix(old, new)
    shared_end = common_suffix(old, new, min(len(old), len(new)) - start)
    old_end, new_end = len(old) - shared_end, len(new) - shared_end
    # Whole tags: a change that starts inside a tag takes the tag.
    if new.rfind("<", 0, start) > new.rfind(">", 0, start):
        start = new.rfind("<", 0, start)
    tag = new.rfind("<", 0, new_end)
    if tag > new.rfind(">", 0, new_end):  # the shared end starts inside a tag
        back = new_end - tag
        if old_end - back >= start and old[old_end - back : old_end] == new[tag:new_end]:
            old_end, new_end = old_end - back, tag  # the tag's start was taken by the shared start
        else:
            closing = new.find(">", new_end) + 1
            if closing == 0:
                return None
            old_end, new_end = old_end + closing - new_end, closing
    if _STRUCTURE.search(old, start, old_end) or _STRUCTURE.search(new, start, new_end):
        return None
    table_start = new.rfind("<table", 0, start)
    table_end = new.find("</table>", new_end)
    if table_start == -1 or table_end == -1:
        return None
    table_html = new[table_start:table_end]
    if "<table" in table_html[1:] or "span=" in table_html:
        return None  # a nested table, or cells spanning rows or columns
    if new.count("<table", 0, table_start) != new.count("</table>", 0, table_start):
        return None  # inside another table
    before = new[table_start:start]
    rows = list(_ROW.finditer(before))
    if not rows:
        return None
    row_start = rows[-1].start()
    cells = list(_CELL.finditer(before, row_start))
    if not cells:
        return None
    cell = cells[-1]
    name = cell.group(1)
    cell_open_end = before.find(">", cell.start()) + 1
    close = new.find(f"</{name}>", new_end)
    if cell_open_end <= 0 or close == -1 or _STRUCTURE.search(before, cell_open_end):
        return None
    if _STRUCTURE.search(new, new_end, close):
        return None
    row_end = new.find("</tr>", close)
    if row_end == -1 or new.find("<tr", close, row_end) != -1:
        return None
    in_head = before.count("<thead") > before.count("</thead")
    table_tag = before[: before.find(">") + 1]
    row = new[table_start + row_start : row_end]
    head_open, head_close = ("<thead>", "</thead>") if in_head else ("", "")
    html = f"{table_tag}{head_open}{row}</tr>{head_close}</table>"
    return CellChange(new.count("<table", 0, table_start), len(rows) - 1, len(cells) - 1, html)
