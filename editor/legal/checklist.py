"""The completeness checklist, read from data (``resources/legal/checklist.toml``).

Counsel reviews and extends the TOML file; this module only loads it, checks it is coherent
(every item names known facts and conditions) and compiles the cues. Item ids are stable, so
results stay comparable across versions of a policy.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from editor.assets import resource
from editor.errors import FileFormatError
from editor.legal.normalize import cue_pattern, lead_words

KINDS = ("privacy", "mentions-legales")
SEVERITIES = ("required", "recommended")
FALLBACK_STATUSES = ("partial", "suspicious")
TRAP_SCOPES = ("document", "sections", "evidence")

Severity = Literal["required", "recommended"]


@dataclass(frozen=True)
class Cue:
    """A compiled cue, and the word it starts with (for the word index; None: search everywhere)."""

    text: str
    pattern: re.Pattern[str]
    leads: tuple[tuple[str, bool], ...] | None


@dataclass(frozen=True)
class Item:
    """One thing a policy must (or should) say."""

    id: str
    kind: str
    name_fr: str
    name_en: str
    heading_fr: str
    heading_en: str
    definition: str
    reference: str
    severity: Severity
    applies: str
    cues: tuple[str, ...]
    patterns: tuple[Cue, ...]
    facts: tuple[str, ...] = ()
    without_facts: str = "suspicious"
    facts_scope: str = "sections"
    metadata_date: bool = False

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en

    def heading(self, language: str) -> str:
        return self.heading_fr if language == "fr" else self.heading_en


@dataclass(frozen=True)
class Trap:
    """Wording that makes an item suspicious (outdated law, a wrong figure)."""

    id: str
    items: tuple[str, ...]
    scope: str
    pattern: re.Pattern[str]
    cues: tuple[Cue, ...]
    reason: str
    locales: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checklist:
    items: tuple[Item, ...]
    conditions: dict[str, tuple[Cue, ...]]
    facts: dict[str, re.Pattern[str]]
    traps: tuple[Trap, ...]

    def items_of(self, kinds: tuple[str, ...]) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.kind in kinds)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def _compile(patterns: list[str], where: str, path: str) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as error:
        raise FileFormatError("legal.checklist", path=path, detail=f"{where}: {error}") from None


def _compile_each(cues: list[str] | tuple[str, ...], where: str, path: str) -> tuple[Cue, ...]:
    """One pattern per cue: each is searched only in the sentences holding its first word."""
    return tuple(Cue(str(cue), _compile([cue_pattern(str(cue))], where, path), lead_words(str(cue))) for cue in cues)


def _item(raw: dict[str, Any], checklist_facts: dict[str, re.Pattern[str]], conditions: set[str], path: str) -> Item:
    where = f"item {raw.get('id', '?')!r}"
    try:
        cues = tuple(str(cue) for cue in raw["cues"])
        item = Item(
            id=str(raw["id"]),
            kind=str(raw["kind"]),
            name_fr=str(raw["name_fr"]),
            name_en=str(raw["name_en"]),
            heading_fr=str(raw["heading_fr"]),
            heading_en=str(raw["heading_en"]),
            definition=str(raw["definition"]),
            reference=str(raw["reference"]),
            severity=raw["severity"],
            applies=str(raw["applies"]),
            cues=cues,
            patterns=_compile_each(cues, where, path),
            facts=tuple(raw.get("facts", ())),
            without_facts=str(raw.get("without_facts", "suspicious")),
            facts_scope=str(raw.get("facts_scope", "sections")),
            metadata_date=bool(raw.get("metadata_date", False)),
        )
    except KeyError as error:
        raise FileFormatError("legal.checklist", path=path, detail=f"{where} has no {error.args[0]!r}") from None
    problems = []
    if item.kind not in KINDS:
        problems.append(f"kind {item.kind!r} (known: {', '.join(KINDS)})")
    if item.severity not in SEVERITIES:
        problems.append(f"severity {item.severity!r}")
    if item.without_facts not in FALLBACK_STATUSES:
        problems.append(f"without_facts {item.without_facts!r}")
    if item.facts_scope not in ("sections", "evidence"):
        problems.append(f"facts_scope {item.facts_scope!r}")
    problems += [f"unknown fact {name!r}" for name in item.facts if name not in checklist_facts]
    applies = item.applies
    if applies != "always" and not applies.startswith("locale:") and applies not in conditions:
        problems.append(f"unknown condition {applies!r}")
    if problems:
        raise FileFormatError("legal.checklist", path=path, detail=f"{where}: " + "; ".join(problems))
    return item


def parse_checklist(data: dict[str, Any], path: str = "checklist") -> Checklist:
    """A checklist from the parsed TOML document."""
    facts = {name: _compile(list(patterns), f"fact {name!r}", path) for name, patterns in data.get("facts", {}).items()}
    conditions = {
        name: _compile_each(spec["cues"], f"condition {name!r}", path)
        for name, spec in data.get("conditions", {}).items()
    }
    items = tuple(_item(raw, facts, set(conditions), path) for raw in data.get("items", ()))
    ids = [item.id for item in items]
    duplicates = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
    if duplicates:
        raise FileFormatError("legal.checklist", path=path, detail=f"ids used twice: {', '.join(duplicates)}")
    traps = []
    for raw in data.get("traps", ()):
        trap = Trap(
            id=str(raw["id"]),
            items=tuple(raw["items"]),
            scope=str(raw.get("scope", "document")),
            pattern=_compile(list(raw["patterns"]), f"trap {raw['id']!r}", path),
            cues=_compile_each([f"re:{pattern}" for pattern in raw["patterns"]], f"trap {raw['id']!r}", path),
            reason=str(raw["reason"]),
            locales=tuple(raw.get("locales", ())),
        )
        unknown = [item_id for item_id in trap.items if item_id not in ids]
        if trap.scope not in TRAP_SCOPES or unknown:
            raise FileFormatError("legal.checklist", path=path, detail=f"trap {trap.id!r}: scope or items {unknown}")
        traps.append(trap)
    return Checklist(items, conditions, facts, tuple(traps))


def load_checklist(path: str | Path | None = None) -> Checklist:
    """The checklist in ``path`` (default: the bundled one, loaded once)."""
    if path is None:
        return _default()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise FileFormatError("legal.checklist", path=str(path), detail=str(error)) from None
    return parse_checklist(data, str(path))


@lru_cache(maxsize=1)
def _default() -> Checklist:
    return load_checklist(resource("legal", "checklist.toml"))
