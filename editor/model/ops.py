"""Pure operations on a Policy: each returns the new policy, what changed and its inverse.

The GUI's undo commands are thin wrappers: ``redo`` applies an operation, ``undo`` applies the
inverse it returned. Invalid operations raise :class:`~editor.errors.OperationError` and change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, Protocol

from editor.errors import OperationError
from editor.markdown.sections import find_headings
from editor.model.ids import is_valid_id, unique_id
from editor.model.policy import Metadata, Policy, Section
from editor.model.tree import (
    at,
    check_levels,
    children_at,
    require_path,
    update_children,
    update_section,
)

ChangeKind = Literal["body", "title", "structure", "meta"]


@dataclass(frozen=True)
class Change:
    """What an operation changed: the views refresh from this alone.

    ``body``/``title``: only those sections' text; ``structure``: the tree's shape (the listed
    sections were added, removed or moved); ``meta``: the metadata. ``focus`` is the section a view
    should select afterwards, when there is one.
    """

    kind: ChangeKind
    section_ids: tuple[str, ...] = ()
    focus: str | None = None


@dataclass(frozen=True)
class Result:
    policy: Policy
    change: Change
    inverse: Operation


class Operation(Protocol):
    def apply(self, policy: Policy) -> Result: ...


def _structure(policy: Policy, sections: tuple[Section, ...]) -> Policy:
    """The policy with a new tree shape (its id index is built again on the first lookup)."""
    return policy.evolve(sections=sections)


def _texts(policy: Policy, sections: tuple[Section, ...]) -> Policy:
    """The policy with new texts in the same tree shape: the id index is shared."""
    return policy.evolve(same_shape=True, sections=sections)


@dataclass(frozen=True)
class EditBody:
    """Replace a section's Markdown body."""

    section_id: str
    body: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        old = at(policy.sections, path)
        new_sections = update_section(policy.sections, path, lambda s: replace(s, body=self.body))
        return Result(
            _texts(policy, new_sections),
            Change("body", (self.section_id,), self.section_id),
            EditBody(self.section_id, old.body),
        )


@dataclass(frozen=True)
class Rename:
    """Change a section's title; its id stays, so anchors and translations keep their link."""

    section_id: str
    title: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        old = at(policy.sections, path)
        new_sections = update_section(policy.sections, path, lambda s: replace(s, title=self.title))
        return Result(
            _texts(policy, new_sections),
            Change("title", (self.section_id,), self.section_id),
            Rename(self.section_id, old.title),
        )


@dataclass(frozen=True)
class SetMetadata:
    """Replace the policy's metadata."""

    meta: Metadata

    def apply(self, policy: Policy) -> Result:
        return Result(policy.evolve(same_shape=True, meta=self.meta), Change("meta"), SetMetadata(policy.meta))


def _parent_path(policy: Policy, parent_id: str | None) -> list[int]:
    return [] if parent_id is None else require_path(policy, parent_id)


def _level_for(policy: Policy, parent_path: list[int], index: int, fallback: int) -> int:
    """The heading level a section gets at a place: one below its parent, or its top-level neighbours'."""
    if parent_path:
        return at(policy.sections, parent_path).level + 1
    top = policy.sections
    for neighbour in (index - 1, index):
        if 0 <= neighbour < len(top):
            return top[neighbour].level
    return fallback


@dataclass(frozen=True)
class InsertSection:
    """Insert a whole subtree at ``index`` among the children of ``parent_id`` (None = top level).

    The subtree keeps its ids (they must be free) and is re-levelled to fit the place, unless
    ``level`` is given for a top-level insertion.
    """

    parent_id: str | None
    index: int
    section: Section
    level: int | None = None

    def apply(self, policy: Policy) -> Result:
        parent_path = _parent_path(policy, self.parent_id)
        siblings = children_at(policy.sections, parent_path)
        if not 0 <= self.index <= len(siblings):
            raise OperationError("op.bad_position", index=self.index, size=len(siblings))
        taken = policy.index
        added: set[str] = set()
        for node in self.section.walk():
            if not is_valid_id(node.id):
                raise OperationError("op.bad_id", id=node.id)
            if node.id in taken or node.id in added:
                raise OperationError("op.duplicate_id", id=node.id)
            added.add(node.id)
        if parent_path:
            level = at(policy.sections, parent_path).level + 1
        elif self.level is not None:
            level = self.level
        else:
            level = _level_for(policy, parent_path, self.index, self.section.level)
        subtree = self.section.with_level(level)
        check_levels(subtree)
        new_sections = update_children(
            policy.sections, parent_path, lambda kids: kids[: self.index] + (subtree,) + kids[self.index :]
        )
        ids = tuple(node.id for node in subtree.walk())
        return Result(
            _structure(policy, new_sections),
            Change("structure", ids, subtree.id),
            DeleteSection(subtree.id),
        )


