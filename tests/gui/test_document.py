"""Document: operations as undo steps, word-sized typing steps, modified state, atomic save."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import make_policy

from editor import native
from editor.errors import OperationError
from editor.gui.document.commands import ends_word
from editor.gui.document.document import Document
from editor.model import DeleteSection, EditBody, Rename


@pytest.fixture
def document(qapp) -> Document:
    return Document(make_policy())


def test_apply_emits_the_change_and_undo_restores(document: Document) -> None:
    seen = []
    document.changed.connect(seen.append)
    document.apply(DeleteSection("donnees"))
    assert document.policy.find("cookies") is None
    assert seen[-1].kind == "structure"
    document.undo_stack.undo()
    assert document.policy == make_policy()
    document.undo_stack.redo()
    assert document.policy.find("donnees") is None


def test_refused_operation_changes_nothing(document: Document) -> None:
    with pytest.raises(OperationError):
        document.apply(DeleteSection("nope"))
    assert document.undo_stack.count() == 0
    assert not document.is_modified()


def type_burst(document: Document, section_id: str, text: str) -> None:
    body = document.policy.find(section_id).body
    for char in text:
        body += char
        document.type_text(EditBody(section_id, body))


def test_typing_merges_into_word_sized_steps(document: Document) -> None:
    original = document.policy.find("intro").body
    type_burst(document, "intro", " Deux mots")
    assert document.policy.find("intro").body == original + " Deux mots"
    # " " closes the first step (the space before "Deux" is its own step), "Deux " the second, "mots" the last
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert document.policy.find("intro").body == original + " Deux"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.policy.find("intro").body == original


def test_typing_in_another_section_is_a_new_step(document: Document) -> None:
    type_burst(document, "intro", "ab")
    type_burst(document, "contact", "cd")
    assert document.undo_stack.count() == 2


def test_title_typing_merges_separately(document: Document) -> None:
    document.type_text(Rename("intro", "Introductio"))
    document.type_text(Rename("intro", "Introducti"))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.policy.find("intro").title == "Introduction"


@pytest.mark.parametrize(
    ("before", "after", "closes"),
    [("ab", "abc", False), ("ab", "ab ", True), ("ab", "ab,", True), ("ab", "ab’", False), ("abc", "ab", False)],
)
def test_word_boundaries(before: str, after: str, closes: bool) -> None:
    assert ends_word(before, after) is closes


def test_modified_follows_the_saved_state(document: Document, tmp_path: Path) -> None:
    flags = []
    document.modified_changed.connect(flags.append)
    document.apply(Rename("intro", "Préambule"))
    assert document.is_modified() and flags == [True]
    path = tmp_path / "p.policy.md"
    saved = []
    document.saved.connect(saved.append)
    document.save(str(path))
    assert saved == [str(path)] and not document.is_modified()
    document.undo_stack.undo()
    assert document.is_modified()
    document.undo_stack.redo()
    assert not document.is_modified(), "undo/redo back to the saved state clears the modified flag"
    assert native.load(path).find("intro").title == "Préambule"


def test_save_failure_keeps_the_document_modified(document: Document, tmp_path: Path) -> None:
    document.apply(Rename("intro", "X"))
    with pytest.raises(Exception):  # noqa: B017 - ExportFailed naming the path
        document.save(str(tmp_path / "missing-folder" / "p.policy.md"))
    assert document.is_modified()
    assert document.path is None


def test_replace_policy_is_undoable(document: Document) -> None:
    other = native.loads(native.dumps(make_policy()).replace("Contact", "Nous joindre"))
    document.replace_policy(other)
    assert document.policy.find("contact").title == "Nous joindre"
    document.undo_stack.undo()
    assert document.policy == make_policy()


def test_mark_unsaved(document: Document) -> None:
    document.mark_unsaved()
    assert document.is_modified()
