"""Finding text across the sections of a policy (titles and bodies, case-insensitive)."""

from __future__ import annotations

from editor.model.policy import Policy


def matching_section(policy: Policy, text: str, after: str | None, backward: bool = False) -> str | None:
    """The id of the next section (in document order, wrapping) whose title or body contains ``text``,
    starting after the section ``after`` (or from the start); the section ``after`` itself comes last."""
    needle = text.casefold()
    if not needle:
        return None
    sections = list(policy.walk())
    if backward:
        sections.reverse()
    ids = [section.id for section in sections]
    start = ids.index(after) + 1 if after in ids else 0
    ordered = sections[start:] + sections[:start]
    for section in ordered:
        if needle in section.title.casefold() or needle in section.body.casefold():
            return section.id
    return None
