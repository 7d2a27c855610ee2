"""The policy's id index: it agrees with a walk of the tree after any operations, and text edits share it."""

from __future__ import annotations

from hypothesis import given, settings
from strategies import policies
from test_ops import STEPS, apply_steps

from editor.model import EditBody, Metadata, Policy, Rename, Section, SetMetadata


def _walked(policy: Policy) -> dict[str, tuple[tuple[int, ...], str | None, Section]]:
    """id -> (path, parent id, section), by walking the tree (the reference the index must match)."""
    found: dict[str, tuple[tuple[int, ...], str | None, Section]] = {}

    def visit(children: tuple[Section, ...], prefix: tuple[int, ...], parent: str | None) -> None:
        for index, child in enumerate(children):
            found.setdefault(child.id, ((*prefix, index), parent, child))
            visit(child.children, (*prefix, index), child.id)

    visit(policy.sections, (), None)
    return found


def _assert_index_agrees(policy: Policy) -> None:
    walked = _walked(policy)
    assert policy.ids() == set(walked)
    assert list(policy.index) == [section.id for section in policy.walk()]
    for section_id, (path, parent, section) in walked.items():
        assert policy.path_of(section_id) == path
        assert policy.find(section_id) is section
        assert policy.locate(section_id) == (parent, path[-1])
    assert policy.find("no-such-section") is None
    assert policy.locate("no-such-section") is None


@settings(max_examples=120, deadline=None)
@given(policies(), STEPS)
def test_the_index_agrees_with_a_walk_after_any_operations(policy: Policy, steps) -> None:
    _assert_index_agrees(policy)
    applied = apply_steps(policy, steps)
    for _before, result in applied:
        _assert_index_agrees(result.policy)
    policy = applied[-1][1].policy if applied else policy
    for _before, result in reversed(applied):
        policy = result.inverse.apply(policy).policy
        _assert_index_agrees(policy)


def test_text_edits_and_metadata_share_the_index() -> None:
    policy = Policy(Metadata(), (Section("a", "A", 2, "x", (Section("b", "B", 3, "y"),)), Section("c", "C")))
    index = policy.index
    assert policy.index is index  # built once per value
    for operation in (EditBody("b", "z"), Rename("c", "Autre"), SetMetadata(Metadata(title="T"))):
        after = operation.apply(policy).policy
        assert after.index is index
        _assert_index_agrees(after)


def test_the_index_is_not_part_of_the_value() -> None:
    policy = Policy(Metadata(), (Section("a", "A"),))
    fresh = Policy(Metadata(), (Section("a", "A"),))
    policy.find("a")
    assert policy == fresh
    assert "_index" not in repr(policy)
