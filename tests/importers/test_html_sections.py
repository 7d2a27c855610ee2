"""html_to_policy: fixture pairs (HTML -> expected .policy.md and notice codes), rendering checks,
robustness on deep, huge and junk input."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor import native
from editor.importers.html_sections import html_to_policy
from editor.importers.html_tree import MAX_DEPTH
from editor.render import RenderContext, body_tree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "importers" / "html"
CASES = sorted(path.stem for path in FIXTURES.glob("*.html"))
PLAIN = RenderContext(profile=None)


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    source = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    result = html_to_policy(source, path=f"{name}.html", bold_headings=True)  # as for a web page
    assert native.dumps(result.policy) == (FIXTURES / f"{name}.policy.md").read_text(encoding="utf-8")
    expected_codes = [line[2:] for line in (FIXTURES / f"{name}.notices").read_text().splitlines() if line]
    assert [notice.code for notice in result.notices] == expected_codes


def _html(body: str) -> str:
    return etree.tostring(body_tree(body, PLAIN), encoding="unicode")


def test_bodies_render_to_the_structures_of_the_source() -> None:
    policy = html_to_policy((FIXTURES / "basic.html").read_text(encoding="utf-8"), path="basic.html").policy
    sections = {section.id: section for section in policy.walk()}
    assert policy.meta.title == "Politique de confidentialité"
    assert [(s.id, s.level) for s in policy.walk()] == [
        ("preambule", 2),
        ("qui", 2),
        ("donnees", 2),
        ("cookies", 3),
        ("vos-droits", 2),
    ]
    assert sections["preambule"].title == ""
    assert sections["qui"].title == "Qui sommes-nous\u00a0?"
    qui = _html(sections["qui"].body)
    assert "L’éditeur est «\u00a0Exemple SAS\u00a0» &amp; associés, 1\u202f000\u00a0€" in qui
    assert "<br />" in qui
    donnees = _html(sections["donnees"].body)
    assert "<li>Identité<ul>" in donnees and '<ol start="3">' in donnees
    cookies = _html(sections["cookies"].body)
    assert "<th>Cookie</th>" in cookies and "<td>session | login</td>" in cookies
    assert "<blockquote>" in cookies and '<a href="#vos-droits">' in cookies and '<a href="#qui">' in cookies
    assert "code   gardé\n  tel quel" in cookies


def test_markdown_characters_in_text_stay_text() -> None:
    policy = html_to_policy((FIXTURES / "escaping.html").read_text(encoding="utf-8"), path="e.html").policy
    rendered = _html(policy.sections[0].body)
    for text in (
        "1. Ceci n’est pas une liste.",
        "- ni ceci",
        "# ni un titre",
        "&gt; ni une citation",
        "*étoiles*",
        "_soulignés_",
        "snake_case",
        "[crochets](pas un lien)",
        "`accents graves`",
        "\\ antislash",
        "{#pas-un-id}",
        "Espaces\u00a0insécables\u202ffines et normales multiples sur plusieurs lignes.",
    ):
        assert text in rendered, text
    assert "<ol>" not in rendered and "<ul>" not in rendered and "<h1>" not in rendered and "<a " not in rendered


def test_hostile_markup_is_inert_and_reported() -> None:
    result = html_to_policy((FIXTURES / "hostile.html").read_text(encoding="utf-8"), path="h.html")
    text = native.dumps(result.policy)
    for needle in ("script", "alert", "javascript", "onerror", "onclick", "evil.example", "steal", "swf"):
        assert needle not in text.lower(), needle
    assert "Avant après." in text and "lien piégé et autre." in text and "Fin du texte." in text


def test_leading_h1_is_the_title_only_when_it_matches() -> None:
    same = html_to_policy("<h1>Mentions légales</h1><p>x</p>", path="a", title="Mentions  légales")
    assert same.policy.meta.title == "Mentions  légales" and [s.title for s in same.policy.walk()] == [""]
    other = html_to_policy("<h1>Autre chose</h1><p>x</p>", path="a", title="Mentions légales")
    assert [s.title for s in other.policy.walk()] == ["Autre chose"]
    guessed = html_to_policy("<h1>CGU</h1><h2>Objet</h2><p>x</p>", path="a")
    assert guessed.policy.meta.title == "CGU" and [s.title for s in guessed.policy.walk()] == ["Objet"]


def test_deep_nesting_keeps_all_text_and_says_so() -> None:
    deep = "<div>" * 50_000 + "profond<p>paragraphe</p>" + "</div>" * 50_000 + "<h2>Après</h2><p>fin</p>"
    deep += "<b>" * 20_000 + "gras" + "<ul><li>" * 5000 + "item"
    result = html_to_policy(deep, path="deep.html")
    text = native.dumps(result.policy)
    for word in ("profond", "paragraphe", "Après", "fin", "gras", "item"):
        assert word in text
    assert any(n.code == "html.too_deep" and n.params["limit"] == MAX_DEPTH for n in result.notices)


def test_huge_flat_input() -> None:
    html = "".join(f"<h2>Titre {n}</h2><p>Paragraphe {n} avec du texte.</p>" for n in range(5000))
    policy = html_to_policy(html, path="big.html").policy
    assert len(policy.sections) == 5000 and policy.sections[-1].body == "Paragraphe 4999 avec du texte."


def test_declarations_the_stdlib_tokenizer_refuses_do_not_crash() -> None:
    result = html_to_policy("<p>avant <![a](b) après</p><![CDATA[ x ]]><h2>Titre</h2><p>fin</p>", path="d.html")
    text = native.dumps(result.policy)
    assert "avant" in text and "Titre" in text and "fin" in text


def test_ids_from_valid_heading_ids_else_from_titles() -> None:
    policy = html_to_policy(
        '<h2 id="donnees">Données</h2><h2 id="Pas valide">Cookies</h2><h2 id="donnees">Encore</h2>'
        '<h2><a name="ancre"></a>Avec ancre</h2>',
        path="x",
    ).policy
    assert [s.id for s in policy.walk()] == ["donnees", "cookies", "encore", "ancre"]


JUNK = st.sampled_from(
    [
        *"<>/=\"' &;#![]-?abcdehlipstuvr123\u00a0\n*_`:",
        "<![CDATA[", "<!--", "<p>", "</h2>", "<b>", "</b>", "<em>", "</em>", "<br>", "<a href=x>", "</a>",
        "<code>", "<img src=i.png alt=i>", "\ue000", "\ue003", "\ue005",
    ]
)  # fmt: skip
_OURS = re.compile("[\ue000-\ue005]")  # the converter's own markers never leak into the text


@settings(max_examples=200, deadline=None)
@given(st.lists(JUNK, max_size=300))
def test_never_raises_on_junk(pieces: list[str]) -> None:
    result = html_to_policy("".join(pieces), path="junk.html")
    for section in result.policy.walk():
        body_tree(section.body, PLAIN)
        assert not _OURS.search(section.body + section.title)


def test_page_title_with_a_site_suffix_yields_to_the_leading_h1() -> None:
    page = "<title>Mentions légales – Exemple SAS</title><h1>Mentions légales</h1><h2>Éditeur</h2><p>x</p>"
    policy = html_to_policy(page, path="p.html").policy
    assert policy.meta.title == "Mentions légales" and [s.title for s in policy.walk()] == ["Éditeur"]


def test_bold_paragraphs_are_headings_only_when_the_page_has_none() -> None:
    bold = "<p><strong>Cookies</strong></p><p>Texte.</p><p><strong>Vos droits</strong></p><p>Texte.</p>"
    result = html_to_policy(bold, path="p.html", bold_headings=True)
    assert [(s.level, s.title) for s in result.policy.walk()] == [(2, "Cookies"), (2, "Vos droits")]
    notice = next(n for n in result.notices if n.code == "html.bold_headings")
    assert "2 short bold paragraph(s) were taken as section headings" in notice.message()
    with_headings = html_to_policy("<h2>Données</h2>" + bold, path="p.html", bold_headings=True)
    assert [s.title for s in with_headings.policy.walk()] == ["Données"]
    assert "**Cookies**" in with_headings.policy.sections[0].body
    assert not any(n.code == "html.bold_headings" for n in with_headings.notices)
    kept = html_to_policy(bold, path="p.html")  # DOCX and Markdown decide their headings themselves
    assert [s.title for s in kept.policy.walk()] == [""]


def test_formatting_the_markdown_cannot_hold_is_reported() -> None:
    source = "<p>Art. 3 <s>supprimé</s>, 1<sup>er</sup> alinéa, 20 m<sup>2</sup>, <u>ici</u></p>"
    result = html_to_policy(source, path="p")
    assert result.policy.sections[0].body == "Art. 3 supprimé, 1er alinéa, 20 m2, ici"
    notice = next(n for n in result.notices if n.code == "html.formatting_dropped")
    assert notice.params == {"count": 3}
    assert not html_to_policy("<p>le 1<sup>er</sup> mai, le XIX<sup>e</sup></p>", path="p").notices
