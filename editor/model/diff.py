"""The difference between two section trees, as the model operations that turn one into the other.

Used by the whole-document editor to apply a re-typed text as undoable steps; a later redline
(compare two versions) reads the same operations as the list of what changed.
"""

from __future__ import annotations

from editor.model.ops import EditBody, Operation, Rename, ReplaceSections
from editor.model.policy import Section


def shape(sections: tuple[Section, ...]) -> list[tuple[str, int, int]]:
    """Ids with their level and number of children, in document order."""
    return [(node.id, node.level, len(node.children)) for top in sections for node in top.walk()]


def edits_for(old: tuple[Section, ...], new: tuple[Section, ...]) -> list[Operation]:
    """The operations that turn ``old`` into ``new``: a Rename or EditBody per changed title or body
    when the outline (ids, levels, nesting) is the same, else one ReplaceSections of the whole tree."""
    if shape(old) != shape(new):
        ids = tuple(node.id for top in new for node in top.walk())
        return [ReplaceSections(new, ids)]
    operations: list[Operation] = []
    for before, after in zip((n for t in old for n in t.walk()), (n for t in new for n in t.walk()), strict=True):
        if before.title != after.title:
            operations.append(Rename(before.id, after.title))
        if before.body != after.body:
            operations.append(EditBody(before.id, after.body))
    return operations
