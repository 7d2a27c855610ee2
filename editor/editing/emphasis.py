"""Toggle bold, italic or code around a selection, or the word at the cursor.

Markers go around the text only, never around the white space (any kind, U+00A0 and U+202F
included) at the selection's edges: ``**Texte :**\u00a0``, not ``**Texte :\u00a0**``, which
Markdown would not read as emphasis (the faithful-text rule of the HTML importer). A selection
over several lines is wrapped line by line, after each line's block marker (list item, quote),
since emphasis cannot cross a paragraph. A command on text that already has the emphasis removes
it; markers of the same kind inside the selection are removed rather than nested, so no stray
markers are left.
"""

from __future__ import annotations

import re

from editor.editing.edit import TextEdit, is_edge_space, shrink

#: The kinds of inline formatting and their marker.
MARKERS = {"bold": "**", "italic": "*", "code": "`"}
#: A line's block prefix: indentation, then a quote, a list item marker, or both.
_BLOCK_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)?")
_WORD = re.compile(r"[^\W_]|[’'\-]")  # letters and digits (not "_", a marker), apostrophes, hyphens


def word_at(text: str, position: int) -> tuple[int, int]:
    """The word touching ``position`` (letters, digits, apostrophes, hyphens), or an empty span."""
    start = position
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    end = position
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


def _run(text: str, start: int, step: int, char: str) -> int:
    """How many ``char`` follow ``start`` (step 1) or precede it (step -1)."""
    count, index = 0, start if step > 0 else start - 1
    while 0 <= index < len(text) and text[index] == char:
        count += 1
        index += step
    return count


def _has(kind: str, before: int, after: int) -> bool:
    """Whether runs of ``before``/``after`` marker characters around a span give it ``kind``."""
    runs = (before, after)
    if kind == "bold":
        return all(run in (2, 3) for run in runs)
    if kind == "italic":
        return all(run in (1, 3) for run in runs)
    return all(run >= 1 for run in runs)


def _marker_chars(kind: str) -> tuple[str, ...]:
    return ("*", "_") if kind in ("bold", "italic") else ("`",)


def _wrapped(text: str, start: int, end: int, kind: str) -> tuple[str, int] | None:
    """The marker character and its width if ``start``..``end`` is enclosed in ``kind``'s markers."""
    for char in _marker_chars(kind):
        before, after = _run(text, start, -1, char), _run(text, end, 1, char)
        if _has(kind, before, after):
            width = 2 if kind == "bold" else 1
            if kind == "code":
                width = min(before, after)
            return char, width
    return None


def _strip_inner(core: str, kind: str) -> str:
    """``core`` without markers of ``kind`` inside it, when they pair up (no stray marker left)."""
    if kind == "bold":
        for marker in ("**", "__"):
            if core.count(marker) % 2 == 0:
                core = core.replace(marker, "")
        return core
    if kind == "code":
        return core.replace("`", "") if core.count("`") % 2 == 0 else core
    stripped = re.sub(r"(?<![*\\])\*(?!\*)", "", core)
    return stripped if (len(core) - len(stripped)) % 2 == 0 else core


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


def toggle(text: str, start: int, end: int, kind: str) -> TextEdit:
    """Add or remove ``kind`` ("bold", "italic", "code") around the selection or the word at it."""
    marker = MARKERS[kind]
    if start == end:
        a, b = word_at(text, start)
        if a == b:
            empty = _wrapped(text, start, start, kind)
            if empty is not None:  # the cursor between empty markers: remove them
                width = empty[1]
                new = text[: start - width] + text[start + width :]
                return TextEdit(new, start - width, start - width)
            new = text[:start] + marker + marker + text[start:]
            return TextEdit(new, start + len(marker), start + len(marker))
        edit = toggle(text, a, b, kind)
        shift = len(edit.text) - len(text)
        cursor = start + (shift // 2 if shift > 0 else -min(-shift // 2, start - a))
        cursor = max(0, min(cursor, len(edit.text)))
        return TextEdit(edit.text, cursor, cursor)
    parts = _segments(text, start, end)
    if not parts:
        return TextEdit(text, start, end)
    # The selection may include the markers themselves: look inside it too.
    inside = [_inner_wrapped(text, a, b, kind) for a, b in parts]
    outside = [_wrapped(text, a, b, kind) for a, b in parts]
    if all(inside):
        return _replace_parts(
            text, start, end, [(a, b, text[a + w : b - w]) for (a, b), (_, w) in zip(parts, inside, strict=True)]
        )  # type: ignore[misc]
    if all(outside):
        pieces = [(a - w, b + w, text[a:b]) for (a, b), (_, w) in zip(parts, outside, strict=True)]  # type: ignore[misc]
        return _replace_parts(text, start, end, pieces)
    pieces = [(a, b, marker + _strip_inner(text[a:b], kind) + marker) for a, b in parts]
    return _replace_parts(text, start, end, pieces)


def _inner_wrapped(text: str, start: int, end: int, kind: str) -> tuple[str, int] | None:
    width = 2 if kind == "bold" else 1
    if end - start <= 2 * width:
        return None
    core = text[start:end]
    for char in _marker_chars(kind):
        before, after = _run(core, 0, 1, char), _run(core, len(core), -1, char)
        if _has(kind, before, after) and not is_edge_space(core[width]) and not is_edge_space(core[-width - 1]):
            return char, width
    return None


def _replace_parts(text: str, start: int, end: int, pieces: list[tuple[int, int, str]]) -> TextEdit:
    """Replace each ``(a, b, new)`` (in order, not overlapping); select the changed text."""
    out, last, shift = [], 0, 0
    for a, b, new in pieces:
        out.append(text[last:a])
        out.append(new)
        shift += len(new) - (b - a)
        last = b
    out.append(text[last:])
    result = "".join(out)
    new_start = min(start, pieces[0][0])
    new_end = max(end, pieces[-1][1]) + shift
    return TextEdit(result, new_start, min(new_end, len(result)))
