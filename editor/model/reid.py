"""A new section's id made from its first real title.

A section is created with an id made from its placeholder title ("Nouvelle section" ->
``nouvelle-section``). When the user gives it its first real title, :func:`adopt_title` gives it
the id that title makes (unique in the policy); from then on the id is kept when the title
changes, as for every section. :class:`ChangeId` is the undoable operation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from editor.errors import OperationError
from editor.model.ids import is_valid_id, unique_id
from editor.model.ops import Change, Result
from editor.model.policy import Policy
from editor.model.tree import require_path, update_section


@dataclass(frozen=True)
class ChangeId:
    """Give section ``section_id`` the id ``new_id`` (unused and valid)."""

    section_id: str
    new_id: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        if not is_valid_id(self.new_id):
            raise OperationError("op.bad_id", id=self.new_id)
        if self.new_id in policy.ids():
            raise OperationError("op.duplicate_id", id=self.new_id)
        sections = update_section(policy.sections, path, lambda s: replace(s, id=self.new_id))
        change = Change("structure", (self.section_id, self.new_id), self.new_id)
        return Result(replace(policy, sections=sections), change, ChangeId(self.new_id, self.section_id))


def adopt_title(policy: Policy, section_id: str, placeholder: str) -> ChangeId | None:
    """The id change a new section needs once its title is no longer ``placeholder``; None when it keeps
    its id (still the placeholder, an empty title, or the id the title makes already)."""
    section = policy.find(section_id)
    if section is None or not section.title.strip() or section.title == placeholder:
        return None
    new_id = unique_id(section.title, policy.ids() - {section_id})
    return None if new_id == section_id else ChangeId(section_id, new_id)
