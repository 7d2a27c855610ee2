"""Word's clipboard HTML made ordinary before conversion: its lists become ``<ul>``/``<ol>``.

Word does not put lists on the clipboard as lists: each item is a paragraph styled
``mso-list:l0 level2 lfo1`` whose bullet or number is text inside a downlevel conditional
(``<![if !supportLists]>·&nbsp;&nbsp;<![endif]>``). Consecutive such paragraphs are rewritten as
nested lists (the level gives the nesting; a number or letter before the text makes the list
ordered, keeping its first number), and the conditional marker text is dropped. LibreOffice,
browsers and the WordPress editor already write real lists and are left alone.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

_ITEM = re.compile(
    r"<p\b(?P<attrs>[^>]*?mso-list:\s*l(?P<list>\d+)\s+level(?P<level>\d+)[^>]*)>(?P<body>.*?)</p>",
    re.IGNORECASE | re.DOTALL,
)
_MARKER = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_ORDERED = re.compile(r"^\(?([0-9]{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]")
_BETWEEN = re.compile(r"^(?:\s|<!--.*?-->)*$", re.DOTALL)


@dataclass(frozen=True)
class _Item:
    level: int
    ordered: bool
    start: int
    body: str


def _item(match: re.Match[str]) -> _Item:
    body = match.group("body")
    marker_match = _MARKER.search(body)
    marker = html_lib.unescape(_TAGS.sub("", marker_match.group(1))).strip() if marker_match else ""
    numbered = _ORDERED.match(marker)
    start = int(numbered.group(1)) if numbered and numbered.group(1).isdigit() else 1
    return _Item(int(match.group("level")), bool(numbered), start, _MARKER.sub("", body))


def _lists(items: list[_Item]) -> str:
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (level, tag)
    for item in items:
        while stack and stack[-1][0] > item.level:
            out.append(f"</li></{stack.pop()[1]}>")
        if stack and stack[-1][0] == item.level:
            out.append("</li><li>")
        else:
            tag = "ol" if item.ordered else "ul"
            start = f' start="{item.start}"' if item.ordered and item.start != 1 else ""
            out.append(f"<{tag}{start}><li>")
            stack.append((item.level, tag))
        out.append(item.body)
    while stack:
        out.append(f"</li></{stack.pop()[1]}>")
    return "".join(out)


def word_lists(html: str) -> str:
    """``html`` with Word's list paragraphs turned into nested lists."""
    if "mso-list" not in html:
        return html
    out: list[str] = []
    group: list[_Item] = []
    last = 0
    for match in _ITEM.finditer(html):
        between = html[last : match.start()]
        if group and not _BETWEEN.match(between):  # something else between: that list ended
            out.append(_lists(group))
            group = []
        if not group:
            out.append(between)
        group.append(_item(match))
        last = match.end()
    if group:
        out.append(_lists(group))
    out.append(html[last:])
    return "".join(out)
