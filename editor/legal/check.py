"""The completeness check: which checklist items a policy covers, and the sentences that show it.

Each item ends ``covered`` (evidence: section and sentence), ``partial`` (some of its facts are
there, e.g. the host's address without a telephone), ``suspicious`` (addressed, but the key fact
is absent or the wording is outdated: a retention period without a duration, "Privacy Shield")
or ``missing``. Matching ignores case, accents and apostrophe forms; a sentence that denies the
item covers it; a heading with nothing under it covers nothing. This is an aid for a lawyer's
review, never a statement of compliance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from editor.compare.text import blocks
from editor.legal.checklist import KINDS, Checklist, Cue, Item, Trap, load_checklist
from editor.legal.kinds import guess_kinds, text_language
from editor.legal.normalize import is_negated, normalize, starts_word
from editor.model.policy import Policy, Section

Status = Literal["covered", "partial", "suspicious", "missing"]
STATUSES: tuple[Status, ...] = ("covered", "partial", "suspicious", "missing")
#: Evidence sentences kept per item (the sections holding evidence are all used for facts).
MAX_EVIDENCE = 6
#: Sentences read for an item's facts or traps when they are looked for around its evidence.
MAX_SCOPE_UNITS = 50
DISCLAIMER = "An aid for a lawyer's review of the text, not legal advice: a complete checklist is not a legal opinion."
_WORD = re.compile(r"[a-z0-9]+")
_DENIED_AFTER = re.compile(r"\s*(pas|jamais|not)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"“(A-ZÀ-Ý])")


@dataclass(frozen=True)
class Evidence:
    """Where an item is addressed: the section, and the sentence (or heading) that does it."""

    section_id: str | None
    section_title: str
    text: str
    heading: bool = False
    negated: bool = False


@dataclass(frozen=True)
class ItemResult:
    item: Item
    status: Status
    evidence: tuple[Evidence, ...]
    applies: bool
    missing_facts: tuple[str, ...] = ()
    trap: Trap | None = None

    @property
    def required(self) -> bool:
        """A required item that applies to this policy (its absence makes ``check`` exit 1)."""
        return self.applies and self.item.severity == "required"

    @property
    def section_id(self) -> str | None:
        return next((e.section_id for e in self.evidence if e.section_id), None)


@dataclass(frozen=True)
class Report:
    kinds: tuple[str, ...]
    results: tuple[ItemResult, ...]
    language: str

    def result(self, item_id: str) -> ItemResult:
        for result in self.results:
            if result.item.id == item_id:
                return result
        raise KeyError(item_id)

    def required_missing(self) -> tuple[ItemResult, ...]:
        return tuple(r for r in self.results if r.required and r.status == "missing")

    def as_json(self) -> dict[str, object]:
        return {
            "kind": "+".join(self.kinds),
            "disclaimer": DISCLAIMER,
            "items": [
                {
                    "id": r.item.id,
                    "status": r.status,
                    "section": r.section_id,
                    "evidence": [
                        {"section": e.section_id, "text": e.text, "heading": e.heading, "negated": e.negated}
                        for e in r.evidence
                    ],
                    "kind": r.item.kind,
                    "severity": r.item.severity,
                    "applies": r.applies,
                    "reference": r.item.reference,
                    "missing_facts": list(r.missing_facts),
                    "reason": r.trap.reason if r.trap else "",
                }
                for r in self.results
            ],
        }


@dataclass(frozen=True)
class _Unit:
    """One sentence or heading of the policy, with its normalised form."""

    section: int
    text: str
    norm: str
    heading: bool


class _Text:
    """The policy cut into sentences, normalised once, joined for fast whole-document searches."""

    def __init__(self, policy: Policy) -> None:
        self.sections: list[Section] = list(policy.walk())
        self.units: list[_Unit] = []
        self.section_norm: list[str] = []
        has_text = _sections_with_text(policy)
        for index, section in enumerate(self.sections):
            texts: list[str] = []
            if section.title and section.id in has_text:
                texts.append(section.title)
            heading = len(texts)
            for block in blocks(section.body):
                texts.extend(sentence for sentence in _SENTENCE_END.split(block) if sentence.strip())
            # One normalisation per section (NUL never occurs in text and survives normalising).
            norms = normalize("\x00".join(text.replace("\x00", " ") for text in texts)).split("\x00") if texts else []
            for number, (original, norm) in enumerate(zip(texts, norms, strict=True)):
                self.units.append(_Unit(index, original, norm.strip(), number < heading))
            self.section_norm.append("\n".join(norm.strip() for norm in norms))
        self.starts: list[int] = []
        position = 0
        for unit in self.units:
            self.starts.append(position)
            position += len(unit.norm) + 1
        self.joined = "\n".join(unit.norm for unit in self.units)
        # word -> units holding it, in order (a unit is listed once: it is the last one added).
        self.index: dict[str, list[int]] = {}
        index = self.index
        for number, unit in enumerate(self.units):
            for word in _WORD.findall(unit.norm):
                bucket = index.get(word)
                if bucket is None:
                    index[word] = [number]
                elif bucket[-1] != number:
                    bucket.append(number)
        self.vocabulary = sorted(self.index)

    def _candidates(self, leads: tuple[tuple[str, bool], ...]) -> set[int]:
        """Units holding one of the words ``leads`` (or a word one of them is the stem of)."""
        units: set[int] = set()
        for word, stem in leads:
            if not stem:
                units.update(self.index.get(word, ()))
                continue
            at = bisect.bisect_left(self.vocabulary, word)
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(word):
                units.update(self.index[self.vocabulary[at]])
                at += 1
        return units

    def matches(self, cues: tuple[Cue, ...]) -> list[tuple[int, bool]]:
        """(unit index, negated) of each unit where one of ``cues`` matches, once per unit;
        negated is true when every match in that unit is denied."""
        found: dict[int, bool] = {}
        for cue in cues:
            if cue.leads is None:
                spans = [
                    (bisect.bisect_right(self.starts, m.start()) - 1, m)
                    for m in cue.pattern.finditer(self.joined)
                    if starts_word(self.joined, m.start())
                ]
                hits = [(unit, m.start() - self.starts[unit], m.end() - self.starts[unit]) for unit, m in spans]
            else:
                hits = [
                    (unit, m.start(), m.end())
                    for unit in self._candidates(cue.leads)
                    for m in cue.pattern.finditer(self.units[unit].norm)
                    if starts_word(self.units[unit].norm, m.start())
                ]
            for unit, start, end in hits:
                if unit in found and not found[unit]:
                    continue
                norm = self.units[unit].norm
                negated = is_negated(norm[:start]) or bool(_DENIED_AFTER.match(norm, end))
                found[unit] = found.get(unit, True) and negated
        return sorted(found.items())

    def around(self, hits: list[tuple[int, bool]]) -> str:
        """The normalised text of the units hit and of the unit after each, in the same section."""
        chosen: set[int] = set()
        for unit, _negated in hits:
            chosen.add(unit)
            following = unit + 1
            if following < len(self.units) and self.units[following].section == self.units[unit].section:
                chosen.add(following)
        return "\n".join(self.units[unit].norm for unit in sorted(chosen))

    def subtree_norm(self, index: int) -> str:
        """The normalised text of section ``index`` and its descendants."""
        level = self.sections[index].level
        parts = [self.section_norm[index]]
        for following in range(index + 1, len(self.sections)):
            if self.sections[following].level <= level:
                break
            parts.append(self.section_norm[following])
        return "\n".join(parts)


class _Lazy:
    """A text computed on first use (the scope of an item is often not needed)."""

    def __init__(self, make: Callable[[], str]) -> None:
        self._make = make
        self._value: str | None = None

    @property
    def value(self) -> str:
        if self._value is None:
            self._value = self._make()
        return self._value


def _sections_with_text(policy: Policy) -> set[str]:
    """Ids of sections whose body, or a subsection's, has text (an empty heading covers nothing)."""
    result: set[str] = set()

    def visit(section: Section) -> bool:
        filled = bool(section.body.strip())
        for child in section.children:
            filled = visit(child) or filled
        if filled:
            result.add(section.id)
        return filled

    for top in policy.sections:
        visit(top)
    return result


