"""The rendering pipeline: element trees per section, caching, inert raw HTML, safe links."""

from __future__ import annotations

from editor.model import Metadata, Policy, Section
from editor.render import RenderContext, body_tree, clear_cache, document_html, section_html
from editor.render.html import body_html
from editor.render.steps import STEPS

CTX = RenderContext(profile=None)


def test_body_parses_to_a_tree_of_blocks() -> None:
    root = body_tree("Un *mot*.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |", CTX)
    assert [child.tag for child in root] == ["p", "ul", "table"]
    assert root[0][0].tag == "em"


def test_unchanged_sections_are_not_parsed_again() -> None:
    clear_cache()
    body_tree("Texte stable.", CTX)
    before = body_tree.cache_info()
    body_tree("Texte stable.", CTX)
    after = body_tree.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses


def test_raw_html_stays_text() -> None:
    html = body_html('<script>alert(1)</script> <img src="http://x/t.gif" onerror="x()">', CTX)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_unsafe_link_schemes_lose_their_target() -> None:
    html = body_html("[a](javascript:alert(1)) [b](https://exemple.fr) [c](#cookies) [d](mailto:a@b.fr)", CTX)
    assert "javascript" not in html
    assert 'href="https://exemple.fr"' in html and 'href="#cookies"' in html and 'href="mailto:a@b.fr"' in html


def test_fenced_code_comes_back_as_elements() -> None:
    root = body_tree("```\n<b>code</b>\n```", CTX)
    assert root[0].tag == "pre" and root[0][0].tag == "code"
    assert root[0][0].text == "<b>code</b>\n"


def test_section_html_has_its_id_as_anchor_and_keeps_no_break_spaces() -> None:
    html = section_html(Section("cookies", "Cookies", 3, "Durée\u202f: 13\u00a0mois"), CTX)
    assert html == '<h3 id="cookies">Cookies</h3>\n<p>Durée\u202f: 13\u00a0mois</p>'


def test_document_html_walks_sections_in_order() -> None:
    policy = Policy(Metadata(), (Section("a", "A", 2, "x", (Section("b", "B", 3, "y"),)), Section("c", "", 2, "z")))
    assert document_html(policy, CTX) == (
        '<h2 id="a">A</h2>\n<p>x</p>\n<h3 id="b">B</h3>\n<p>y</p>\n<a id="c"></a>\n<p>z</p>'
    )


def test_steps_are_a_named_registry() -> None:
    assert "neutralise_links" in STEPS


def test_deep_or_unmatched_brackets_are_defused_but_ordinary_ones_kept() -> None:
    from editor.markdown.guard import MAX_BRACKET_DEPTH
    from editor.markdown.guard import guard_text as defuse_brackets

    ordinary = "[lien](https://x.fr) et [[note]] [a [b [c]]]"
    assert defuse_brackets(ordinary) == ordinary
    deep = "[" * 40 + "x" + "]" * 40
    defused = defuse_brackets(deep)
    assert defused.count("\\[") == 40 - MAX_BRACKET_DEPTH and defused.count("\\]") == 40 - MAX_BRACKET_DEPTH
    assert defuse_brackets("[" * 100).count("\\[") == 100


def test_hostile_bracket_text_renders_as_text() -> None:
    # 20,000 unclosed "[" took 88 s in Python-Markdown before the guard.
    html = body_html("[" * 20000 + " fin", CTX)
    assert html.endswith(" fin</p>") and html.count("[") == 20000


def test_oversized_blocks_skip_inline_markdown_only() -> None:
    from editor.markdown.config import MAX_INLINE_BLOCK

    big = "*a* " * (MAX_INLINE_BLOCK // 4 + 1)
    assert "<em>" not in body_html(big, CTX)
    assert "<em>a</em>" in body_html("*a* " * 100, CTX)
