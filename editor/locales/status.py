"""Per-section translation status of a target against its source, and the edits translators make."""

from __future__ import annotations

import dataclasses
import enum
from collections import Counter
from dataclasses import dataclass

from editor.locales.fingerprint import fingerprint
from editor.model.policy import Policy, Section


class Status(enum.Enum):
    TRANSLATED = "translated"
    OUTDATED = "outdated"  # the source section changed since it was translated
    MISSING = "missing"  # in the source, not in the target, or never marked translated
    EXTRA = "extra"  # in the target, gone from the source


@dataclass(frozen=True)
class SectionStatus:
    id: str
    status: Status
    source: Section | None
    target: Section | None


def statuses(source: Policy, target: Policy) -> list[SectionStatus]:
    """One entry per section id: the source's order first, then the target's extra sections."""
    targets = {section.id: section for section in target.walk()}
    result = []
    seen = set()
    for section in source.walk():
        seen.add(section.id)
        found = targets.get(section.id)
        recorded = target.translated_from.get(section.id)
        if found is None or recorded is None:
            status = Status.MISSING
        elif recorded == fingerprint(section):
            status = Status.TRANSLATED
        else:
            status = Status.OUTDATED
        result.append(SectionStatus(section.id, status, section, found))
    for section in target.walk():
        if section.id not in seen:
            result.append(SectionStatus(section.id, Status.EXTRA, None, section))
    return result


def counts(entries: list[SectionStatus]) -> dict[Status, int]:
    counted = Counter(entry.status for entry in entries)
    return {status: counted.get(status, 0) for status in Status}


def mark_translated(source: Policy, target: Policy, section_ids: list[str] | None = None) -> Policy:
    """``target`` recording the current source fingerprint of ``section_ids`` (default: all it has)."""
    present = target.ids()
    wanted = present if section_ids is None else set(section_ids) & present
    prints = dict(target.translated_from)
    for section in source.walk():
        if section.id in wanted:
            prints[section.id] = fingerprint(section)
    return dataclasses.replace(target, translated_from=prints)


def new_target(source: Policy, locale: str, source_locale: str | None = None) -> Policy:
    """A target for ``locale``: a copy of the source's text with every section still untranslated."""
    extra = dict(source.meta.extra)
    extra["source-locale"] = source_locale or source.meta.locale
    meta = dataclasses.replace(source.meta, locale=locale, extra=extra)
    return Policy(meta, source.sections, {}, {})


def next_needing_work(entries: list[SectionStatus], after: str | None = None) -> str | None:
    """The id of the next outdated (else missing) section after ``after``, wrapping around."""
    ids = [entry.id for entry in entries]
    start = ids.index(after) + 1 if after in ids else 0
    order = entries[start:] + entries[:start]
    for wanted in (Status.OUTDATED, Status.MISSING):
        for entry in order:
            if entry.status is wanted:
                return entry.id
    return None


def with_text(target: Policy, section_id: str, title: str, body: str) -> Policy:
    """``target`` with one section's title and body replaced."""

    def change(section: Section) -> Section:
        children = tuple(change(child) for child in section.children)
        if section.id == section_id:
            return dataclasses.replace(section, title=title, body=body, children=children)
        return dataclasses.replace(section, children=children) if children != section.children else section

    return dataclasses.replace(target, sections=tuple(change(section) for section in target.sections))
