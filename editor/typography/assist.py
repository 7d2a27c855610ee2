"""The typography assistant's core: findings of a whole policy, quick fixes, fixes as one types.

The editor underlines :func:`~editor.typography.check` findings and offers fixes; everything it
needs that is not drawing lives here, tested without Qt. Titles are checked as plain text and
bodies as Markdown, with the document's profile (no findings for a profile the engine does not
know). Findings without a replacement are for review only: no fix here ever applies them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from editor.model.policy import Policy
from editor.model.replace_all import ReplaceAll, SectionText
from editor.typography.chars import SPACES
from editor.typography.engine import check, fix
from editor.typography.findings import Finding
from editor.typography.profiles import PROFILES

Field = Literal["title", "body"]
FORMATS: dict[str, str] = {"title": "text", "body": "markdown"}
#: The rules whose fixes "fix as I type" applies: spaces around high punctuation and guillemets.
TYPING_RULES = ("punctuation", "guillemets")


@dataclass(frozen=True)
class Located:
    """A finding in one field of one section."""

    section_id: str
    field: Field
    finding: Finding


def fixable(findings: list[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.replacement is not None]


def apply_findings(text: str, findings: list[Finding]) -> str:
    """``text`` with the replacements of ``findings`` (review-only ones are skipped)."""
    pieces: list[str] = []
    position = 0
    for finding in sorted(fixable(findings), key=lambda item: (item.offset, item.length)):
        if finding.offset < position:
            continue
        pieces.append(text[position : finding.offset])
        pieces.append(finding.replacement or "")
        position = finding.offset + finding.length
    pieces.append(text[position:])
    return "".join(pieces)


def _quotations(findings: list[Finding]) -> list[tuple[Finding, Finding]]:
    """The (opening, closing) straight-quote findings that make one quotation, in order."""
    pairs: list[tuple[Finding, Finding]] = []
    opened: list[Finding] = []
    for finding in sorted(findings, key=lambda item: item.offset):
        if finding.rule != "quotes":
            continue
        if finding.key.endswith("_open"):
            opened.append(finding)
        elif finding.key.endswith("_close") and opened:
            pairs.append((opened.pop(), finding))
    return pairs


def with_partners(findings: list[Finding], finding: Finding) -> list[Finding]:
    """What "fix this" must change together with ``finding`` (one of ``findings``): a straight
    quote is fixed with its partner and the spaces inside them (fixing one quote alone would
    leave a quotation the checker no longer sees); anything else alone."""
    for opening, closing in _quotations(findings):
        first, last = opening.offset + opening.length, closing.offset
        inside = [
            item
            for item in findings
            if item.rule == "guillemets" and (item.offset == first or last - 1 <= item.offset <= last)
        ]
        if finding in (opening, closing) or finding in inside:
            return [opening, closing, *inside]
    return [finding]


class FindingsCache:
    """check() results per (section, field), recomputed only for texts that changed."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[str, str, list[Finding]]] = {}

    def findings(self, section_id: str, field: Field, text: str, profile: str) -> list[Finding]:
        if profile not in PROFILES:
            return []
        key = (section_id, field)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == text and entry[1] == profile:
            return entry[2]
        found = check(text, profile, FORMATS[field])
        self._entries[key] = (text, profile, found)
        return found

    def document(self, policy: Policy) -> list[Located]:
        """Every finding of the policy, in document order (titles before bodies)."""
        profile = policy.meta.profile
        located: list[Located] = []
        live: set[tuple[str, str]] = set()
        for section in policy.walk():
            for field, text in (("title", section.title), ("body", section.body)):
                live.add((section.id, field))
                located.extend(Located(section.id, field, f) for f in self.findings(section.id, field, text, profile))  # type: ignore[arg-type]
        for stale in set(self._entries) - live:
            del self._entries[stale]
        return located


def rule_counts(located: list[Located]) -> Counter[str]:
    return Counter(item.finding.rule for item in located)


def fix_document(policy: Policy, section_ids: Iterable[str] | None = None) -> tuple[ReplaceAll | None, int]:
    """One operation fixing every title and body (of ``section_ids`` only, if given; review-only
    findings untouched), and how many findings it fixes; (None, 0) when there is nothing to fix."""
    profile = policy.meta.profile
    if profile not in PROFILES:
        return None, 0
    wanted = None if section_ids is None else set(section_ids)
    texts: list[SectionText] = []
    count = 0
    for section in policy.walk():
        if wanted is not None and section.id not in wanted:
            continue
        fixes = len(fixable(check(section.title, profile, "text")))
        fixes += len(fixable(check(section.body, profile, "markdown")))
        if fixes:
            count += fixes
            texts.append(
                SectionText(section.id, fix(section.title, profile, "text"), fix(section.body, profile, "markdown"))
            )
    return (ReplaceAll(tuple(texts)) if texts else None), count


def fixes_after_typing(text: str, position: int, profile: str, fmt: str = "markdown") -> list[Finding]:
    """The spacing fixes due once the character at ``position`` has just been typed.

    A mark is only known to be punctuation once what follows it is typed: ``12:30``,
    ``https://`` and ``:)`` start like a colon. So the space before ``: ; ! ?`` is fixed when a
    space or a line end is typed after the mark, the space inside ``«`` when the first
    character of the quotation is typed, and the space before ``»`` when ``»`` is typed. The
    engine decides (with its protections: URLs, e-mails, times, ratios, code, link targets).
    """
    if profile not in PROFILES or not 0 <= position < len(text) or _inside_open_markup(text, position):
        return []
    typed = text[position]
    if typed in " \n":
        wanted = lambda f: f.rule == "punctuation" and f.offset + f.length == position - 1  # noqa: E731
    elif typed == "»":
        wanted = lambda f: f.rule == "guillemets" and f.offset + f.length == position  # noqa: E731
    else:
        before = position
        while before > 0 and text[before - 1] in SPACES:
            before -= 1
        if before == 0 or text[before - 1] != "«":
            return []
        wanted = lambda f: f.rule == "guillemets" and f.offset == before  # noqa: E731
    return [f for f in check(text, profile, fmt) if f.replacement is not None and wanted(f)]


def _inside_open_markup(text: str, position: int) -> bool:
    """Whether ``position`` is inside a code span or link target still being typed (no closing
    backtick or parenthesis yet, so the engine cannot see it as one)."""
    line = text[text.rfind("\n", 0, position) + 1 : position]
    if line.count("`") % 2:
        return True
    target = line.rfind("](")
    return target >= 0 and ")" not in line[target + 2 :]
