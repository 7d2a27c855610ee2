"""Every vector of the XSS fixture set comes out inert from html, html-fragment and the sanitizer."""

from __future__ import annotations

import pytest
from xss import inert_problems, load_vectors

from editor.exporters import export_bytes
from editor.exporters.html import fragment, page
from editor.exporters.sanitize import sanitize
from editor.model import Metadata, Policy, Section

VECTORS = load_vectors()
IDS = [name for name, _ in VECTORS]


def _policy(body: str, title: str = "Politique") -> Policy:
    return Policy(Metadata(title=title), (Section("s", "Section", 2, body),))


def test_the_fixture_set_is_not_empty() -> None:
    assert len(VECTORS) >= 30


@pytest.mark.parametrize(("name", "vector"), VECTORS, ids=IDS)
def test_raw_html_through_the_sanitizer_is_inert(name: str, vector: str) -> None:
    for images_embedded_only in (False, True):
        cleaned = sanitize(vector, embedded_images_only=images_embedded_only)
        assert inert_problems(cleaned) == [], cleaned


@pytest.mark.parametrize(("name", "vector"), VECTORS, ids=IDS)
def test_vector_as_body_is_inert_in_page_and_fragment(name: str, vector: str) -> None:
    policy = _policy(vector)
    assert inert_problems(fragment(policy)) == []
    assert inert_problems(export_bytes(policy, "html-fragment").decode()) == []
    assert inert_problems(page(policy), allow_page_head=True) == []


@pytest.mark.parametrize(("name", "vector"), VECTORS, ids=IDS)
def test_vector_as_link_target_and_title_is_inert(name: str, vector: str) -> None:
    target = vector.replace("\n", " ").replace(")", "%29")
    policy = _policy(f"[lien]({target}) et ![img]({target})", title=vector.replace("\n", " "))
    assert inert_problems(fragment(policy)) == []
    assert inert_problems(page(policy), allow_page_head=True) == []


def test_the_page_head_has_only_our_meta_and_style() -> None:
    from xss import elements

    found = elements(page(_policy(VECTORS[0][1])))
    metas = [attrs for tag, attrs in found if tag == "meta"]
    assert all(set(attrs) <= {"charset", "name", "content", "http-equiv"} for attrs in metas)
    assert [tag for tag, _ in found].count("style") == 1


def test_safe_content_survives_sanitizing() -> None:
    body = (
        "**gras** *italique* `code` [CNIL](https://www.cnil.fr/) [droits](#droits) <dpo@exemple.fr>\n\n"
        "![logo](data:image/png;base64,iVBORw0KGgo=)\n\n| a | b |\n|:--|--:|\n| 1 | 2 |"
    )
    out = fragment(_policy(body))
    for piece in (
        "<strong>gras</strong>",
        "<em>italique</em>",
        "<code>code</code>",
        'href="https://www.cnil.fr/"',
        'href="#droits"',
        'href="mailto:dpo@exemple.fr"',
        'src="data:image/png;base64,iVBORw0KGgo="',
        'style="text-align: right;"',
    ):
        assert piece in out


@pytest.mark.parametrize(
    "bad",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JAVA\tSCRIPT:alert(1)">x</a>',
        '<img src="data:image/svg+xml;base64,AAAA">',
        '<p onclick="x()">x</p>',
        "<script>x</script>",
        '<td style="width:expression(x)">x</td>',
    ],
)
def test_the_inertness_check_itself_catches_live_markup(bad: str) -> None:
    assert inert_problems(bad) != []
