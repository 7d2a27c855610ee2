"""Markdown inline markup as XLIFF 1.2 inline codes, so a translator cannot break it.

A block of Markdown is cut into text and codes: emphasis and link texts become ``<bpt>``/``<ept>``
pairs around their translatable words, link targets, code spans, tags, escapes, line breaks and
list/quote/table markers become ``<ph>``. Joining the codes and the text gives the block back
exactly, and a target is rebuilt from the source's codes, never from what a tool wrote in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "bpt", "ept", "ph"]

#: One match per protected construct, tried left to right.
_CODE = re.compile(
    r"(?P<line>\\?\n[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?|\|[ \t]*)?)"
    r"|(?P<span>`+[^`\n]*?`+)"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]+)\](?P<target>\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\]))"
    r"|(?P<auto><(?:https?://|mailto:)[^<>\s]+>|</?[A-Za-z][^<>\n]*>)"
    r"|(?P<emph>(?P<mark>\*\*|__|~~|\*|(?<!\w)_)(?=\S)(?P<inner>[^\n]+?)(?<=\S)(?P=mark)(?!\w))"
    r"|(?P<escape>\\[\\`*_{}\[\]()#+\-.!|>~])"
    r"|(?P<pipe>\|[ \t]*)",
)
#: Where a code can start: a scan for these is fast, the full pattern is tried only there.
_START = re.compile(r"[\n`!\[<*_~\\|]")
#: A list, quote or table marker at the start of a block.
_LEAD = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?|\|[ \t]*)")
#: Spaces before a line break or a table pipe belong to the code (a hard break is two spaces).
_ABSORBS_SPACES = frozenset({"line", "pipe"})


@dataclass(frozen=True)
class Piece:
    """Text, or an inline code: ``bpt``/``ept`` (a pair sharing ``id``) or a standalone ``ph``."""

    kind: Kind
    text: str
    id: int = 0
    ctype: str = ""


def split(block: str) -> list[Piece]:
    """The pieces of one Markdown block; ``"".join(p.text for p in split(b)) == b``."""
    counter = [0]
    lead = _LEAD.match(block)
    if lead and lead.group(0):
        head = [Piece("ph", lead.group(0), _next(counter), "lb")]
        return _merge(head + _split(block[lead.end() :], counter))
    return _merge(_split(block, counter))


def _next(counter: list[int]) -> int:
    counter[0] += 1
    return counter[0]


def _split(text: str, counter: list[int]) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    scan = 0
    while True:
        found = _START.search(text, scan)
        if found is None:
            break
        match = _CODE.match(text, found.start())
        if match is None or not match.group(0):
            scan = found.start() + 1
            continue
        scan = match.end()
        start = match.start()
        if match.lastgroup in _ABSORBS_SPACES:
            while start > position and text[start - 1] in " \t":
                start -= 1
        if start > position:
            pieces.append(Piece("text", text[position:start]))
        position = match.end()
        kind = match.lastgroup
        if match.group("link") is not None:
            ident = _next(counter)
            pieces.append(Piece("bpt", "[", ident, "link"))
            pieces.extend(_split(match.group("label"), counter))
            pieces.append(Piece("ept", "]" + match.group("target"), ident, "link"))
        elif match.group("emph") is not None:
            ident = _next(counter)
            mark = match.group("mark")
            ctype = "bold" if len(mark) == 2 and mark != "~~" else "italic" if mark in "*_" else "x-strike"
            pieces.append(Piece("bpt", mark, ident, ctype))
            pieces.extend(_split(match.group("inner"), counter))
            pieces.append(Piece("ept", mark, ident, ctype))
        else:
            ctype = {"line": "lb", "span": "x-code", "image": "image", "auto": "x-html"}.get(kind or "", "x-markup")
            pieces.append(Piece("ph", text[start : match.end()], _next(counter), ctype))
    if position < len(text):
        pieces.append(Piece("text", text[position:]))
    return pieces


def _merge(pieces: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in pieces:
        if piece.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = Piece("text", merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def join(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces)
