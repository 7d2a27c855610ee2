"""The id index of a section tree: section id -> path of child indices from the top level.

A :class:`~editor.model.policy.Policy` builds its index once, on the first lookup, and keeps it
for as long as the value lives (policies are immutable). Operations that keep the tree's shape
(text edits, metadata) hand the same index to the policy they return, so a keystroke never walks
the sections: finding a section, its parent or its place among its siblings costs the depth of
the tree, not its size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

Path = tuple[int, ...]


class Node(Protocol):
    """What the index reads of a section (:class:`~editor.model.policy.Section`, which imports
    this module): its id and its children."""

    @property
    def id(self) -> str: ...

    @property
    def children(self) -> Sequence[Node]: ...


class SectionIndex:
    """Paths of every section of a tree, by id (first occurrence wins, as a walk would find)."""

    __slots__ = ("_paths",)

    def __init__(self, sections: Sequence[Node]) -> None:
        paths: dict[str, Path] = {}
        stack: list[tuple[Node, Path]] = [(section, (i,)) for i, section in enumerate(sections)]
        stack.reverse()
        while stack:
            section, path = stack.pop()
            paths.setdefault(section.id, path)
            children = section.children
            for i in range(len(children) - 1, -1, -1):
                stack.append((children[i], (*path, i)))
        self._paths = paths

    def path(self, section_id: str) -> Path | None:
        """The child indices leading to the section, or None when there is no such id."""
        return self._paths.get(section_id)

    def __contains__(self, section_id: object) -> bool:
        return section_id in self._paths

    def __len__(self) -> int:
        return len(self._paths)

    def __iter__(self) -> Iterator[str]:
        """The ids, in document order."""
        return iter(self._paths)

    def ids(self) -> set[str]:
        return set(self._paths)
