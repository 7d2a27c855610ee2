"""Places in the whole-document text: a section's title or body offset <-> a position in the text.

The whole-document editor shows each section as its heading line (``## Title {#id}``), an empty
line, then its body, where a body line that would read as a heading carries a leading ``\\``
(:func:`editor.native.sections.escape_body`). Find and the writing aids speak of places in the
model (section, field, offset); these two functions translate them for that text.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument

from editor.markdown.syntax import SECTION_HEADING, section_heading_for
from editor.model.search import Field, Place
from editor.native.sections import unescape_line


def _shift(line: str) -> int:
    """1 for a body line shown with its escaping backslash, else 0."""
    return 1 if unescape_line(line) != line else 0


def _heading(document: QTextDocument, section_id: str) -> QTextBlock | None:
    pattern = section_heading_for(section_id)
    block = document.firstBlock()
    while block.isValid():
        if block.text().endswith("}") and pattern.match(block.text()):
            return block
        block = block.next()
    return None


def position_of(document: QTextDocument, section_id: str, field: Field, offset: int) -> int | None:
    """The position in the text of ``offset`` in the section's title or body (None if not shown)."""
    heading = _heading(document, section_id)
    if heading is None:
        return None
    if field == "title":
        match = SECTION_HEADING.match(heading.text())
        return None if match is None else heading.position() + match.start(2) + offset
    line = heading.next().next()
    if offset == 0 and (not line.isValid() or SECTION_HEADING.match(line.text())):  # an empty body
        gap = heading.next()
        return gap.position() if gap.isValid() else heading.position() + len(heading.text())
    remaining = offset
    while line.isValid() and not SECTION_HEADING.match(line.text()):
        shift = _shift(line.text())
        length = len(line.text()) - shift
        if remaining <= length:
            return line.position() + shift + remaining
        remaining -= length + 1
        line = line.next()
    return None


def place_at(document: QTextDocument, start: int, end: int) -> Place | None:
    """The model place of the selection [start, end) of the text (None above the first section)."""
    block = document.findBlock(start)
    heading = block
    while heading.isValid() and not SECTION_HEADING.match(heading.text()):
        heading = heading.previous()
    if not heading.isValid():
        return None
    match = SECTION_HEADING.match(heading.text())
    assert match is not None
    section_id = match.group(3)
    if heading == block:
        title_start = heading.position() + match.start(2)
        size = len(match.group(2))

        def clamp(position: int) -> int:
            return max(0, min(size, position - title_start))

        return Place(section_id, "title", clamp(start), clamp(max(start, end)))
    offset = 0
    line = heading.next().next()
    while line.isValid() and line.blockNumber() < block.blockNumber():
        offset += len(line.text()) - _shift(line.text()) + 1
        line = line.next()
    if block.blockNumber() <= heading.next().blockNumber():
        column = 0
    else:
        column = max(0, start - block.position() - _shift(block.text()))
    body_start = offset + column
    return Place(section_id, "body", body_start, body_start + max(0, end - start))
