"""A new section's id from its first real title: ChangeId is checked and undoable."""

from __future__ import annotations

import pytest

from editor.errors import OperationError
from editor.model import Metadata, Policy, Section
from editor.model.reid import ChangeId, adopt_title

POLICY = Policy(Metadata(), (Section("new-section", "Cookies"), Section("cookies", "Autre")))


def test_adopt_title_makes_a_unique_id_and_undo_restores() -> None:
    operation = adopt_title(POLICY, "new-section", "New section")
    assert operation == ChangeId("new-section", "cookies-2")
    result = operation.apply(POLICY)
    assert [s.id for s in result.policy.sections] == ["cookies-2", "cookies"]
    assert result.change.kind == "structure" and result.change.focus == "cookies-2"
    assert result.inverse.apply(result.policy).policy == POLICY


@pytest.mark.parametrize("title", ["New section", "", "   "])
def test_no_change_while_unnamed(title: str) -> None:
    policy = Policy(Metadata(), (Section("new-section", title),))
    assert adopt_title(policy, "new-section", "New section") is None


def test_bad_or_taken_ids_are_refused() -> None:
    with pytest.raises(OperationError):
        ChangeId("new-section", "cookies").apply(POLICY)
    with pytest.raises(OperationError):
        ChangeId("new-section", "-bad").apply(POLICY)