def new_section(
    policy: Policy,
    parent_id: str | None,
    index: int,
    title: str,
    body: str = "",
    section_id: str | None = None,
) -> InsertSection:
    """An insertion of a new empty section whose id is made from its title (unique in the policy)."""
    new_id = section_id if section_id is not None else unique_id(title, policy.ids())
    return InsertSection(parent_id, index, Section(new_id, title, 2, body))


@dataclass(frozen=True)
class DeleteSection:
    """Remove a section with all its subsections."""

    section_id: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        removed = at(policy.sections, path)
        parent_path, index = path[:-1], path[-1]
        parent_id = at(policy.sections, parent_path).id if parent_path else None
        new_sections = update_children(policy.sections, parent_path, lambda kids: kids[:index] + kids[index + 1 :])
        remaining = children_at(new_sections, parent_path)
        focus = None
        if remaining:
            focus = remaining[min(index, len(remaining) - 1)].id
        elif parent_id is not None:
            focus = parent_id
        return Result(
            _structure(policy, new_sections),
            Change("structure", tuple(node.id for node in removed.walk()), focus),
            InsertSection(parent_id, index, removed, level=removed.level),
        )


@dataclass(frozen=True)
class MoveSection:
    """Move a section (with its subsections) to ``index`` among the children of ``parent_id``.

    ``index`` counts in the destination list as it is once the section has been taken out.
    """

    section_id: str
    parent_id: str | None
    index: int
    level: int | None = None

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        moving = at(policy.sections, path)
        if self.parent_id is not None and moving.contains(self.parent_id):
            raise OperationError("op.move_into_itself")
        old_parent_path, old_index = path[:-1], path[-1]
        old_parent_id = at(policy.sections, old_parent_path).id if old_parent_path else None
        without = update_children(
            policy.sections, old_parent_path, lambda kids: kids[:old_index] + kids[old_index + 1 :]
        )
        interim = _structure(policy, without)
        try:
            inserted = InsertSection(self.parent_id, self.index, moving, self.level).apply(interim)
        except OperationError as error:
            if error.code == "op.unknown_section":
                raise OperationError("op.unknown_section", id=self.parent_id) from None
            raise
        return Result(
            inserted.policy,
            Change("structure", (self.section_id,), self.section_id),
            MoveSection(self.section_id, old_parent_id, old_index, moving.level),
        )


def move_up(policy: Policy, section_id: str) -> MoveSection:
    """The move of a section one place up among its siblings."""
    parent_id, index = _where(policy, section_id)
    if index == 0:
        raise OperationError("op.move_edge", edge="top")
    return MoveSection(section_id, parent_id, index - 1)


def move_down(policy: Policy, section_id: str) -> MoveSection:
    """The move of a section one place down among its siblings."""
    parent_id, index = _where(policy, section_id)
    siblings = policy.sections if parent_id is None else policy.find(parent_id).children  # type: ignore[union-attr]
    if index >= len(siblings) - 1:
        raise OperationError("op.move_edge", edge="bottom")
    return MoveSection(section_id, parent_id, index + 1)


def indent(policy: Policy, section_id: str) -> MoveSection:
    """The move that makes a section the last child of the sibling above it."""
    parent_id, index = _where(policy, section_id)
    if index == 0:
        raise OperationError("op.indent_first")
    siblings = policy.sections if parent_id is None else policy.find(parent_id).children  # type: ignore[union-attr]
    new_parent = siblings[index - 1]
    return MoveSection(section_id, new_parent.id, len(new_parent.children))


def _where(policy: Policy, section_id: str) -> tuple[str | None, int]:
    found = policy.locate(section_id)
    if found is None:
        raise OperationError("op.unknown_section", id=section_id)
    return found


@dataclass(frozen=True)
class ReplaceSections:
    """Put back a whole section tree (the inverse of the reshaping operations)."""

    sections: tuple[Section, ...]
    section_ids: tuple[str, ...] = ()
    focus: str | None = None

    def apply(self, policy: Policy) -> Result:
        return Result(
            _structure(policy, self.sections),
            Change("structure", self.section_ids, self.focus),
            ReplaceSections(policy.sections, self.section_ids, self.focus),
        )


@dataclass(frozen=True)
class ReplacePolicy:
    """Replace the whole policy (metadata, origin and sections) at once, e.g. a recovered or reloaded one."""

    policy: Policy

    def apply(self, policy: Policy) -> Result:
        ids = tuple(section.id for section in self.policy.walk())
        return Result(self.policy, Change("structure", ids), ReplacePolicy(policy))


