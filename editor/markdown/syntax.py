"""Line-level syntax of the dialect: the patterns every reader of Markdown lines shares.

The section splitter, the native format, SplitSection, the whole-document editor, the
highlighter and typography's masking all ask here whether a line is a fence, a heading or a list
item, so they agree with each other and with the renderer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: An opening or closing code fence (three or more backticks or tildes, indented 0-3 spaces).
FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
#: An ATX heading: level marks, title (closing ``#`` run left out).
ATX = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
#: A title ending with an id attribute, ``Title {#id}``.
ATTR_ID = re.compile(r"^(.*?)[ \t]*\{#([^}\s]+)\}[ \t]*$")
#: A section heading of the native format and the whole-document editor: ``## Title {#id}``.
SECTION_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*\{#([^}\s]*)\}[ \t]*$")
#: A section heading typed with an empty id, ``## New part {#}``: the id is to be made.
NEW_SECTION_HEADING = re.compile(r"^(#{1,6}[ \t]+.*?[ \t]*)\{#\}[ \t]*$")


def section_heading_for(section_id: str) -> re.Pattern[str]:
    """The section heading line of one id."""
    return re.compile(r"^#{1,6}[ \t].*\{#" + re.escape(section_id) + r"\}[ \t]*$")


#: A list item: indentation (the renderer expands tabs first), marker (``-``, ``*``, ``+``, ``1.``
#: or ``1)``), spaces, content.
LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|[0-9]{1,9}[.)])(?:( +)(.*)|$)")
#: A thematic break (``---``, ``* * *``): never a list item.
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
#: A bare web address or e-mail address, as the renderer links it (:mod:`.bare_links`, the e-mail rule):
#: for highlighting; the renderer decides.
BARE_LINK = re.compile(
    r"(?i)(?<![\w/])(?:(?:https?|ftps?)://|www\.)[^\s<>]*[^\s<>?!.,:*_~'\"]"
    r"|(?<![\w.+'\u2019@/-])[a-z0-9_+-](?:[a-z0-9_+'-]|\.(?!\.))*@(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w@-])"
)
#: A setext heading underline.
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


#: A pipe that separates table cells (one written ``\|`` is text).
TABLE_PIPE = re.compile(r"(?<!\\)\|")
#: A cell of a table's delimiter row: ``---``, ``:--``, ``--:``, ``:-:``.
TABLE_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")

#: Python-Markdown's indentation unit: text this far past an item's text column is code.
CODE_INDENT = 4


def item_text_column(match: re.Match[str]) -> int:
    """The column where a list item's text starts (a :data:`LIST_ITEM` match, tabs expanded):
    lines indented at least this far belong to the item (CommonMark)."""
    indent, marker, spaces, content = match.group(1), match.group(2), match.group(3), match.group(4)
    width = len(spaces or "")
    if not content or width > CODE_INDENT:
        width = 1  # an empty item, or text starting with indented code: one space belongs to the marker
    return len(indent) + len(marker) + width


def is_list_item(line: str) -> bool:
    return bool(LIST_ITEM.match(line)) and not THEMATIC_BREAK.match(line)


def fence_step(fence: str | None, line: str) -> tuple[str | None, bool]:
    """One line of the fence scan: the fence open after ``line`` and whether ``line`` is code.

    ``fence`` is the opening run (e.g. "```") of the fenced block ``line`` is in, or None. A fence
    closes on a line made only of the same character, at least as many (CommonMark's rule).
    """
    marker = FENCE.match(line)
    if fence is None:
        return (marker.group(1), True) if marker else (None, False)
    run = marker.group(1) if marker else ""
    if run[:1] == fence[0] and len(run) >= len(fence) and not line.strip(" \t").lstrip(fence[0]):
        return None, True
    return fence, True


def fence_states(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Each line with whether it belongs to fenced code (fence lines included); an unclosed
    fence runs to the end."""
    fence: str | None = None
    for line in lines:
        fence, code = fence_step(fence, line)
        yield line, code


def table_cells(line: str) -> list[str]:
    """The cells of a table row, their ASCII edge spaces trimmed."""
    body = line.strip(" \t")
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip(" \t") for cell in TABLE_PIPE.split(body)]


def is_table_delimiter(line: str) -> bool:
    """Whether ``line`` is a table's delimiter row (``| --- | :-: |``)."""
    parts = table_cells(line)
    return bool(parts) and all(TABLE_DELIMITER_CELL.match(part) for part in parts)
