"""The whole-tree diff: the operations turning one section tree into another, then undone."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import bodies, policies, titles

from editor.model import EditBody, Policy, Rename, ReplaceSections, Section
from editor.model.diff import edits_for
from editor.model.policy import normalize_body, normalize_title

OLD = (
    Section("a", "A", 2, "one", (Section("b", "B", 3, "two"),)),
    Section("c", "C", 2, "three"),
)


def _retext(section: Section, texts: st.DataObject) -> Section:
    title = texts.draw(st.just(section.title) | titles)
    body = texts.draw(st.just(section.body) | bodies)
    children = tuple(_retext(child, texts) for child in section.children)
    return dataclasses.replace(section, title=title, body=body, children=children)


def _apply(policy: Policy, operations: list) -> Policy:
    for operation in operations:
        policy = operation.apply(policy).policy
    return policy


def test_same_outline_gives_one_step_per_changed_text() -> None:
    new = (
        dataclasses.replace(OLD[0], title="A2", children=(dataclasses.replace(OLD[0].children[0], body="deux"),)),
        OLD[1],
    )
    assert edits_for(OLD, new) == [Rename("a", "A2"), EditBody("b", "deux")]
    assert edits_for(OLD, OLD) == []


def test_a_changed_outline_is_one_replacement() -> None:
    new = (OLD[1], OLD[0])
    assert edits_for(OLD, new) == [ReplaceSections(new, ("c", "a", "b"))]


@settings(max_examples=60, deadline=None)
@given(policies(), st.data())
def test_applying_the_edits_gives_the_new_text_and_undo_gives_the_old(policy: Policy, texts: st.DataObject) -> None:
    new = tuple(_retext(section, texts) for section in policy.sections)
    operations = edits_for(policy.sections, new)
    changed = policy
    inverses = []
    for operation in operations:
        result = operation.apply(changed)
        changed, inverses = result.policy, [result.inverse, *inverses]
    expected = [(s.id, normalize_title(s.title), normalize_body(s.body)) for top in new for s in top.walk()]
    assert [(s.id, s.title, s.body) for s in changed.walk()] == expected
    assert _apply(changed, inverses).sections == policy.sections
