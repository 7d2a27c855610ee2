"""ReplaceAll: set the title and body of several sections in one operation (one undo step).

Find and Replace and the typography assistant's "fix all" build one of these; its inverse puts
the previous texts back. A title that changes makes the change a ``structure`` one (the outline
shows titles); otherwise it is a ``body`` change of the listed sections.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from editor.model.ops import Change, Result
from editor.model.policy import Policy
from editor.model.tree import at, require_path, update_section


@dataclass(frozen=True)
class SectionText:
    section_id: str
    title: str
    body: str


@dataclass(frozen=True)
class ReplaceAll:
    """Give each listed section its new title and body."""

    texts: tuple[SectionText, ...]

    def apply(self, policy: Policy) -> Result:
        sections = policy.sections
        old: list[SectionText] = []
        titles_changed = False
        for text in self.texts:
            path = require_path(policy, text.section_id)
            previous = at(sections, path)
            old.append(SectionText(text.section_id, previous.title, previous.body))
            titles_changed = titles_changed or previous.title != text.title
            sections = update_section(sections, path, lambda s, t=text: replace(s, title=t.title, body=t.body))
        ids = tuple(text.section_id for text in self.texts)
        focus = ids[0] if ids else None
        change = Change("structure" if titles_changed else "body", ids, focus)
        return Result(replace(policy, sections=sections), change, ReplaceAll(tuple(old)))
