"""Toggle bold, italic or code around a selection, or the word at the cursor.

Markers go around the text only, never around the white space (any kind, U+00A0 and U+202F
included) at the selection's edges: ``**Texte :**\u00a0``, not ``**Texte :\u00a0**``, which
Markdown would not read as emphasis (the faithful-text rule of the HTML importer). A selection
over several lines is formatted line by line, after each line's block marker (list item, quote),
since emphasis cannot cross a paragraph.

As in a word processor, the command looks at the characters, not at the markers: when every
selected character already has the formatting, it is removed from them (from part of a bold
phrase too: ``**un** mot **ici**``); otherwise all of them get it. The emphasis spans the
selection touches are read (their markers paired as Markdown pairs them), taken apart and
written again around the runs of formatted characters, so overlapping, nested or adjacent
spans merge and no stray marker is left.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from editor.editing.edit import TextEdit, is_edge_space, shrink
from editor.markdown.syntax import BARE_LINK

#: The kinds of inline formatting and their marker.
MARKERS = {"bold": "**", "italic": "*", "code": "`"}
#: A line's block prefix: indentation, then a quote, a list item marker, or both.
_BLOCK_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)?")
_WORD = re.compile(r"[^\W_]|[’'\-]")  # letters and digits (not "_", a marker), apostrophes, hyphens
_LINK = re.compile(r"!?\[((?:\\.|[^\]\\\n])*)\]\([^)\n]*\)")
_AUTOLINK_OR_TAG = re.compile(r"<(?:https?://|mailto:)[^>\s]+>|</?[A-Za-z][^>\n]*>")
_DELIMITERS = re.compile(r"(?<!\\)(?:\*+|_+)")
_BACKTICKS = re.compile(r"(?<![`\\])`+")


def word_at(text: str, position: int) -> tuple[int, int]:
    """The word touching ``position`` (letters, digits, apostrophes, hyphens), or an empty span."""
    start = position
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    end = position
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


@dataclass(frozen=True)
class _Span:
    """One emphasis of a line: its opening marker ``open_start..open_end``, closing ``close_start..close_end``."""

    open_start: int
    open_end: int
    close_start: int
    close_end: int


def _code_spans(line: str) -> list[_Span]:
    """Code spans: a run of backticks closed by the next run of the same length."""
    spans, runs = [], [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    index = 0
    while index < len(runs):
        start, end = runs[index]
        closing = next((j for j in range(index + 1, len(runs)) if runs[j][1] - runs[j][0] == end - start), None)
        if closing is None:
            index += 1
            continue
        spans.append(_Span(start, end, *runs[closing]))
        index = closing + 1
    return spans


def _pairs(opener: list[int], char: str, length: int, can_open: bool) -> bool:
    """Whether a closing run (``length`` characters ``char``) may close ``opener`` (CommonMark's
    rule of 3: ``*a**b***`` is an italic around a bold, not two italics)."""
    if opener[2] != ord(char):
        return False
    total = opener[3] + length
    both = can_open or bool(opener[4])
    return not (both and total % 3 == 0 and (opener[3] % 3 or length % 3))


def _spans(line: str, kind: str) -> list[_Span]:
    """The spans of ``kind`` in ``line``, their markers paired as Markdown pairs them (simplified
    CommonMark: a closing run takes the nearest opener's inner characters, two at a time for bold)."""
    code = _code_spans(line)
    if kind == "code":
        return code
    found: dict[str, list[_Span]] = {"bold": [], "italic": []}
    openers: list[list[int]] = []  # [start, remaining, char code, run length, can close] of possible openers
    for match in _DELIMITERS.finditer(line):
        start, end, char = match.start(), match.end(), match.group()[0]
        if any(s.open_end <= start < s.close_start for s in code):
            continue
        before = line[start - 1] if start else " "
        after = line[end] if end < len(line) else " "
        can_open = not after.isspace() and not (char == "_" and before.isalnum())
        can_close = not before.isspace() and not (char == "_" and after.isalnum())
        position = start
        while can_close and position < end:
            index = next(
                (i for i in range(len(openers) - 1, -1, -1) if _pairs(openers[i], char, end - start, can_open)), None
            )
            if index is None:
                break
            opener = openers[index]
            use = 2 if opener[1] >= 2 and end - position >= 2 else 1
            inner = opener[0] + opener[1]
            found["bold" if use == 2 else "italic"].append(_Span(inner - use, inner, position, position + use))
            opener[1] -= use
            position += use
            del openers[index + (opener[1] > 0) :]  # openers inside the span can no longer close
        if can_open and position < end:
            openers.append([position, end - position, ord(char), end - start, int(can_close)])
    return found[kind]


@dataclass
class _Part:
    """One line's share of the command: the region rewritten and its characters."""

    start: int  # the region, in the text
    end: int
    chars: list[tuple[int, str, bool]]  # (position in the text, character, formatted) without markers
    selected: tuple[int, int]  # the selection's characters, in the text


def _part(text: str, a: int, b: int, kind: str) -> _Part:
    """The region of ``a``..``b``'s line to rewrite: the selection and every span it touches."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    spans = [
        _Span(*(p + line_start for p in (s.open_start, s.open_end, s.close_start, s.close_end)))
        for s in _spans(line, kind)
    ]
    start, end, touched = a, b, []
    grown = True
    while grown:
        grown = False
        for span in spans:
            if span not in touched and span.open_start <= end and span.close_end >= start:
                touched.append(span)
                start, end = min(start, span.open_start), max(end, span.close_end)
                grown = True
    markers = {p for s in touched for p in (*range(s.open_start, s.open_end), *range(s.close_start, s.close_end))}
    chars = [
        (p, text[p], any(s.open_end <= p < s.close_start for s in touched))
        for p in range(start, end)
        if p not in markers
    ]
    return _Part(start, end, chars, (a, b))


def _marker(kind: str, content: str) -> tuple[str, str]:
    """The opening and closing marker of ``kind`` around ``content``."""
    if kind != "code":
        return MARKERS[kind], MARKERS[kind]
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return fence + pad, pad + fence


def _outside(char: str, kind: str) -> bool:
    """Whether ``char`` at the edge of a formatted run goes outside its markers: white space, and
    the ``*``/``_`` of another emphasis (``**a** *b*``, not ``**a*** b*``)."""
    return is_edge_space(char) or (kind != "code" and char in "*_")


def _write(part: _Part, kind: str, offset: int, positions: dict[tuple[int, str], int]) -> str:
    """The region's new text, markers around each run of formatted characters; ``positions`` gets
    where each old position lands ("char", "after", "open" before an opening marker, "after_close"),
    counted from ``offset``, the region's new start."""
    out: list[str] = []
    length = offset
    for flag, group in itertools.groupby(part.chars, key=lambda char: char[2]):
        run = list(group)
        lead, trail = len(run), len(run)
        if flag:  # white space (and other kinds' markers) at the run's edges stay outside the markers
            lead = 0
            while lead < len(run) and _outside(run[lead][1], kind):
                lead += 1
            trail = len(run)
            while trail > lead and _outside(run[trail - 1][1], kind):
                trail -= 1
        opening, closing = _marker(kind, "".join(char for _, char, _ in run[lead:trail]))
        for index, (position, char, _) in enumerate(run):
            if index == lead and lead < trail:
                positions[(position, "open")] = length
                out.append(opening)
                length += len(opening)
            positions[(position, "char")] = length
            out.append(char)
            length += 1
            positions[(position, "after")] = length
            if index == trail - 1 and lead < trail:
                out.append(closing)
                length += len(closing)
                positions[(position, "after_close")] = length
    return "".join(out)


def _atoms(line: str) -> list[tuple[int, int, int, int]]:
    """What markers must not split: ``(start, end, text_start, text_end)`` of each link (its text
    may be formatted inside: ``[la **CNIL**](…)``), code span, bare address, autolink and tag (no
    text inside: ``text_start == text_end``)."""
    atoms = [(m.start(), m.end(), m.start(1), m.end(1)) for m in _LINK.finditer(line)]
    atoms += [(s.open_start, s.close_end, s.open_start, s.open_start) for s in _code_spans(line)]
    for pattern in (BARE_LINK, _AUTOLINK_OR_TAG):
        atoms += [(m.start(), m.end(), m.start(), m.start()) for m in pattern.finditer(line)]
    return atoms


def _widened(text: str, a: int, b: int, kind: str) -> tuple[int, int]:
    """``a``..``b`` grown so the markers neither split a link, a code span or an address (a cursor
    in a link's address formats the whole link), nor cross the other emphasis they half cover
    (bold over half an italic: ``***aa***a``, not ``*a**a*a**``)."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    bounds: list[tuple[int, int, tuple[int, int] | None]] = []
    for low, high, text_low, text_high in _atoms(line):
        bounds.append((low + line_start, high + line_start, (text_low + line_start, text_high + line_start)))
    if kind != "code":
        other = "italic" if kind == "bold" else "bold"
        for span in _spans(line, other):
            bounds.append((span.open_start + line_start, span.close_end + line_start, None))
    grown = True
    while grown:
        grown = False
        for low, high, inner in bounds:
            if inner is not None:  # an atom: no boundary inside, unless both are in the link's text
                split = low < a < high or low < b < high
                if split and not (inner[0] <= a and b <= inner[1]):
                    a, b, grown = min(a, low), max(b, high), True
            elif (low < a < high) != (low < b < high):
                a, b, grown = min(a, low), max(b, high), True
    return a, b


def unsplit(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``..``b`` grown until it splits no emphasis, link, code span or address (what a new link
    goes around)."""
    while True:
        grown = _widened(text, *_widened(text, a, b, "bold"), "italic")
        if grown == (a, b):
            return a, b
        a, b = grown


def block_prefix_end(text: str, position: int) -> int:
    """Where the text of ``position``'s line starts, after its list or quote marker."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line_start + _BLOCK_PREFIX.match(line).end()  # type: ignore[union-attr]


def _rewrite(text: str, start: int, end: int, kind: str) -> tuple[str, dict[tuple[int, str], int], list[_Part]] | None:
    """Toggle ``kind`` on ``start``..``end``; the new text, where old positions land, the regions."""
    parts: list[_Part] = []
    for a, b in _segments(text, start, end):
        part = _part(text, *_widened(text, a, b, kind), kind)
        if parts and part.start < parts[-1].end:
            return None  # a span across lines: Markdown has none, but junk may look like one
        parts.append(part)
    selected = [
        (char, flag)
        for part in parts
        for position, char, flag in part.chars
        if part.selected[0] <= position < part.selected[1]
    ]
    visible = [flag for char, flag in selected if not is_edge_space(char)]
    if not visible:
        return None
    add = not all(visible)
    out, last, positions = [], 0, {}
    for part in parts:
        part.chars = [(p, c, add if part.selected[0] <= p < part.selected[1] else f) for p, c, f in part.chars]
        out.append(text[last : part.start])
        out.append(_write(part, kind, sum(map(len, out)), positions))
        last = part.end
    out.append(text[last:])
    return "".join(out), positions, parts


def _mapper(positions: dict[tuple[int, str], int], parts: list[_Part], new_length: int) -> Callable[[int, str], int]:
    """Where a position of the old text lands: ``mode`` start (an opening marker there included), end
    (a closing marker included) or cursor (next to the character)."""

    def land(position: int, mode: str) -> int:
        shift = 0
        for part in parts:
            if position <= part.start and not (mode == "cursor" and position == part.start and part.chars):
                return position + shift
            if position < part.end or (mode == "cursor" and position == part.end):
                inside = [p for p, _, _ in part.chars]
                if mode == "end" or (mode == "cursor" and position == part.end):
                    before = [p for p in inside if p < position]
                    if not before:
                        return positions.get((inside[0], "char"), position + shift) if inside else position + shift
                    if mode == "end" and (before[-1], "after_close") in positions:
                        return positions[(before[-1], "after_close")]
                    return positions[(before[-1], "after")]
                after = [p for p in inside if p >= position]
                if not after:
                    return positions[(inside[-1], "after")] if inside else position + shift
                if mode == "start" and (after[0], "open") in positions:
                    return positions[(after[0], "open")]
                return positions[(after[0], "char")]
            shift = _new_end(part, positions) - part.end
        return min(position + shift, new_length)

    return land


def _new_end(part: _Part, positions: dict[tuple[int, str], int]) -> int:
    if not part.chars:
        return part.end
    last = part.chars[-1][0]
    return positions.get((last, "after_close"), positions[(last, "after")])


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of each selected line to format: after the block prefix, without edge spaces."""
    parts = []
    line_start = text.rfind("\n", 0, start) + 1
    while line_start <= end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        prefix = line_start + _BLOCK_PREFIX.match(text[line_start:line_end]).end()  # type: ignore[union-attr]
        a, b = shrink(text, max(start, prefix), min(end, line_end))
        if a < b:
            parts.append((a, b))
        line_start = line_end + 1
    return parts


def _empty_pair(text: str, position: int, kind: str) -> int:
    """The width of an empty pair of ``kind``'s markers around ``position`` (0: none)."""
    chars = ("`",) if kind == "code" else ("*", "_")
    width = len(MARKERS[kind])
    for char in chars:
        if text[position - width : position] == char * width and text[position : position + width] == char * width:
            return width
    return 0


def toggle(text: str, start: int, end: int, kind: str) -> TextEdit:
    """Add or remove ``kind`` ("bold", "italic", "code") on the selection or the word at it."""
    marker = MARKERS[kind]
    if start == end:
        a, b = word_at(text, start)
        if a == b:
            width = _empty_pair(text, start, kind)
            if width:  # the cursor between empty markers: remove them
                return TextEdit(text[: start - width] + text[start + width :], start - width, start - width)
            new = text[:start] + marker + marker + text[start:]
            return TextEdit(new, start + len(marker), start + len(marker))
        done = _rewrite(text, a, b, kind)
        if done is None:
            return TextEdit(text, start, end)
        new, positions, parts = done
        cursor = _mapper(positions, parts, len(new))(start, "cursor")
        return TextEdit(new, cursor, cursor)
    done = _rewrite(text, start, end, kind)
    if done is None:
        return TextEdit(text, start, end)
    new, positions, parts = done
    land = _mapper(positions, parts, len(new))
    new_start, new_end = land(start, "start"), land(end, "end")
    return TextEdit(new, min(new_start, new_end), max(new_start, new_end))
