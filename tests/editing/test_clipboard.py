"""Paste and copy: HTML as Word, LibreOffice, a browser, the WordPress block editor and Google Docs
put it on the clipboard becomes the Markdown in the ``.md`` next to it
(``tests/fixtures/editing/paste``); copy renders HTML."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from editor.editing.clipboard import (
    Pasted,
    as_paragraphs,
    decode_clipboard_html,
    html_for_copy,
    insert_sections,
    markdown_from_html,
    placed,
)
from editor.editing.office_html import word_lists
from editor.editing.styled_html import styled_emphasis
from editor.model.policy import Metadata, Policy, Section

PASTE = Path(__file__).parent.parent / "fixtures/editing/paste"
SOURCES = sorted(PASTE.glob("*.html"))


def shown(pasted: Pasted) -> str:
    """A pasted result as one text: the body, then each section as a heading and its body."""
    parts = [pasted.body] if pasted.body else []
    for top in pasted.sections:
        for section in top.walk():
            parts.append("#" * section.level + " " + section.title)
            if section.body:
                parts.append(section.body)
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("source", SOURCES, ids=[path.stem for path in SOURCES])
def test_paste_fixture(source: Path) -> None:
    pasted = markdown_from_html(decode_clipboard_html(source.read_bytes()))
    assert shown(pasted) == source.with_suffix(".md").read_text("utf-8")


def test_browser_paste_is_sanitized() -> None:
    pasted = markdown_from_html((PASTE / "browser.html").read_text("utf-8"))
    text = shown(pasted)
    assert "alert" not in text and "javascript" not in text and "onclick" not in text
    assert {notice.code for notice in pasted.notices} >= {"html.dropped", "html.unsafe_link"}


def test_firefox_utf16_with_bom_and_windows_cf_html() -> None:
    html = "<p>Données&nbsp;: <b>oui</b></p>"
    assert decode_clipboard_html(codecs.BOM_UTF16_LE + html.encode("utf-16-le")) == html
    header = "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n"
    header += "StartFragment:0000000141\r\nEndFragment:0000000164\r\n"
    cf_html = header + "<html><body><!--StartFragment-->" + html + "<!--EndFragment--></body></html>"
    decoded = decode_clipboard_html(cf_html.encode("utf-8"))
    assert markdown_from_html(decoded).body == "Données\u00a0: **oui**"


def test_latin1_declared_charset() -> None:
    data = '<meta charset="iso-8859-1"><p>Donn\xe9es</p>'.encode("latin-1")
    assert markdown_from_html(decode_clipboard_html(data)).body == "Données"


def test_word_numbered_list_levels_and_start() -> None:
    item = (
        "<p class=MsoListParagraph style='mso-list:l1 level{level} lfo2'><![if !supportLists]>"
        "<span style='mso-list:Ignore'>{marker}<span>&nbsp;&nbsp;</span></span><![endif]>{text}</p>"
    )
    html = "".join(
        item.format(level=level, marker=marker, text=text)
        for level, marker, text in [(1, "3.", "trois"), (2, "a.", "alpha"), (2, "b.", "beta"), (1, "4.", "quatre")]
    )
    assert markdown_from_html(word_lists(html)).body == "3. trois\n    1. alpha\n    2. beta\n4. quatre"


def test_headings_as_paragraphs_when_sections_are_not_wanted() -> None:
    pasted = markdown_from_html("<p>Avant</p><h2>Titre</h2><p>Corps</p>")
    assert pasted.body == "Avant"
    assert as_paragraphs(pasted) == "Avant\n\n**Titre**\n\nCorps"


def test_pasted_sections_get_free_ids_after_the_current_section() -> None:
    policy = Policy(Metadata(title="P"), (Section("cookies", "Cookies"), Section("droits", "Droits")))
    pasted = markdown_from_html("<h2>Cookies</h2><p>x</p><h3>Durée</h3><p>y</p>")
    operations = insert_sections(policy, "cookies", pasted.sections)
    for operation in operations:
        policy = operation.apply(policy).policy
    assert [(s.id, s.title, s.level) for s in policy.walk()] == [
        ("cookies", "Cookies", 2),
        ("cookies-2", "Cookies", 2),
        ("duree", "Durée", 3),
        ("droits", "Droits", 2),
    ]


def test_copy_renders_the_preview_html() -> None:
    policy = Policy(Metadata(title="P", locale="fr-FR"), ())
    html = html_for_copy("**Texte :** voir [la CNIL](https://www.cnil.fr)\n\n- un\n- deux", policy)
    assert "<strong>Texte" in html and '<a href="https://www.cnil.fr"' in html and "<li>un</li>" in html


def test_copy_html_is_sanitized() -> None:
    html = html_for_copy("[x](javascript:alert(1))", Policy(Metadata(title="P"), ()))
    assert "javascript" not in html


def test_wordpress_blocks_paste_is_sanitized() -> None:
    pasted = markdown_from_html((PASTE / "wordpress.html").read_text("utf-8"))
    assert "wp:" not in shown(pasted) and "steal" not in shown(pasted)
    assert {notice.code for notice in pasted.notices} >= {"html.dropped", "html.handlers"}


def test_styled_emphasis() -> None:
    assert styled_emphasis('<span style="font-weight: bold">a</span>') == (
        '<span style="font-weight: bold"><strong>a</strong></span>'
    )
    assert styled_emphasis("<span style='font-style:italic;font-weight:600'>a</span>") == (
        "<span style='font-style:italic;font-weight:600'><strong><em>a</em></strong></span>"
    )
    assert styled_emphasis('<b style="font-weight:normal" id="g"><p>a</p></b>') == "<p>a</p>"
    unchanged = '<span style="font-weight:400"><b>a</b></span>'
    assert styled_emphasis(unchanged) == unchanged


def test_pasted_blocks_stay_apart_from_the_paragraph_around() -> None:
    from tests.editing.test_commands import mark, parse

    text, start, end = parse("Texte‸ suite")
    assert mark(placed(text, start, end, "**un**\n\ndeux")) == "Texte\n\n**un**\n\ndeux‸\n\nsuite"
    assert mark(placed(text, start, end, "- un\n- deux")) == "Texte\n\n- un\n- deux‸\n\nsuite"
    assert mark(placed(text, start, end, "un *mot*")) == "Texteun *mot*‸ suite"  # part of a paragraph: as it is
    text, start, end = parse("Texte\n\n‸")
    assert mark(placed(text, start, end, "a\n\nb")) == "Texte\n\na\n\nb‸"
