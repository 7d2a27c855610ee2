"""A side-by-side, word-level comparison of two texts, for a lawyer to read (Compare, recovery).

Lines are aligned first (changed lines face each other); within a changed pair, the words that
differ are marked, so "Des cookies." -> "Des cookies et des traceurs." shows only "et des
traceurs" as added. Long unchanged stretches are folded to a few lines of context around each
change. Spaces, including U+00A0 and U+202F, are kept as they are. (The "legal" work's
section-aware diff, ``editor/compare``, will replace this when it lands.)
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["same", "removed", "added"]
#: Unchanged lines kept around each change; longer unchanged stretches are folded.
CONTEXT = 2
_TOKEN = re.compile(r"\s+|\w+(?:[’'-]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Span:
    text: str
    kind: Kind


@dataclass(frozen=True)
class Row:
    """One line on each side (None: no line there); ``folded`` rows stand for hidden unchanged lines."""

    left: tuple[Span, ...] | None
    right: tuple[Span, ...] | None
    folded: int = 0

    @property
    def changed(self) -> bool:
        return self.left != self.right or any(s.kind != "same" for s in (*(self.left or ()), *(self.right or ())))


def tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


def word_spans(old: str, new: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The two lines split into unchanged, removed (left) and added (right) runs of words."""
    a, b = tokens(old), tokens(new)
    left: list[Span] = []
    right: list[Span] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            left.append(Span("".join(a[i1:i2]), "same"))
            right.append(Span("".join(b[j1:j2]), "same"))
            continue
        if i2 > i1:
            left.append(Span("".join(a[i1:i2]), "removed"))
        if j2 > j1:
            right.append(Span("".join(b[j1:j2]), "added"))
    return _merged(left), _merged(right)


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].kind == span.kind:
            out[-1] = Span(out[-1].text + span.text, span.kind)
        elif span.text:
            out.append(span)
    return tuple(out)


def compare(old: str, new: str, context: int = CONTEXT) -> list[Row]:
    """Rows of the side-by-side comparison of ``old`` (left) and ``new`` (right)."""
    a, b = old.splitlines(), new.splitlines()
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            rows.extend(Row((Span(line, "same"),), (Span(line, "same"),)) for line in a[i1:i2])
            continue
        old_lines, new_lines = a[i1:i2], b[j1:j2]
        for k in range(max(len(old_lines), len(new_lines))):
            left = old_lines[k] if k < len(old_lines) else None
            right = new_lines[k] if k < len(new_lines) else None
            if left is not None and right is not None:
                rows.append(Row(*word_spans(left, right)))
            elif left is not None:
                rows.append(Row((Span(left, "removed"),), None))
            else:
                rows.append(Row(None, (Span(right or "", "added"),)))
    return _fold(rows, context)


def _fold(rows: list[Row], context: int) -> list[Row]:
    changed = [i for i, row in enumerate(rows) if row.changed]
    if not changed:
        return []
    keep = {j for i in changed for j in range(i - context, i + context + 1)}
    out: list[Row] = []
    hidden = 0
    for i, row in enumerate(rows):
        if i in keep:
            if hidden:
                out.append(Row(None, None, hidden))
                hidden = 0
            out.append(row)
        else:
            hidden += 1
    if hidden:
        out.append(Row(None, None, hidden))
    return out