@dataclass(frozen=True)
class Outdent:
    """Make a section a sibling of its parent, right after it.

    Like Word's "promote", the text keeps its order: the siblings that followed the section
    become its subsections.
    """

    section_id: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        if len(path) < 2:
            raise OperationError("op.outdent_top")
        parent_path, index = path[:-1], path[-1]
        parent = at(policy.sections, parent_path)
        section = parent.children[index]
        followers = parent.children[index + 1 :]
        promoted = replace(section, children=section.children + followers).with_level(parent.level)
        new_parent = replace(parent, children=parent.children[:index])
        grand_path, parent_index = parent_path[:-1], parent_path[-1]
        new_sections = update_children(
            policy.sections,
            grand_path,
            lambda kids: kids[:parent_index] + (new_parent, promoted) + kids[parent_index + 1 :],
        )
        ids = (self.section_id, *(child.id for child in followers))
        return Result(
            _structure(policy, new_sections),
            Change("structure", ids, self.section_id),
            ReplaceSections(policy.sections, ids, self.section_id),
        )


@dataclass(frozen=True)
class SplitSection:
    """Split a section at a heading of its body (ATX, or setext: ``line`` is its text line): the
    heading and what follows become a section.

    A heading one level deeper than the section becomes its first subsection; a heading at the
    section's own level becomes the next sibling, taking the section's subsections with it.
    """

    section_id: str
    line: int

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        section = at(policy.sections, path)
        lines = section.body.split("\n")
        found = next((h for h in find_headings(lines) if h.line == self.line), None)
        if found is None:
            raise OperationError("op.no_heading", line=self.line + 1)
        level, title, wanted_id = found.level, found.title, found.wanted_id
        taken = policy.ids()
        if wanted_id is None or not is_valid_id(wanted_id) or wanted_id in taken:
            wanted_id = unique_id(title, taken)
        head = "\n".join(lines[: self.line])
        tail = "\n".join(lines[found.end :])
        if level == section.level + 1:
            new = Section(wanted_id, title, level, tail)
            replaced = replace(section, body=head, children=(new, *section.children))
            check_levels(replaced)
            new_sections = update_section(policy.sections, path, lambda _: replaced)
        elif level == section.level:
            new = Section(wanted_id, title, level, tail, section.children)
            kept = replace(section, body=head, children=())
            parent_path, index = path[:-1], path[-1]
            new_sections = update_children(
                policy.sections, parent_path, lambda kids: kids[:index] + (kept, new) + kids[index + 1 :]
            )
        else:
            raise OperationError("op.level_jump", level=section.level, child_level=level)
        ids = (self.section_id, wanted_id)
        return Result(
            _structure(policy, new_sections),
            Change("structure", ids, wanted_id),
            ReplaceSections(policy.sections, ids, self.section_id),
        )


def heading_line(section: Section) -> str:
    """The Markdown heading that stands for a section inside another one's body."""
    return f"{'#' * section.level} {section.title} {{#{section.id}}}"


@dataclass(frozen=True)
class MergeWithNext:
    """Merge a section with its next sibling: the sibling's heading and body join this body
    (nothing is lost) and its subsections follow this section's own."""

    section_id: str

    def apply(self, policy: Policy) -> Result:
        path = require_path(policy, self.section_id)
        parent_path, index = path[:-1], path[-1]
        siblings = children_at(policy.sections, parent_path)
        if index + 1 >= len(siblings):
            raise OperationError("op.no_next")
        section, following = siblings[index], siblings[index + 1]
        parts = [part for part in (section.body, heading_line(following), following.body) if part]
        merged = replace(section, body="\n\n".join(parts), children=section.children + following.children)
        new_sections = update_children(
            policy.sections, parent_path, lambda kids: kids[:index] + (merged,) + kids[index + 2 :]
        )
        ids = (self.section_id, following.id)
        return Result(
            _structure(policy, new_sections),
            Change("structure", ids, self.section_id),
            ReplaceSections(policy.sections, ids, following.id),
        )


def validate(policy: Policy) -> None:
    """Raise if ids are invalid or repeated, or a child is not exactly one level below its parent."""
    seen: set[str] = set()

    def visit(section: Section, parent_level: int | None) -> None:
        if not is_valid_id(section.id):
            raise OperationError("op.bad_id", id=section.id)
        if section.id in seen:
            raise OperationError("op.duplicate_id", id=section.id)
        seen.add(section.id)
        if parent_level is not None and section.level != parent_level + 1:
            raise OperationError("op.level_jump", level=parent_level, child_level=section.level)
        if not 1 <= section.level <= 6:
            raise OperationError("op.level_range", level=section.level)
        for child in section.children:
            visit(child, section.level)

    for top in policy.sections:
        visit(top, None)
