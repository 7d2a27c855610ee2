"""Protected spans of Markdown for typography: where the text is not prose (front matter, code,
comments, definitions, alignment rows, link targets, attribute lists, escapes: found by
:mod:`editor.markdown.spans`, the dialect's owner), blocks in another language, inline HTML;
then URLs, addresses, times, paths and smileys in what is left.
"""

from __future__ import annotations

import re

from editor.markdown import spans as markdown
from editor.typography.chars import BREAK, CLOSE, WORD
from editor.typography.mask_html import markup_spans
from editor.typography.mask_text import text_spans_in
from editor.typography.masking import Masked, Span, SpanSet, build, gaps

#: An attribute list that sets ``lang`` at the end of a line (Python-Markdown attr_list).
_LANG_ATTRIBUTES = re.compile(
    r"\{:?[^}\n]*?(?<![\w-])lang=(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s}'\"]+))[^}\n]*\}[ \t\r]*(?=\n|\Z)"
)
#: The sentinel standing for each kind of inline span in the engine's view.
_INLINE_SENTINELS = {
    "code": WORD,
    "autolink": WORD,
    "destination": CLOSE,
    "label": CLOSE,
    "attributes": WORD,
    "escape": WORD,
}


def markdown_spans(text: str) -> list[Span]:
    """Every protected span of a Markdown text, sorted and non-overlapping."""
    accepted = SpanSet()
    _block_spans(text, accepted)
    block = list(accepted.spans)
    block_gaps = gaps(0, len(text), block)
    for kind in markdown.INLINE_KINDS:  # the gaps are disjoint: kind by kind is gap by gap, kind by kind
        found = (
            span for gap_start, gap_end in block_gaps for span in markdown.inline_spans(text, gap_start, gap_end, kind)
        )
        accepted.add_all(found, _INLINE_SENTINELS[kind])
    inline = list(accepted.spans)
    for gap_start, gap_end in gaps(0, len(text), inline):
        if "<" in text[gap_start:gap_end] or "&" in text[gap_start:gap_end]:
            for span in markup_spans(text, gap_start, gap_end):
                accepted.add(*span)
    spans = accepted.spans
    found = text_spans_in(text, gaps(0, len(text), spans))
    spans.extend(span for span in found if not _closes_emphasis(text, span[0], span[1]))
    spans.sort()
    return spans


_MARK_THEN_STARS = re.compile(r"[:;=]\*+")


def _closes_emphasis(text: str, start: int, end: int) -> bool:
    """Whether a smiley-like token (``:*``, ``;**``) is a mark followed by the closing marker of
    an emphasis opened earlier on its line (``**Important :**``): the mark is then prose."""
    if not _MARK_THEN_STARS.fullmatch(text, start, end) or start == 0 or text[start - 1] == "*":
        return False
    run = end - start - 1
    if end < len(text) and text[end] == "*":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    openers = 0
    for match in re.finditer(r"(?<!\*)\*+(?!\*)", text[line_start:start]):
        if match.end() - match.start() == run:
            openers += 1
    return openers % 2 == 1


def _block_spans(text: str, accepted: SpanSet) -> None:
    front = markdown.front_matter_end(text)
    if front:
        accepted.add(0, front, BREAK)
    for start, end in markdown.fenced_blocks(text):
        accepted.add(start, end, BREAK)
    for start, end in markdown.comments(text):
        accepted.add(start, end, BREAK)
    for start, end in markdown.indented_code_blocks(text):
        accepted.add(start, end, BREAK)
    if "lang=" in text:
        _foreign_blocks(text, accepted)
    for start, end in markdown.definitions(text):
        accepted.add(start, end, BREAK)


def _foreign_blocks(text: str, accepted: SpanSet) -> None:
    """A heading or paragraph whose attribute list sets a language other than French."""
    floor = 0  # what earlier matches protected: never scanned again, so the whole pass is linear
    for match in _LANG_ATTRIBUTES.finditer(text):
        value = next(group for group in match.groups() if group is not None).strip().lower()
        if not value or value == "fr" or value.startswith(("fr-", "fr_")):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start : match.start()].lstrip().startswith("#"):
            start = line_start
        else:
            start = _paragraph_start(text, line_start, floor)
        floor = match.end()
        accepted.add_around(start, match.end(), BREAK)


def _paragraph_start(text: str, line_start: int, floor: int = 0) -> int:
    """The start of the paragraph whose line starts at ``line_start`` (after a blank line)."""
    while line_start > floor:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        if not text[previous : line_start - 1].strip():
            return line_start
        line_start = previous
    return max(line_start, floor)


def mask_markdown(text: str) -> Masked:
    return build(text, markdown_spans(text))
