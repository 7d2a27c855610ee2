"""Where a checklist item belongs in a policy, and the skeleton section that adds a missing one.

A missing item goes after the top-level section holding the evidence of the nearest item before
it in checklist order (the checklist follows the usual order of a notice), or before the one
holding the nearest item after it, or at the end. The skeleton is a heading in the policy's
language with an empty body, for the author to fill: the check keeps reporting the item until
something is written under it.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.legal.check import Report
from editor.model import InsertSection, Policy, Section, unique_id


@dataclass(frozen=True)
class Place:
    """A position among the top-level sections, and the section to show for it."""

    index: int
    near: str | None


def _top_of(policy: Policy, section_id: str) -> int | None:
    for index, top in enumerate(policy.sections):
        if top.contains(section_id):
            return index
    return None


def place_for(report: Report, policy: Policy, item_id: str) -> Place:
    """Where the item ``item_id`` belongs: its evidence, or the place a missing item would go."""
    ids = [result.item.id for result in report.results]
    position = ids.index(item_id)
    own = report.results[position].section_id
    if own is not None:
        top = _top_of(policy, own)
        return Place(len(policy.sections) if top is None else top, own)
    for result in reversed(report.results[:position]):
        if result.section_id is not None:
            top = _top_of(policy, result.section_id)
            if top is not None:
                return Place(top + 1, policy.sections[top].id)
    for result in report.results[position + 1 :]:
        if result.section_id is not None:
            top = _top_of(policy, result.section_id)
            if top is not None:
                return Place(top, policy.sections[top].id)
    last = policy.sections[-1].id if policy.sections else None
    return Place(len(policy.sections), last)


def insert_skeleton(report: Report, policy: Policy, item_id: str) -> InsertSection:
    """The model operation adding a heading for item ``item_id`` where it belongs (one undo step)."""
    result = report.result(item_id)
    title = result.item.heading(report.language)
    section_id = unique_id(title, policy.ids())
    place = place_for(report, policy, item_id)
    level = policy.sections[0].level if policy.sections else 2
    return InsertSection(None, place.index, Section(section_id, title, level), level)
