"""Masking: the protected spans of a text become sentinel characters, so rules only see prose.

:func:`mask` returns a :class:`Masked` whose ``view`` is the text with each protected span
replaced by one sentinel (see :mod:`editor.typography.chars`); rules edit the view, never a
sentinel, and :meth:`Masked.restore` puts every protected span back byte for byte. A span
finder per format (:data:`FINDERS`) lists the spans; Private Use characters that already are in
the text are protected too, so a sentinel in the input can never be confused with a span.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor.typography.chars import SENTINELS, positions

#: A protected span: (start, end, sentinel) in the original text.
Span = tuple[int, int, str]

#: A finder lists the protected spans of a whole text, sorted and non-overlapping.
Finder = Callable[[str], list[Span]]

_SENTINEL_RE = re.compile(f"[{SENTINELS}]")
_SENTINEL_RUN_RE = re.compile(f"[{SENTINELS}]+")


@dataclass
class Masked:
    """A text, its view for the rules, and what each sentinel of the view stands for."""

    text: str
    view: str
    originals: list[str]
    view_positions: list[int]
    extra: list[int]  # extra[k]: characters hidden by the first k sentinels (original - view)

    def restore(self, view: str) -> str:
        """The original text with the rules' edits: each sentinel back to its protected span."""
        if not self.originals:
            return view
        pieces: list[str] = []
        position = 0
        for index, found in enumerate(positions(view, SENTINELS)):
            pieces.append(view[position:found])
            pieces.append(self.originals[index])
            position = found + 1
        pieces.append(view[position:])
        return "".join(pieces)

    def original_offset(self, position: int) -> int:
        """The offset in the original text of a position of the (unedited) view."""
        return position + self.extra[bisect.bisect_left(self.view_positions, position)]


def build(text: str, spans: Iterable[Span]) -> Masked:
    """The view of ``text`` with ``spans`` (sorted, non-overlapping) replaced by their sentinels."""
    spans = _with_stray_sentinels(text, list(spans))
    pieces: list[str] = []
    originals: list[str] = []
    view_positions: list[int] = []
    extra = [0]
    position = 0
    view_length = 0
    for start, end, sentinel in spans:
        pieces.append(text[position:start])
        view_length += start - position
        view_positions.append(view_length)
        pieces.append(sentinel)
        view_length += 1
        originals.append(text[start:end])
        extra.append(extra[-1] + end - start - 1)
        position = end
    pieces.append(text[position:])
    return Masked(text, "".join(pieces), originals, view_positions, extra)


def _with_stray_sentinels(text: str, spans: list[Span]) -> list[Span]:
    """Add a WORD span for each run of Private Use sentinels already in the text (outside spans)."""
    if not _SENTINEL_RE.search(text):
        return spans
    starts = [span[0] for span in spans]
    added = list(spans)
    for match in _SENTINEL_RUN_RE.finditer(text):
        first = max(bisect.bisect_right(starts, match.start()) - 1, 0)
        last = bisect.bisect_left(starts, match.end())
        for gap_start, gap_end in gaps(match.start(), match.end(), spans[first:last]):
            added.append((gap_start, gap_end, SENTINELS[0]))
    added.sort()
    return added


def gaps(start: int, end: int, spans: list[Span]) -> list[tuple[int, int]]:
    """The stretches of [start, end) that no span covers (spans sorted, non-overlapping)."""
    found: list[tuple[int, int]] = []
    position = start
    for span_start, span_end, _ in spans:
        if span_start > position:
            found.append((position, span_start))
        position = max(position, span_end)
    if position < end:
        found.append((position, end))
    return found


class SpanSet:
    """Accepted spans, kept sorted; a candidate that overlaps an accepted span is refused."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans: list[Span] = sorted(spans)
        self._starts = [span[0] for span in self.spans]

    def add(self, start: int, end: int, sentinel: str) -> bool:
        if end <= start or self._overlaps(start, end):
            return False
        index = bisect.bisect_right(self._starts, start)
        self.spans.insert(index, (start, end, sentinel))
        self._starts.insert(index, start)
        return True

    def add_all(self, candidates: Iterable[tuple[int, int]], sentinel: str) -> None:
        """``add`` each candidate in turn, in time linear in the spans (no insert in the middle).

        The candidates are checked against the spans accepted before the call and against each
        other (kept apart, appended in order when they come sorted), then merged in once.
        """
        batch = SpanSet()
        for start, end in candidates:
            if end > start and not self._overlaps(start, end):
                batch.add(start, end, sentinel)
        if batch.spans:
            self.spans = list(heapq.merge(self.spans, batch.spans))
            self._starts = [span[0] for span in self.spans]

    def _overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self.spans[index - 1][1] > start:
            return True
        return index < len(self.spans) and self.spans[index][0] < end

    def add_around(self, start: int, end: int, sentinel: str) -> None:
        """Add the parts of [start, end) that no accepted span covers."""
        if self.add(start, end, sentinel):
            return
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        last = bisect.bisect_left(self._starts, end)
        for gap_start, gap_end in gaps(start, end, self.spans[first:last]):
            self.add(gap_start, gap_end, sentinel)

    def covers(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and self.spans[index][1] > position
