"""The typography and ordinals steps of the rendering pipeline (editor/render/typography_steps.py)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model import Section
from editor.render import RenderContext, body_tree, section_html, title_tree
from editor.render.html import body_html
from editor.render.steps import STEPS

FINE = RenderContext("fine", "fr-FR")
MAY_CHANGE = set(" \u00a0\u202f\u2009\"'’«»“”.…")
NBSP = RenderContext("nbsp", "fr-FR")


def _texts(root: etree.Element) -> str:
    return "".join(root.itertext())


def _without(text: str, chars: set[str]) -> str:
    return "".join(char for char in text if char not in chars)


def test_both_steps_are_registered_after_link_neutralising() -> None:
    steps = list(STEPS)
    assert steps.index(STEPS["neutralise_links"]) < steps.index(STEPS["typography"]) < steps.index(STEPS["ordinals"])


def test_text_nodes_are_fixed_with_the_context_profile() -> None:
    assert body_tree("Note: voir; merci!", FINE)[0].text == "Note\u00a0: voir\u202f; merci\u202f!"
    assert body_tree("Note: voir; merci!", NBSP)[0].text == "Note\u00a0: voir\u00a0; merci\u00a0!"


def test_nothing_changes_without_a_profile_or_outside_french() -> None:
    for context in (RenderContext(None, "fr-FR"), RenderContext("fine", "en-GB")):
        assert body_tree('Note: "x"... 1er', context)[0].text == 'Note: "x"... 1er'


def test_code_and_attributes_are_untouched() -> None:
    root = body_tree(
        'Tapez `a: "b"` puis [le lien](https://x.fr/?a=1;b "Titre : l\'info")!\n\n```\nNote: "x"\n```', FINE
    )
    paragraph, pre = root[0], root[1]
    assert paragraph[0].tag == "code" and paragraph[0].text == 'a: "b"'
    link = paragraph[1]
    assert link.get("href") == "https://x.fr/?a=1;b" and link.get("title") == "Titre : l'info"
    assert link.tail == "\u202f!"
    assert pre[0].text == 'Note: "x"\n'


def test_text_spanning_inline_elements_is_fixed_as_one_run() -> None:
    paragraph = body_tree('Le bouton "**Accepter**" et l\'*Espace* [client](https://x.fr): voir.', FINE)[0]
    assert paragraph.text == "Le bouton «\u202f"
    strong, em, link = paragraph
    assert (strong.tag, strong.text, strong.tail) == ("strong", "Accepter", "\u202f» et l’")
    assert (em.text, em.tail) == ("Espace", " ")
    assert (link.text, link.tail) == ("client", "\u00a0: voir.")


def test_urls_emails_and_times_in_text_nodes_are_protected() -> None:
    paragraph = body_tree("Voir www.x.fr/a?b=1;c, o'neill@x.fr et 12:30 : ok", FINE)[0]
    assert "".join(paragraph.itertext()) == "Voir www.x.fr/a?b=1;c, o'neill@x.fr et 12:30\u00a0: ok"
    assert [link.text for link in paragraph.iter("a")] == ["www.x.fr/a?b=1;c", "o'neill@x.fr"]


def test_a_foreign_language_paragraph_is_untouched() -> None:
    root = body_tree('Note: "English" text!\n{: lang="en" }\n\nNote: x', FINE)
    assert root[0].get("lang") == "en" and root[0].text.startswith('Note: "English" text!')
    assert root[1].text == "Note\u00a0: x"


def test_titles_go_through_the_same_steps() -> None:
    assert title_tree("Qui sommes-nous ?", FINE).text == "Qui sommes-nous\u202f?"


def test_ordinals_become_sup_elements() -> None:
    paragraph = body_tree("Le 1er janvier, la 1re version, le XIXe siècle, la 2e et les 3es, le 2d.", FINE)[0]
    assert [sup.text for sup in paragraph.iter("sup")] == ["er", "re", "e", "e", "es", "d"]
    assert _texts(paragraph) == "Le 1er janvier, la 1re version, le XIXe siècle, la 2e et les 3es, le 2d."
    assert not any(char in _texts(paragraph) for char in "ᵉʳᵈˢ")


def test_ordinals_leave_words_code_and_non_ordinals_alone() -> None:
    root = body_tree("Le De Ce Cie Mme 2ème 1e5 1ers\n\n`1er`", FINE)
    sups = [sup.text for sup in root.iter("sup")]
    assert sups == ["ers"]
    assert root[1][0].text == "1er"


def test_ordinals_in_tails_and_inside_inline_elements() -> None:
    paragraph = body_tree("Voir *le 2e point* puis le XXIe siècle.", FINE)[0]
    em = paragraph[0]
    assert em.text == "le 2" and em[0].tag == "sup" and em[0].text == "e" and em[0].tail == " point"
    assert paragraph[1].tag == "sup" and paragraph[1].text == "e" and paragraph[1].tail == " siècle."


def test_section_html_has_sup_and_no_break_spaces() -> None:
    html = section_html(Section("s", "Le 1er article", 2, 'Note: "x"'), FINE)
    assert html == '<h2 id="s">Le 1<sup>er</sup> article</h2>\n<p>Note\u00a0: «\u202fx\u202f»</p>'


def test_raw_html_in_a_body_stays_inert_text() -> None:
    html = body_html('<b title="a: b">x</b>', FINE)
    assert "<b" not in html


SNIPPETS = [
    "Note",
    " ",
    ":",
    ";",
    "!",
    "?",
    '"',
    "'",
    "l'",
    "...",
    "«",
    "»",
    "*",
    "**",
    "`",
    "`a: b`",
    "\n",
    "\n\n",
    '[lien](https://x.fr/?a=1 "T: t")',
    "1er",
    "XIXe",
    "2e",
    "1 500 €",
    "20%",
    "- ",
    "```\n",
    "    ",
    "<b>",
    "https://x.fr/a?b",
    "12:30",
    "é",
    "x",
    "M. Dupont",
    "&amp;",
    "{: lang=en }",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SNIPPETS), max_size=30).map("".join), st.sampled_from(["fine", "nbsp"]))
def test_steps_change_only_text_characters_they_may_and_never_code(body: str, profile: str) -> None:
    fixed = body_tree(body, RenderContext(profile, "fr-FR"))
    plain = body_tree(body, RenderContext(None, "fr-FR"))
    assert _without(_texts(fixed), MAY_CHANGE) == _without(_texts(plain), MAY_CHANGE)
    codes = [element.text for element in fixed.iter() if element.tag in ("code", "pre")]
    assert codes == [element.text for element in plain.iter() if element.tag in ("code", "pre")]
    # The ordinal step adds <sup> elements; every other element keeps its attributes, in order.
    kept = [(element.tag, element.attrib) for element in fixed.iter() if element.tag != "sup"]
    assert kept == [(element.tag, element.attrib) for element in plain.iter() if element.tag != "sup"]


def test_comments_in_a_tree_are_left_alone() -> None:
    from editor.render.typography_steps import ordinals, typography

    root = etree.Element("div")
    paragraph = etree.SubElement(root, "p")
    paragraph.text = "Note: x"
    comment = etree.Comment("Note: 1er")
    comment.tail = " fin!"
    paragraph.append(comment)
    typography(root, FINE)
    ordinals(root, FINE)
    assert comment.text == "Note: 1er" and len(comment) == 0
    assert paragraph.text == "Note\u00a0: x" and comment.tail == " fin\u202f!"
