"""Helpers that rebuild a section tree along one path, sharing every untouched subtree."""

from __future__ import annotations

from collections.abc import Callable

from editor.errors import OperationError
from editor.model.policy import Policy, Section

Children = tuple[Section, ...]


def require_path(policy: Policy, section_id: str) -> list[int]:
    """The section's path (from the policy's id index), or OperationError when there is none."""
    path = policy.path_of(section_id)
    if path is None:
        raise OperationError("op.unknown_section", id=section_id)
    return list(path)


def at(sections: Children, path: list[int]) -> Section:
    node = sections[path[0]]
    for index in path[1:]:
        node = node.children[index]
    return node


def update_children(sections: Children, parent_path: list[int], fn: Callable[[Children], Children]) -> Children:
    """New top level where the children list at ``parent_path`` ([] = top) is replaced by fn(it)."""
    if not parent_path:
        return fn(sections)
    index, rest = parent_path[0], parent_path[1:]
    node = sections[index]
    new_node = Section(node.id, node.title, node.level, node.body, update_children(node.children, rest, fn))
    return sections[:index] + (new_node,) + sections[index + 1 :]


def update_section(sections: Children, path: list[int], fn: Callable[[Section], Section]) -> Children:
    """New top level where the section at ``path`` is replaced by fn(it)."""
    parent, index = path[:-1], path[-1]
    return update_children(sections, parent, lambda kids: kids[:index] + (fn(kids[index]),) + kids[index + 1 :])


def children_at(sections: Children, parent_path: list[int]) -> Children:
    return sections if not parent_path else at(sections, parent_path).children


def max_depth_level(section: Section) -> int:
    """The deepest heading level inside a subtree."""
    return max([section.level, *(max_depth_level(child) for child in section.children)])


def check_levels(section: Section) -> None:
    """Raise if the subtree would leave the 1-6 heading range."""
    deepest = max_depth_level(section)
    if section.level < 1 or deepest > 6:
        raise OperationError("op.level_range", level=deepest if deepest > 6 else section.level)
