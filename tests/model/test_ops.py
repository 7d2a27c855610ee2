"""Each model operation: its effect, its change record, its inverse, and the errors it raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.errors import OperationError
from editor.model import (
    DeleteSection,
    EditBody,
    InsertSection,
    MergeWithNext,
    MoveSection,
    Outdent,
    Policy,
    Rename,
    Result,
    Section,
    SplitSection,
    indent,
    move_down,
    move_up,
    new_section,
    validate,
)


def outline(policy: Policy) -> list[tuple[str, int]]:
    return [(section.id, section.level) for section in policy.walk()]


def roundtrip(policy: Policy, operation) -> Policy:
    """Apply, check the policy stays valid, undo, check we are back; return the applied policy."""
    result = operation.apply(policy)
    validate(result.policy)
    assert result.inverse.apply(result.policy).policy == policy
    return result.policy


def test_edit_body_keeps_no_break_spaces(policy: Policy) -> None:
    text = "Durée\u202f: 3\u00a0ans ; «\u202fcookies\u202f»"
    result = EditBody("intro", text).apply(policy)
    assert result.policy.find("intro").body == text
    assert result.change.kind == "body" and result.change.section_ids == ("intro",)
    assert result.inverse.apply(result.policy).policy == policy


def test_edit_body_shares_untouched_sections(policy: Policy) -> None:
    result = EditBody("contact", "x").apply(policy)
    assert result.policy.sections[0] is policy.sections[0]
    assert result.policy.sections[1].children[0] is policy.sections[1].children[0]


def test_rename_keeps_the_id(policy: Policy) -> None:
    new = roundtrip(policy, Rename("droits", "Vos droits RGPD"))
    assert new.find("droits").title == "Vos droits RGPD"


def test_add_section_makes_a_unique_id_from_the_title(policy: Policy) -> None:
    operation = new_section(policy, None, 1, "Données collectées")
    new = roundtrip(policy, operation)
    assert [s.id for s in new.sections] == ["intro", "donnees-collectees", "donnees", "droits"]
    again = new_section(new, None, 0, "Données collectées").apply(new).policy
    assert again.sections[0].id == "donnees-collectees-2"


def test_add_child_takes_the_level_below_its_parent(policy: Policy) -> None:
    new = roundtrip(policy, new_section(policy, "donnees", 3, "Paiement"))
    assert new.find("paiement").level == 3
    assert [c.id for c in new.find("donnees").children][-1] == "paiement"


def test_long_titles_give_ids_of_at_most_40_ascii_chars(policy: Policy) -> None:
    title = "Durée de conservation des données à caractère personnel et des cookies déposés"
    new = new_section(policy, None, 0, title).apply(policy).policy
    section_id = new.sections[0].id
    assert len(section_id) <= 40 and section_id.isascii()
    assert section_id.startswith("duree-de-conservation")


def test_delete_removes_the_subtree_and_undo_restores_it(policy: Policy) -> None:
    result = DeleteSection("donnees").apply(policy)
    assert outline(result.policy) == [("intro", 2), ("droits", 2)]
    assert set(result.change.section_ids) == {"donnees", "identite", "contact", "navigation"}
    assert result.change.focus == "droits"
    assert result.inverse.apply(result.policy).policy == policy


def test_move_up_and_down(policy: Policy) -> None:
    new = roundtrip(policy, move_up(policy, "contact"))
    assert [c.id for c in new.find("donnees").children] == ["contact", "identite", "navigation"]
    new = roundtrip(policy, move_down(policy, "intro"))
    assert [s.id for s in new.sections] == ["donnees", "intro", "droits"]


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: move_up(p, "intro"), "op.move_edge"),
        (lambda p: move_down(p, "droits"), "op.move_edge"),
        (lambda p: indent(p, "intro"), "op.indent_first"),
        (lambda p: Outdent("intro"), "op.outdent_top"),
        (lambda p: Rename("nope", "x"), "op.unknown_section"),
        (lambda p: InsertSection(None, 0, Section("intro", "Doublon")), "op.duplicate_id"),
        (lambda p: InsertSection(None, 0, Section("Pas un id!", "x")), "op.bad_id"),
        (lambda p: InsertSection(None, 9, Section("neuf", "x")), "op.bad_position"),
        (lambda p: MoveSection("donnees", "contact", 0), "op.move_into_itself"),
        (lambda p: MergeWithNext("droits"), "op.no_next"),
        (lambda p: SplitSection("intro", 0), "op.no_heading"),
    ],
)
def test_invalid_operations_raise_and_change_nothing(policy: Policy, make, code: str) -> None:
    before = policy
    with pytest.raises(OperationError) as raised:
        make(policy).apply(policy)
    assert raised.value.code == code
    assert policy == before


def test_level_jump_is_refused() -> None:
    deep = Section("a", "A", 5, "", (Section("b", "B", 6),))
    policy = Policy(sections=(Section("top", "Top", 2), deep.with_level(2)))
    # Indenting "a" under "top" would push "b" to level 4: fine. Six levels deep is the limit.
    chain = Policy(sections=(Section("x", "X", 5), Section("y", "Y", 5, "", (Section("z", "Z", 6),))))
    with pytest.raises(OperationError) as raised:
        indent(chain, "y").apply(chain)
    assert raised.value.code == "op.level_range"
    validate(indent(policy, "a").apply(policy).policy)


def test_indent_makes_the_last_child_of_the_previous_sibling(policy: Policy) -> None:
    new = roundtrip(policy, indent(policy, "droits"))
    assert outline(new)[-1] == ("droits", 3)
    assert new.find("donnees").children[-1].id == "droits"


def test_outdent_keeps_the_text_order(policy: Policy) -> None:
    new = roundtrip(policy, Outdent("contact"))
    assert outline(new) == outline(policy)[:3] + [("contact", 2), ("navigation", 3), ("droits", 2)]
    assert [s.id for s in new.walk()] == [s.id for s in policy.walk()]


def test_move_to_any_position_relevels_the_subtree(policy: Policy) -> None:
    new = roundtrip(policy, MoveSection("donnees", "droits", 0))
    assert outline(new) == [
        ("intro", 2),
        ("droits", 2),
        ("donnees", 3),
        ("identite", 4),
        ("contact", 4),
        ("navigation", 4),
    ]


def test_split_at_a_deeper_heading_makes_a_first_child(policy: Policy) -> None:
    body = "Premier paragraphe.\n\n### Durée {#duree}\n\nTrois ans."
    policy = EditBody("intro", body).apply(policy).policy
    result = SplitSection("intro", 2).apply(policy)
    new = result.policy
    assert new.find("intro").body == "Premier paragraphe."
    assert new.find("intro").children[0] == Section("duree", "Durée", 3, "Trois ans.")
    assert result.change.focus == "duree"
    assert result.inverse.apply(new).policy == policy


def test_split_at_a_same_level_heading_makes_the_next_sibling(policy: Policy) -> None:
    policy = EditBody("donnees", "Avant.\n\n## Finalités\n\nPourquoi.").apply(policy).policy
    new = roundtrip(policy, SplitSection("donnees", 2))
    assert [s.id for s in new.sections] == ["intro", "donnees", "finalites", "droits"]
    assert [c.id for c in new.find("finalites").children] == ["identite", "contact", "navigation"]
    assert new.find("donnees").children == ()


def test_split_ignores_headings_inside_fenced_code(policy: Policy) -> None:
    policy = EditBody("intro", "```\n## pas un titre\n```").apply(policy).policy
    with pytest.raises(OperationError):
        SplitSection("intro", 1).apply(policy)


def test_merge_with_next_keeps_every_word(policy: Policy) -> None:
    result = MergeWithNext("identite").apply(policy)
    merged = result.policy.find("identite")
    assert merged.body == "Nom, prénom.\n\n### Contact {#contact}\n\nAdresse e-mail."
    assert result.policy.find("contact") is None
    assert result.inverse.apply(result.policy).policy == policy
    # Splitting at the kept heading gives the same sections back.
    split = SplitSection("identite", 2).apply(result.policy).policy
    assert split == policy


def _operation(name: str, policy: Policy, target: str, text: str):
    if name == "edit":
        return EditBody(target, text)
    if name == "rename":
        return Rename(target, text)
    if name == "add":
        return new_section(policy, None, 0, text or "Nouveau")
    if name == "delete":
        return DeleteSection(target)
    if name == "outdent":
        return Outdent(target)
    if name == "merge":
        return MergeWithNext(target)
    return {"up": move_up, "down": move_down, "indent": indent}[name](policy, target)


OPERATIONS = st.sampled_from(["edit", "rename", "add", "delete", "up", "down", "indent", "outdent", "merge"])
STEPS = st.lists(st.tuples(OPERATIONS, st.integers(0, 50), st.text(max_size=12)), max_size=25)


def apply_steps(policy: Policy, steps) -> list[tuple[Policy, Result]]:
    """Apply the drawn (operation, target pick, text) steps that are valid: (policy before, result) each."""
    applied = []
    for name, pick, text in steps:
        ids = [s.id for s in policy.walk()]
        target = ids[pick % len(ids)] if ids else None
        if target is None and name != "add":
            continue
        try:
            result = _operation(name, policy, target, text).apply(policy)
        except OperationError:
            continue
        applied.append((policy, result))
        policy = result.policy
    return applied


@settings(max_examples=150, deadline=None)
@given(STEPS)
def test_any_sequence_of_operations_undoes_to_the_start(steps) -> None:
    from tests_model_fixture import base_policy

    start = base_policy()
    policy = start
    inverses = []
    for before, result in apply_steps(start, steps):
        validate(result.policy)
        inverses.append((before, result.inverse))
        policy = result.policy
    for before, inverse in reversed(inverses):
        policy = inverse.apply(policy).policy
        assert policy == before
    assert policy == start
