"""The engine: mask the protected spans, run the rules in order on the view, restore.

:func:`fix` edits the text in place (output equals input except the characters a rule
changed). :func:`check` runs the same rules, remembers each rule's edits, and maps them back
to offsets of the original text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from editor.errors import PolicyEditorError, register_messages
from editor.typography.findings import Finding, expected_text
from editor.typography.mask_text import text_spans
from editor.typography.masking import Masked, build
from editor.typography.profiles import Profile, get_profile
from editor.typography.registry import RULES
from editor.typography.rule import Edit, Rule, apply_edits

for _rule in RULES:
    register_messages(_rule.messages)


def _mask_markdown(text: str) -> Masked:
    from editor.typography.mask_markdown import mask_markdown  # imported on use: the render step masks text only

    return mask_markdown(text)


def _mask_html(text: str) -> Masked:
    from editor.typography.mask_html import mask_html

    return mask_html(text)


MASKERS: dict[str, Callable[[str], Masked]] = {
    "text": lambda text: build(text, text_spans(text)),
    "markdown": _mask_markdown,
    "html": _mask_html,
}


def mask(text: str, fmt: str) -> Masked:
    """The masked view of ``text`` read as ``fmt`` ("text", "markdown" or "html")."""
    try:
        masker = MASKERS[fmt]
    except (KeyError, TypeError):
        raise PolicyEditorError("typo.unknown_format", format=fmt, known=", ".join(MASKERS)) from None
    return masker(text)


def fix_view(view: str, profile: Profile, rules: Sequence[Rule] = RULES) -> str:
    """Run every rule on a view (sentinels stay where they are)."""
    for rule in rules:
        view = rule.apply(view, profile)
    return view


def fix(text: str, profile: str | Profile = "fine", fmt: str = "text") -> str:
    """``text`` with French typography applied in place (see the reference note, §3 and §4)."""
    chosen = get_profile(profile)
    masked = mask(text, fmt)
    return masked.restore(fix_view(masked.view, chosen))


class _Stage:
    """One rule's edits on its input view, with the positions they have in its output."""

    def __init__(self, edits: list[Edit]) -> None:
        self.in_starts = [edit[0] for edit in edits]
        self.in_ends = [edit[1] for edit in edits]
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        delta = 0
        for start, end, replacement, _key in edits:
            self.out_starts.append(start + delta)
            delta += len(replacement or "") - (end - start)
            self.out_ends.append(end + delta)

    def back(self, position: int, right: bool) -> int:
        return _map(position, right, self.out_starts, self.out_ends, self.in_starts, self.in_ends)

    def forward(self, position: int, right: bool) -> int:
        return _map(position, right, self.in_starts, self.in_ends, self.out_starts, self.out_ends)


def _map(
    position: int, right: bool, starts: list[int], ends: list[int], to_starts: list[int], to_ends: list[int]
) -> int:
    """Where ``position`` goes through edits that replace [starts, ends) by [to_starts, to_ends).

    A position inside an edited span goes to the start of its replacement (``right`` False, the
    start of a finding) or to its end (``right`` True, the end of a finding)."""
    index = bisect.bisect_right(starts, position) - 1
    if right:
        # an edit starting exactly here belongs to the span that ends here only if it is empty
        while index >= 0 and starts[index] == position and ends[index] > position:
            index -= 1
    if index < 0:
        return position
    start, end = starts[index], ends[index]
    if position >= end and position > start:
        return position - end + to_ends[index]
    if start < position < end or (position == start == end):
        return to_ends[index] if right else to_starts[index]
    return to_starts[index] if position == start else position - end + to_ends[index]


def check(text: str, profile: str | Profile = "fine", fmt: str = "text") -> list[Finding]:
    """Every place where :func:`fix` would change ``text`` (and spans shown for review only).

    Applying the replacements of the findings (those that have one) to ``text`` gives
    ``fix(text, profile, fmt)``.
    """
    chosen = get_profile(profile)
    masked = mask(text, fmt)
    view = masked.view
    stages: list[_Stage] = []
    # (start, end, rule, key, replacement) in view_0 coordinates
    spans: list[tuple[int, int, str, str, str | None]] = []
    for rule in RULES:
        edits = [edit for edit in rule.edits(view, chosen) if view[edit[0] : edit[1]] != edit[2]]
        earlier = [stage for stage in reversed(stages) if stage.in_starts]
        for start, end, replacement, key in edits + rule.review(view):
            for stage in earlier:
                start, end = stage.back(start, False), stage.back(end, True)
            spans.append((start, end, rule.name, key, replacement))
        stages.append(_Stage(edits))
        view = apply_edits(view, edits)
    spans.sort(key=lambda item: (item[0], item[1]))
    merged: list[list] = []
    for start, end, rule_name, key, replacement in spans:
        last = merged[-1] if merged else None
        if (
            last
            and replacement is not None
            and last[4] is not None
            and (start < last[1] or (start == last[0] and end == last[1]))
        ):
            last[1] = max(last[1], end)
            last[5] = True
            continue
        merged.append([start, end, rule_name, key, replacement, False])
    changing = [stage for stage in stages if stage.in_starts]
    findings: list[Finding] = []
    for start, end, rule_name, key, replacement, overlapped in merged:
        if overlapped:
            final_start, final_end = start, end
            for stage in changing:
                # an insertion exactly at either edge of a non-empty span is a finding of its own
                final_start = stage.forward(final_start, start != end)
                final_end = stage.forward(final_end, start == end)
            replacement = view[final_start:final_end]
        offset = masked.original_offset(start)
        length = masked.original_offset(end) - offset if end > start else 0
        findings.append(Finding(offset, length, rule_name, key, replacement, {"expected": expected_text(replacement)}))
    return findings
