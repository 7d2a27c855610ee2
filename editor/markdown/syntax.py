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
#: A list item: indentation, marker (``-``, ``*``, ``+``, ``1.`` or ``1)``), spaces, content.
LIST_ITEM = re.compile(r"^( *)([-*+]|[0-9]{1,9}[.)])(?:( +)(.*)|$)")
#: A thematic break (``---``, ``* * *``): never a list item.
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
#: A setext heading underline.
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def is_list_item(line: str) -> bool:
    return bool(LIST_ITEM.match(line)) and not THEMATIC_BREAK.match(line)


def fence_states(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Each line with whether it belongs to fenced code (fence lines included).

    A fence closes on a line of the same character at least as long as the opening one, as
    Python-Markdown's fenced_code reads it; an unclosed fence runs to the end.
    """
    fence: str | None = None
    for line in lines:
        marker = FENCE.match(line)
        if fence is None:
            if marker:
                fence = marker.group(1)
                yield line, True
            else:
                yield line, False
            continue
        if (
            marker
            and marker.group(1)[0] == fence[0]
            and len(marker.group(1)) >= len(fence)
            and (not line.strip(" \t").lstrip(fence[0]))
        ):
            fence = None
        yield line, True
