"""Section-aware comparison of two policies: which sections were added, removed, renamed,
moved or edited, and the word-level changes inside each paragraph.

Sections are paired by their stable id first; sections left over on both sides are paired by
title, then by how alike their text is (a section renamed in a file that was re-imported gets a
new id but keeps its text). A pair whose parent changed, or whose place among its siblings
changed, is a move; a changed title is a rename; nothing is ever reported as a deletion plus an
insertion when it is one section.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from editor.compare.text import blocks as text_blocks
from editor.compare.words import Segment, similarity, tokens, word_diff
from editor.model.policy import Policy, Section

#: Two sections with different ids and titles are the same section when their text is this alike.
SAME_SECTION = 0.6
#: Two paragraphs at the same place are one edited paragraph (not one removed, one added) from here.
SAME_BLOCK = 0.4
#: Beyond this many candidate pairs, unpaired sections are paired only by equal title or text.
MAX_FUZZY_PAIRS = 2500


@dataclass(frozen=True)
class SectionRef:
    """One section as it is in one of the two policies."""

    id: str
    level: int
    title: str
    parent: str | None
    position: int  # in document order
    blocks: tuple[str, ...]


@dataclass(frozen=True)
class BlockChange:
    """One paragraph: unchanged, inserted, deleted, or changed (with word-level segments)."""

    op: Literal["equal", "insert", "delete", "change"]
    old: str
    new: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class SectionChange:
    """A section in the old policy, the new one, or both, and what happened to it."""

    old: SectionRef | None
    new: SectionRef | None
    title: tuple[Segment, ...]
    blocks: tuple[BlockChange, ...]
    moved: bool = False

    @property
    def id(self) -> str:
        ref = self.new or self.old
        assert ref is not None
        return ref.id

    @property
    def kind(self) -> Literal["added", "removed", "changed", "unchanged"]:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if (self.renamed or self.edited or self.moved) else "unchanged"

    @property
    def renamed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.title != self.new.title

    @property
    def edited(self) -> bool:
        return self.old is not None and self.new is not None and any(b.op != "equal" for b in self.blocks)


@dataclass(frozen=True)
class Row:
    """One place in the merged reading order. ``both``: the section is here in both versions;
    ``old``: only in the old version here (removed, or moved away from here); ``new``: only in
    the new version here (added, or moved here)."""

    role: Literal["both", "old", "new"]
    change: SectionChange

    @property
    def is_move(self) -> bool:
        return self.role != "both" and self.change.old is not None and self.change.new is not None


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`compare`: every section's change, and the merged reading order."""

    old: Policy
    new: Policy
    sections: tuple[SectionChange, ...]
    rows: tuple[Row, ...] = field(repr=False)

    def changes(self) -> tuple[SectionChange, ...]:
        """Only the sections that changed, in reading order."""
        return tuple(change for change in self.sections if change.kind != "unchanged")

    @property
    def identical(self) -> bool:
        return not self.changes() and self.old.meta.title == self.new.meta.title


def _refs(policy: Policy) -> list[SectionRef]:
    refs: list[SectionRef] = []

    def visit(section: Section, parent: str | None) -> None:
        refs.append(
            SectionRef(section.id, section.level, section.title, parent, len(refs), tuple(text_blocks(section.body)))
        )
        for child in section.children:
            visit(child, section.id)

    for top in policy.sections:
        visit(top, None)
    return refs


def _pair(old: list[SectionRef], new: list[SectionRef]) -> dict[str, str]:
    """new id -> old id for the sections that are the same section."""
    old_ids = {ref.id for ref in old}
    pairs = {ref.id: ref.id for ref in new if ref.id in old_ids}
    left_old = [ref for ref in old if ref.id not in pairs.values()]
    left_new = [ref for ref in new if ref.id not in pairs]
    for key in (lambda r: r.title.casefold().strip(), lambda r: r.blocks):
        by_key: dict[object, list[SectionRef]] = {}
        for ref in left_old:
            if key(ref):
                by_key.setdefault(key(ref), []).append(ref)
        for ref in list(left_new):
            candidates = by_key.get(key(ref))
            if candidates:
                match = candidates.pop(0)
                pairs[ref.id] = match.id
                left_old.remove(match)
                left_new.remove(ref)
    if left_old and left_new and len(left_old) * len(left_new) <= MAX_FUZZY_PAIRS:
        words = {id(ref): [t for t in tokens("\n".join(ref.blocks)) if not t.isspace()] for ref in left_old + left_new}
        scored = []
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        for new_ref in left_new:
            matcher.set_seq2(words[id(new_ref)])  # analysed once per new section
            for old_ref in left_old:
                matcher.set_seq1(words[id(old_ref)])
                if not matcher.b or not matcher.a:
                    continue
                # Cheap upper bounds first: most pairs are plainly different sections.
                if matcher.real_quick_ratio() < SAME_SECTION or matcher.quick_ratio() < SAME_SECTION:
                    continue
                score = matcher.ratio()
                if score >= SAME_SECTION:
                    scored.append((score, -abs(old_ref.position - new_ref.position), new_ref.id, old_ref.id))
        taken: set[str] = set()
        for _score, _distance, new_id, old_id in sorted(scored, reverse=True):
            if new_id not in pairs and old_id not in taken:
                pairs[new_id] = old_id
                taken.add(old_id)
    return pairs


