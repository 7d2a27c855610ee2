"""Enter in a list leaves an empty item ("- ") until the user types: the model keeps it as an item
and the preview renders it as one, never as a setext heading made of the item above."""

from __future__ import annotations

import pytest

from editor.editing import lists
from editor.model.policy import normalize_body
from editor.render.tree import parse


@pytest.mark.parametrize(("before", "items"), [("- a", 2), ("1. a", 2), ("Texte\n\n- a\n- b", 3), ("- a\n  - b", 3)])
def test_the_item_enter_leaves_is_an_item_in_the_preview(before: str, items: int) -> None:
    edit = lists.continue_list(before, len(before))
    assert edit is not None
    body = normalize_body(edit.text)
    tree = parse(body)
    assert not [element for element in tree.iter() if element.tag in ("h1", "h2")]
    assert len(list(tree.iter("li"))) == items


def test_a_list_item_is_never_the_text_of_a_setext_heading() -> None:
    assert [e.tag for e in parse("- a\n- \n- b").iter() if e.tag.startswith("h")] == []
    assert [e.tag for e in parse("Titre\n-----").iter() if e.tag.startswith("h")] == ["h2"]
