"""Word-level diff of two texts: the segments a reader sees as kept, inserted or deleted.

Texts are cut into words, runs of spaces and single punctuation marks; a change inside a word
shows as the whole word replaced, never as letters. A lone space between two changes is folded
into them, so "a b c" -> "x y z" reads as one replacement rather than three.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "insert", "delete"]
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Segment:
    """A run of text that is unchanged (``equal``), only in the new text or only in the old."""

    op: Op
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if not segment.text:
            continue
        if merged and merged[-1].op == segment.op:
            merged[-1] = Segment(segment.op, merged[-1].text + segment.text)
        else:
            merged.append(segment)
    return merged


def _fold_spaces(segments: list[Segment]) -> list[Segment]:
    """Fold whitespace-only equal runs lying between two changes into those changes."""
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        between = 0 < index < len(segments) - 1 and segments[index - 1].op != "equal"
        if segment.op == "equal" and between and not segment.text.strip() and segments[index + 1].op != "equal":
            out.append(Segment("delete", segment.text))
            out.append(Segment("insert", segment.text))
        else:
            out.append(segment)
        index += 1
    # Regroup: within a run of changes, all deletions first, then all insertions.
    grouped: list[Segment] = []
    run: list[Segment] = []
    for segment in [*out, Segment("equal", "")]:
        if segment.op == "equal":
            grouped.extend(_merge([s for s in run if s.op == "delete"] + [s for s in run if s.op == "insert"]))
            run = []
            grouped.append(segment)
        else:
            run.append(segment)
    return _merge(grouped)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The segments turning ``old`` into ``new``: equal text, deletions and insertions, in order."""
    if old == new:
        return (Segment("equal", old),) if old else ()
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            segments.append(Segment("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            segments.append(Segment("insert", "".join(b[j1:j2])))
    return tuple(_fold_spaces(_merge(segments)))


def similarity(old: str, new: str) -> float:
    """How alike two texts are, from 0 (nothing shared) to 1 (equal), counted on words."""
    if old == new:
        return 1.0
    a = [token for token in tokens(old) if not token.isspace()]
    b = [token for token in tokens(new) if not token.isspace()]
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.3:
        return matcher.real_quick_ratio()
    return matcher.ratio()


def old_text(segments: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")