def _block_changes(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[BlockChange, ...]:
    if old == new:
        return tuple(BlockChange("equal", text, text, (Segment("equal", text),)) for text in old)
    changes: list[BlockChange] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.extend(BlockChange("equal", t, t, (Segment("equal", t),)) for t in old[i1:i2])
            continue
        j = j1
        for i in range(i1, i2):
            best = None
            for k in range(j, j2):
                if similarity(old[i], new[k]) >= SAME_BLOCK:
                    best = k
                    break
            if best is None:
                changes.append(BlockChange("delete", old[i], "", (Segment("delete", old[i]),)))
                continue
            changes.extend(BlockChange("insert", "", t, (Segment("insert", t),)) for t in new[j:best])
            changes.append(BlockChange("change", old[i], new[best], word_diff(old[i], new[best])))
            j = best + 1
        changes.extend(BlockChange("insert", "", t, (Segment("insert", t),)) for t in new[j:j2])
    return tuple(changes)


def _stable(positions: list[int]) -> set[int]:
    """Indexes (into ``positions``) of a longest increasing subsequence: the items that kept their order."""
    import bisect

    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(positions)
    for index, value in enumerate(positions):
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[at] = value
            tail_index[at] = index
        previous[index] = tail_index[at - 1] if at else -1
    keep: set[int] = set()
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        keep.add(index)
        index = previous[index]
    return keep


def _moved(old: dict[str, SectionRef], new: list[SectionRef], pairs: dict[str, str]) -> set[str]:
    """New ids of the sections that moved: to another parent, or among their siblings."""
    moved: set[str] = set()
    siblings: dict[str | None, list[SectionRef]] = {}
    for ref in new:
        if ref.id not in pairs:
            continue
        old_parent = old[pairs[ref.id]].parent
        new_parent_as_old = pairs.get(ref.parent) if ref.parent is not None else None
        if old_parent != new_parent_as_old:
            moved.add(ref.id)
        else:
            siblings.setdefault(ref.parent, []).append(ref)
    for group in siblings.values():
        positions = [old[pairs[ref.id]].position for ref in group]
        keep = _stable(positions)
        moved.update(ref.id for index, ref in enumerate(group) if index not in keep)
    return moved


def compare(old: Policy, new: Policy) -> Comparison:
    """Compare two versions of a policy (``old`` before, ``new`` after)."""
    old_refs, new_refs = _refs(old), _refs(new)
    old_by_id = {ref.id: ref for ref in old_refs}
    pairs = _pair(old_refs, new_refs)
    moved = _moved(old_by_id, new_refs, pairs)
    by_new: dict[str, SectionChange] = {}
    for ref in new_refs:
        before = old_by_id.get(pairs[ref.id]) if ref.id in pairs else None
        if before is None:
            by_new[ref.id] = SectionChange(None, ref, (Segment("insert", ref.title),), _block_changes((), ref.blocks))
        else:
            by_new[ref.id] = SectionChange(
                before,
                ref,
                word_diff(before.title, ref.title),
                _block_changes(before.blocks, ref.blocks),
                ref.id in moved,
            )
    paired_old = {old_id: new_id for new_id, old_id in pairs.items()}
    removed = {
        ref.id: SectionChange(ref, None, (Segment("delete", ref.title),), _block_changes(ref.blocks, ()))
        for ref in old_refs
        if ref.id not in paired_old
    }
    rows = tuple(_rows(old_refs, new_refs, pairs, by_new, removed))
    ordered = [by_new[ref.id] for ref in new_refs] + list(removed.values())
    return Comparison(old, new, tuple(ordered), rows)


def _rows(
    old_refs: list[SectionRef],
    new_refs: list[SectionRef],
    pairs: dict[str, str],
    by_new: dict[str, SectionChange],
    removed: dict[str, SectionChange],
) -> Iterator[Row]:
    """Merge both reading orders: sections that kept their order are anchors; between two
    anchors come what only the old version had there, then what only the new one has."""
    old_position = {ref.id: ref.position for ref in old_refs}
    matched = [ref for ref in new_refs if ref.id in pairs]
    keep = _stable([old_position[pairs[ref.id]] for ref in matched])
    anchors = {ref.id for index, ref in enumerate(matched) if index in keep}
    change_of_old = {old_id: by_new[new_id] for new_id, old_id in pairs.items()}

    def old_row(old_id: str) -> Row:
        return Row("old", removed[old_id] if old_id in removed else change_of_old[old_id])

    old_index = 0
    pending: list[Row] = []
    for new_ref in new_refs:
        if new_ref.id not in anchors:
            pending.append(Row("new", by_new[new_ref.id]))
            continue
        target = pairs[new_ref.id]
        while old_refs[old_index].id != target:
            yield old_row(old_refs[old_index].id)
            old_index += 1
        old_index += 1
        yield from pending
        pending = []
        yield Row("both", by_new[new_ref.id])
    for ref in old_refs[old_index:]:
        yield old_row(ref.id)
    yield from pending
