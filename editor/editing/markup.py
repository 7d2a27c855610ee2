"""Where a body's Markdown markers are: the spans a "hide markup" view draws faded.

Emphasis and code markers, the brackets and target of links, escapes and table pipes: what a
reader of the prose does not need to see. List markers stay as they are (they read as bullets
and numbers).
"""

from __future__ import annotations

import re

_PAIRED = [
    re.compile(r"(\*\*|__)(?=\S)(?:.+?)(?<=\S)(\1)"),
    re.compile(r"(?<![*\w\\])([*_])(?=[^\s*_])(?:.+?)(?<=[^\s\\])(\1)(?![*\w])"),
    re.compile(r"(`+)(?:.+?)(\1)"),
]
_LINK = re.compile(r"(!?\[)(?:(?:\\.|[^\]\\\n])*)(\]\([^)\n]*\))")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")
_PIPE = re.compile(r"^\s*\||(?<!\\)\|")


def marker_spans(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each marker in one line, sorted."""
    spans: list[tuple[int, int]] = []
    for pattern in _PAIRED:
        for match in pattern.finditer(line):
            spans.append(match.span(1))
            spans.append(match.span(2))
    for match in _LINK.finditer(line):
        spans.append(match.span(1))
        spans.append(match.span(2))
    spans.extend(match.span() for match in _ESCAPE.finditer(line))
    if line.lstrip().startswith("|"):
        spans.extend(match.span() for match in _PIPE.finditer(line) if match.group().strip())
    return sorted(set(spans))
