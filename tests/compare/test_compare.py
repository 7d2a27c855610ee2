"""Section-aware comparison: moves are moves, renames are renames, edits are word-level."""

from __future__ import annotations

from dataclasses import replace

from builders import base_policy
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import policies

from editor.compare import blocks, change_log, change_log_markdown, compare, new_text, old_text, word_diff
from editor.model import DeleteSection, EditBody, InsertSection, MoveSection, Rename, Section


def _kinds(comparison) -> dict[str, str]:
    return {change.id: change.kind for change in comparison.sections}


def test_identical_versions() -> None:
    policy = base_policy()
    comparison = compare(policy, policy)
    assert comparison.identical
    assert change_log(comparison) == []
    assert [row.role for row in comparison.rows] == ["both"] * 6


def test_a_moved_section_is_a_move_not_a_deletion_and_an_insertion() -> None:
    old = base_policy()
    new = MoveSection("contact", None, 0).apply(old).policy
    comparison = compare(old, new)
    moved = [change for change in comparison.sections if change.moved]
    assert [change.id for change in moved] == ["contact"]
    assert {change.kind for change in comparison.sections} == {"unchanged", "changed"}
    roles = [(row.role, row.change.id) for row in comparison.rows if row.is_move]
    assert roles == [("new", "contact"), ("old", "contact")]
    assert [entry.kind for entry in change_log(comparison)] == ["moved"]


def test_a_section_moved_under_another_parent_is_a_move() -> None:
    old = base_policy()
    new = MoveSection("cookies", "droits", 0).apply(old).policy
    comparison = compare(old, new)
    assert [change.id for change in comparison.sections if change.moved] == ["cookies"]


def test_a_renamed_section_is_a_rename() -> None:
    old = base_policy()
    new = Rename("droits", "Vos droits sur vos données").apply(old).policy
    change = next(c for c in compare(old, new).sections if c.id == "droits")
    assert change.renamed and not change.edited and not change.moved
    assert [s.op for s in change.title] == ["equal", "insert"]
    assert change_log_markdown(compare(old, new)).splitlines()[2] == (
        "- Section renommée\u00a0: « Vos droits » devient « Vos droits sur vos données »"
    )


def test_a_renamed_section_with_a_new_id_is_still_one_section() -> None:
    """A file re-imported from Word gets ids from titles: a renamed section has a new id."""
    old = base_policy()
    section = old.find("conservation")
    new = DeleteSection("conservation").apply(old).policy
    new = InsertSection(None, 2, replace(section, id="durees", title="Durées de conservation")).apply(new).policy
    comparison = compare(old, new)
    change = next(c for c in comparison.sections if c.id == "durees")
    assert change.old is not None and change.old.id == "conservation"
    assert change.renamed and not change.edited
    assert "removed" not in _kinds(comparison).values() and "added" not in _kinds(comparison).values()


def test_word_level_changes_inside_a_paragraph() -> None:
    old = base_policy()
    new = EditBody("conservation", "Nous conservons vos données personnelles 5 ans.").apply(old).policy
    change = next(c for c in compare(old, new).sections if c.id == "conservation")
    (block,) = change.blocks
    assert block.op == "change"
    assert [(s.op, s.text) for s in block.segments] == [
        ("equal", "Nous conservons vos données "),
        ("delete", "3"),
        ("insert", "personnelles 5"),
        ("equal", " ans."),
    ]


def test_paragraphs_added_and_removed_inside_a_section() -> None:
    old = base_policy()
    body = "Nous collectons votre nom et votre adresse.\n\nNouvelle phrase entièrement différente ici."
    new = EditBody("donnees", body).apply(old).policy
    change = next(c for c in compare(old, new).sections if c.id == "donnees")
    assert [b.op for b in change.blocks] == ["equal", "delete", "insert"]


def test_added_and_removed_sections_keep_their_place_in_reading_order() -> None:
    old = base_policy()
    new = DeleteSection("intro").apply(old).policy
    new = InsertSection(None, 3, Section("transferts", "Transferts", 2, "Aucun transfert hors UE.")).apply(new).policy
    comparison = compare(old, new)
    order = [(row.role, row.change.id) for row in comparison.rows]
    assert order[0] == ("old", "intro")
    assert order.index(("new", "transferts")) == order.index(("both", "droits")) + 1
    assert [e.kind for e in change_log(comparison)] == ["added", "removed"]


def test_rows_give_back_each_version_in_order() -> None:
    old = base_policy()
    new = MoveSection("contact", None, 1).apply(old).policy
    new = DeleteSection("cookies").apply(new).policy
    new = Rename("intro", "Préambule").apply(new).policy
    rows = compare(old, new).rows
    assert [r.change.id for r in rows if r.role != "new" and r.change.old] == [s.id for s in old.walk()]
    assert [r.change.id for r in rows if r.role != "old"] == [s.id for s in new.walk()]


def test_change_log_in_english_for_an_english_policy() -> None:
    old = base_policy()
    new = Rename("droits", "Your rights").apply(old).policy
    new = replace(new, meta=replace(new.meta, locale="en-GB"))
    assert "Section renamed: “Vos droits” is now “Your rights”" in change_log_markdown(compare(old, new))


def test_markdown_marks_are_not_words() -> None:
    assert blocks("Un **mot** et [un lien](https://x.fr).\n\n- point") == ["Un mot et un lien.", "• point"]


words = st.text(alphabet=st.sampled_from("ab cé’,.\u00a0"), max_size=40)


@given(words, words)
def test_word_diff_gives_back_both_texts(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new


@settings(max_examples=30, deadline=None)
@given(policies(), policies())
def test_rows_hold_each_version_in_its_order(old, new) -> None:
    comparison = compare(old, new)
    assert [r.change.old.id for r in comparison.rows if r.role != "new"] == [s.id for s in old.walk()]
    assert [r.change.new.id for r in comparison.rows if r.role != "old"] == [s.id for s in new.walk()]
    for change in comparison.sections:
        if change.old and change.new:
            assert old_text(change.title) == change.old.title and new_text(change.title) == change.new.title
