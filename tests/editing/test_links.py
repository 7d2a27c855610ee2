"""Links: the target check of the link dialog, writing, editing and removing a link."""

from __future__ import annotations

import pytest

from editor.editing import links
from tests.editing.test_commands import mark, parse


@pytest.mark.parametrize(
    ("typed", "href"),
    [
        ("https://www.cnil.fr/fr/rgpd", "https://www.cnil.fr/fr/rgpd"),
        ("  http://exemple.fr  ", "http://exemple.fr"),
        ("www.cnil.fr", "https://www.cnil.fr"),
        ("dpo@exemple.fr", "mailto:dpo@exemple.fr"),
        ("mailto:dpo@exemple.fr", "mailto:dpo@exemple.fr"),
        ("tel:+33 1 23 45 67 89", "tel:+33123456789"),
        ("#cookies", "#cookies"),
    ],
)
def test_accepted_targets(typed: str, href: str) -> None:
    assert links.check_target(typed) == links.Target(href)


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("", "link.empty"),
        ("javascript:alert(1)", "link.scheme"),
        ("data:text/html,x", "link.scheme"),
        ("cnil", "link.invalid"),
        ("https://cnil", "link.invalid"),
        ("https://www.cnil .fr", "link.invalid"),
    ],
)
def test_refused_targets(typed: str, error: str) -> None:
    assert links.check_target(typed).error == error


def test_link_around_the_word_at_the_cursor() -> None:
    text, start, end = parse("voir la CN‸IL.")
    assert mark(links.set_link(text, start, end, "CNIL", "https://www.cnil.fr")) == (
        "voir la ⟦[CNIL](https://www.cnil.fr)⟧."
    )


def test_edge_no_break_spaces_stay_outside_the_brackets() -> None:
    text, start, end = parse("voir⟦\u00a0la CNIL\u202f⟧!")
    a, b = links.link_text_for(text, start, end)
    label = text[a:b]
    assert label == "la CNIL"
    assert links.set_link(text, start, end, label, "#cnil").text == "voir\u00a0[la CNIL](#cnil)\u202f!"


def test_editing_an_existing_link_replaces_it() -> None:
    text, start, end = parse("voir [la C‸NIL](https://cnil.fr) ici")
    found = links.link_at(text, start, end)
    assert found is not None and found.target == "https://cnil.fr"
    edit = links.set_link(text, start, end, "la CNIL", "https://www.cnil.fr")
    assert edit.text == "voir [la CNIL](https://www.cnil.fr) ici"


def test_brackets_in_the_label_are_escaped() -> None:
    assert links.set_link("x", 0, 1, "art. [3]", "#a").text == r"[art. \[3\]](#a)"
    assert links.shown_text(r"art. \[3\]") == "art. [3]"


def test_remove_link_keeps_its_text() -> None:
    text, start, end = parse("voir [la ‸CNIL](https://cnil.fr) ici")
    assert mark(links.remove_link(text, start, end)) == "voir ⟦la CNIL⟧ ici"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("un **gr⟦os** mot⟧ ici", "un ⟦[**gros** mot](https://x.fr)⟧ ici"),  # never half a bold phrase
        ("a `co⟦de` b⟧", "a ⟦[`code` b](https://x.fr)⟧"),  # never half a code span
        ("⟦- un\n- deux⟧", "- ⟦[un](https://x.fr)⟧\n- deux"),  # one line's text, after its marker
        ("voir ⟦la CNIL\u00a0⟧: x", "voir ⟦[la CNIL](https://x.fr)⟧\u00a0: x"),  # the no-break space outside
    ],
)
def test_a_new_link_goes_around_whole_pieces_of_one_line(before: str, after: str) -> None:
    text, start, end = parse(before)
    a, b = links.link_text_for(text, start, end)
    assert mark(links.set_link(text, start, end, text[a:b], "https://x.fr")) == after