def check(policy: Policy, kinds: Sequence[str] | None = None, checklist: Checklist | None = None) -> Report:
    """Check ``policy`` against the checklist items of ``kinds`` (guessed when not given)."""
    checklist = checklist or load_checklist()
    text = _Text(policy)
    chosen = tuple(kind for kind in KINDS if kind in (kinds or guess_kinds(policy, text.joined)))
    conditions = {
        name: any(not negated for _unit, negated in text.matches(pattern))
        for name, pattern in checklist.conditions.items()
    }
    language = text_language(policy, text.joined)
    results = tuple(
        _check_item(item, text, conditions, checklist, policy, language) for item in checklist.items_of(chosen)
    )
    return Report(chosen, results, language)


def _applies(item: Item, conditions: dict[str, bool], language: str) -> bool:
    if item.applies == "always":
        return True
    if item.applies.startswith("locale:"):
        return language == item.applies.removeprefix("locale:")
    return conditions.get(item.applies, False)


def _check_item(
    item: Item, text: _Text, conditions: dict[str, bool], checklist: Checklist, policy: Policy, language: str
) -> ItemResult:
    applies = _applies(item, conditions, language)
    hits = text.matches(item.patterns)
    # Headings first: "Durées de conservation" is better evidence than a passing "conservé".
    hits.sort(key=lambda hit: (not text.units[hit[0]].heading, hit[0]))
    evidence = []
    for unit_index, negated in hits[:MAX_EVIDENCE]:
        unit = text.units[unit_index]
        section = text.sections[unit.section]
        evidence.append(Evidence(section.id, section.title, unit.text, unit.heading, negated))
    evidence.sort(key=lambda e: text.sections.index(policy.find(e.section_id)) if e.section_id else -1)
    if item.metadata_date and (policy.meta.updated or policy.meta.effective):
        date = policy.meta.updated or policy.meta.effective
        evidence.insert(0, Evidence(None, "", f"updated: {date.isoformat() if date else ''}"))
    if not evidence:
        return ItemResult(item, "missing", (), applies)
    # Facts are looked for in the sections (with their subsections) holding the evidence shown.
    sections = sorted({text.units[u].section for u, _negated in hits[:MAX_EVIDENCE]})
    scope = _Lazy(lambda: "\n".join(text.subtree_norm(index) for index in sections))
    status: Status = "covered"
    missing_facts: tuple[str, ...] = ()
    affirmed = [hit for hit in hits if not hit[1]]
    if item.facts and affirmed:
        facts_text = scope.value if item.facts_scope == "sections" else text.around(affirmed[:MAX_SCOPE_UNITS])
        missing_facts = tuple(name for name in item.facts if not checklist.facts[name].search(facts_text))
        if len(missing_facts) == len(item.facts):
            status = "suspicious" if item.without_facts == "suspicious" else "partial"
        elif missing_facts:
            status = "partial"
    trap = _sprung_trap(item, checklist, text, scope, hits, language)
    if trap is not None:
        status = "suspicious"
    return ItemResult(item, status, tuple(evidence), applies, missing_facts, trap)


def _sprung_trap(
    item: Item, checklist: Checklist, text: _Text, scope: _Lazy, hits: list[tuple[int, bool]], language: str
) -> Trap | None:
    for trap in checklist.traps:
        if item.id not in trap.items or (trap.locales and language not in trap.locales):
            continue
        if trap.scope == "document":
            if text.matches(trap.cues):
                return trap
            continue
        evidence = "\n".join(text.units[u].norm for u, _negated in hits[:MAX_SCOPE_UNITS])
        haystack = scope.value if trap.scope == "sections" else evidence
        if trap.pattern.search(haystack):
            return trap
    return None
