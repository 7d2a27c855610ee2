"""wp-update export: block-editor markup exactly as Gutenberg serializes it, and --keep-builder."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from editor import native
from editor.errors import ExportFailed
from editor.exporters import export_bytes
from editor.typography import fix
from editor.wordpress.blocks import serialize_attributes
from editor.wordpress.importer import import_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress"
POLICY = native.loads((FIXTURES / "export" / "policy.policy.md").read_text(encoding="utf-8"))
DELIMITER = re.compile(r"<!-- (/?)wp:([a-z][a-z0-9-]*(?:/[a-z0-9-]+)?)(?: (\{.*?\}))? (/?)-->")


def _body(policy=POLICY, **options) -> dict:
    return json.loads(export_bytes(policy, "wp-update", options))


def test_body_has_title_content_slug_status() -> None:
    body = _body()
    assert list(body) == ["title", "content", "slug", "status"]
    assert body["title"] == "Politique de confidentialité" and body["status"] == "publish"
    assert body["slug"] == "politique-de-confidentialite"


def test_block_markup_matches_the_fixture() -> None:
    expected = (FIXTURES / "export" / "policy.blocks.html").read_text(encoding="utf-8")
    assert _body()["content"] + "\n" == expected


def test_block_grammar_is_balanced_and_uses_only_known_blocks() -> None:
    content = _body()["content"]
    stack: list[str] = []
    names = set()
    for match in DELIMITER.finditer(content):
        closing, name, attrs, void = match.groups()
        names.add(name)
        if attrs:
            json.loads(attrs)
        if void:
            continue
        if closing:
            assert stack.pop() == name
        else:
            stack.append(name)
    assert stack == []
    assert names <= {"heading", "paragraph", "list", "list-item", "table", "quote", "code", "separator"}
    outside = DELIMITER.sub("", content)
    assert "<!--" not in outside
    # top-level blocks are joined by exactly one blank line, as the serializer writes them
    assert "-->\n\n<!-- wp:" in content and "-->\n\n\n" not in content


def test_list_items_are_inner_blocks_and_levels_are_attributes() -> None:
    content = _body()["content"]
    assert '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>' in content
    assert '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3" class="wp-block-list">' in content
    assert '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading" id="cookies">Cookies</h3>' in content
    assert '<!-- wp:heading -->\n<h2 class="wp-block-heading" id="securite">' in content


def test_comment_attributes_escaped_like_gutenberg() -> None:
    assert serialize_attributes({"a": 'x--<y>&"z"', "level": 3}) == (
        '{"a":"x\\u002d\\u002d\\u003cy\\u003e\\u0026\\u0022z\\u0022","level":3}'
    )


def test_keep_builder_rewraps_in_the_recorded_shortcodes() -> None:
    policy = import_bytes((FIXTURES / "design-sample.damaged.json").read_bytes(), "s.json").policy
    content = _body(policy, keep_builder=True)["content"]
    assert content.startswith("[vc_row][vc_column][vc_column_text]\n")
    assert content.endswith("\n[/vc_column_text][/vc_column][/vc_row]")
    assert "<!-- wp:" not in content and '<h2 id="les-renseignements-que-nous-recueillons">' in content
    assert _body(policy, keep_builder="0")["content"].startswith("<!-- wp:paragraph -->")


def test_keep_builder_keeps_attributes_repaired_from_texturize() -> None:
    policy = import_bytes((FIXTURES / "wpbakery-rendered.json").read_bytes(), "s.json").policy
    content = _body(policy, keep_builder="true")["content"]
    assert content.startswith(
        '[vc_row css=".vc_custom_1612345{margin-top: 0px !important;}" el_class="policy"][vc_column width="1/2"]'
        "[vc_column_text]\n"
    )


ROW = (
    '[vc_row full_width="stretch_row" css=".vc_custom_1612345678901{padding-top: 40px !important;'
    "background-image: url(https://exemple.fr/wp-content/uploads/2021/01/fond.jpg?id=12) !important;}"
    '" el_class="legal"]'
    '[vc_column width="2/3" offset="vc_col-lg-offset-2" css=".vc_custom_1612345678902{padding: 0 !important;}"]'
)


def _outline(policy) -> list[tuple[int, str, str]]:
    return [(section.level, section.title, section.body) for section in policy.walk()]


@pytest.mark.parametrize("name", ["wpbakery-attributes-edit", "wpbakery-attributes-rendered"])
def test_keep_builder_gives_back_row_and_column_with_all_their_attributes(name: str) -> None:
    policy = import_bytes((FIXTURES / f"{name}.json").read_bytes(), "p.json").policy
    saved = native.loads(native.dumps(policy))  # the origin record survives the .policy.md file
    content = _body(saved, keep_builder=True)["content"]
    assert content.startswith(ROW + '[vc_column_text el_class="intro"]\n<h2 id="editeur-du-site">')
    assert content.endswith("\n[/vc_column_text][/vc_column][/vc_row]")
    again = import_bytes(json.dumps({"title": "Mentions légales", "content": content}).encode(), "u.json").policy
    assert _outline(again) == _outline(policy)
    assert again.origin["builder"] == policy.origin["builder"]


def test_keep_builder_on_a_page_without_text_block_keeps_the_layout_it_had() -> None:
    policy = import_bytes((FIXTURES / "wpbakery-no-text-block.json").read_bytes(), "p.json").policy
    content = _body(policy, keep_builder=True)["content"]
    assert content.startswith(
        '[vc_row full_width="stretch_row_content" bg_image="12" css=".vc_custom_3{margin: 0 !important;}"]'
        '[vc_column width="1/2"][vc_column_text]\n'
    )
    assert content.endswith("\n[/vc_column_text][/vc_column][/vc_row]")


def test_keep_builder_round_trips_the_design_sample() -> None:
    policy = import_bytes((FIXTURES / "design-sample.damaged.json").read_bytes(), "s.json").policy
    content = _body(policy, keep_builder=True)["content"]
    again = import_bytes(json.dumps({"title": policy.meta.title, "content": content}).encode(), "u.json").policy
    assert [(s.level, s.title) for s in again.walk()] == [(s.level, s.title) for s in policy.walk()]
    # the export applies the policy's typography profile; the text is otherwise the same
    assert [s.body for s in again.walk()] == [fix(s.body, policy.meta.profile, "markdown") for s in policy.walk()]
    assert again.origin["builder"] == policy.origin["builder"]


def test_keep_builder_without_a_builder_is_a_clear_error() -> None:
    with pytest.raises(ExportFailed) as caught:
        export_bytes(POLICY, "wp-update", {"keep_builder": True})
    assert "--keep-builder needs a policy imported from a WPBakery page" in caught.value.message()


def test_title_is_sent_as_escaped_html() -> None:
    from dataclasses import replace

    policy = replace(POLICY, meta=replace(POLICY.meta, title="CGU <script>alert(1)</script> & co"))
    body = _body(policy)
    assert body["title"] == "CGU &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert import_bytes(export_bytes(policy, "wp-update", {}), "u.json").policy.meta.title == policy.meta.title


@pytest.mark.parametrize(("label", "locale"), [("Texte proposé\u00a0:&nbsp;", "fr"), ("Suggested text: ", "en")])
def test_the_privacy_page_default_text_stays_bold_through_import_and_export(label: str, locale: str) -> None:
    raw = (
        '<!-- wp:heading -->\n<h2 class="wp-block-heading">Qui sommes-nous ?</h2>\n<!-- /wp:heading -->\n\n'
        f'<!-- wp:paragraph -->\n<p><strong class="privacy-policy-tutorial">{label}</strong>'
        "L’adresse de notre site est : https://exemple.fr.</p>\n<!-- /wp:paragraph -->"
    )
    page = {"id": 3, "title": {"raw": "Confidentialité"}, "content": {"raw": raw}}
    policy = import_bytes(json.dumps(page).encode(), "p.json").policy
    content = _body(policy)["content"]
    assert "**" not in content
    assert re.search(r"<p><strong>(Texte proposé|Suggested text)(&nbsp;|\u00a0| )?:</strong>", content), content
    assert "**" not in export_bytes(policy, "html-fragment", {}).decode()
    document = zipfile.ZipFile(io.BytesIO(export_bytes(policy, "docx", {}))).read("word/document.xml").decode()
    assert "**" not in document and "<w:b/>" in document
