"""WordPress page JSON import: fixtures per builder and per damage, the design sample, bad input,
and properties (never anything but ImportFailed on junk or mutated JSON)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor import native
from editor.errors import ImportFailed, Where
from editor.importers import import_file
from editor.model.policy import Policy
from editor.render import RenderContext, body_tree
from editor.wordpress.importer import CUT_OFF_KEY, import_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress"
SAMPLE = FIXTURES / "design-sample.damaged.json"
CASES = sorted(path.name[: -len(".json")] for path in FIXTURES.glob("*.json"))
PLAIN = RenderContext(profile=None)


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def plain_text(policy: Policy) -> str:
    """Everything a reader sees: titles and rendered bodies, as text."""
    parts = [policy.meta.title]
    for section in policy.walk():
        parts.append(section.title)
        parts.append(" ".join(body_tree(section.body, PLAIN).itertext()))
    return fold(" ".join(parts))


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    result = import_bytes((FIXTURES / f"{name}.json").read_bytes(), f"{name}.json")
    assert native.dumps(result.policy) == (FIXTURES / f"{name}.policy.md").read_text(encoding="utf-8")
    codes = [line[2:] for line in (FIXTURES / f"{name}.notices").read_text().splitlines() if line]
    assert [notice.code for notice in result.notices] == codes
    assert native.loads(native.dumps(result.policy)) == result.policy


def test_design_sample_title_outline_and_cut_off() -> None:
    result = import_bytes(SAMPLE.read_bytes(), "sample.json")
    policy = result.policy
    assert policy.meta.title == "Politique de confidentialité"
    assert [(s.level, s.title) for s in policy.walk()] == [
        (2, ""),
        (2, "Les renseignements que nous recueillons"),
        (3, "Renseignements relatifs à l’inscription"),
        (3, "Communication avec l’utilisateur"),
        (3, "Renseignements relatifs à l’utilisation du site Web"),
        (2, "Utilisation des informations recueillies"),
        (3, "Partage d’informations avec des tiers"),
    ]
    last = list(policy.walk())[-1]
    assert policy.meta.extra[CUT_OFF_KEY] == last.id
    assert policy.origin["damage"]["cut_off_section"] == last.id
    cut_off = next(n for n in result.notices if n.code == "wp.cut_off")
    assert cut_off.where == Where(section=last.id)
    assert cut_off.text() == (
        "the page was cut off after “Partage d’informations avec des tiers”: the text after it is missing. "
        "Get a complete export before publishing."
    )
    assert policy.origin["builder"] == {
        "kind": "wpbakery",
        "open": "[vc_row][vc_column][vc_column_text]",
        "close": "[/vc_column_text][/vc_column][/vc_row]",
    }
    assert list(policy.origin["page"]) == [
        "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link", "title",
        "content",
    ]  # fmt: skip
    assert "[vc_" not in native.dumps(policy).split("\n---\n", 1)[1]


def _raw_content(path: Path) -> str:
    """The content string of the sample, decoded independently of the importer."""
    text = path.read_text(encoding="utf-8")
    rest = text[text.index('"content":{"rendered":"') + len('"content":{"rendered":"') :].rstrip("\n")
    return json.loads('"' + rest.replace("\r", "").replace("\n", "\\n") + '"')


def test_design_sample_every_sentence_is_imported() -> None:
    raw = _raw_content(SAMPLE)
    sentences = []
    for block in re.split(r"</(?:p|h[1-6])>", raw):  # each paragraph or heading, then its sentences
        text = re.sub(r"<[^>]*>|\[/?vc_[^\]]*\]", " ", block)
        sentences.extend(fold(s) for s in re.split(r"(?<=[.!?:;])\s+", text) if fold(s))
    assert len(sentences) == 44
    imported = plain_text(import_bytes(SAMPLE.read_bytes(), "sample.json").policy)
    missing = [sentence for sentence in sentences if sentence not in imported]
    assert missing == []


def test_design_sample_repairs_are_reported_with_where() -> None:
    notices = import_bytes(SAMPLE.read_bytes(), "sample.json").notices
    messages = [notice.message() for notice in notices]
    assert messages[0] == "file: 37 raw line break(s) inside JSON strings were accepted as text"
    assert messages[1].startswith("file: the file is cut off at line 38 inside content.rendered")
    assert "content, at 'Les renseignements que nous recueillons': rebuilt a missing <h2>" in "\n".join(messages)
    assert sum(1 for n in notices if n.code == "wp.rebuilt_tag" and n.params["tag"] == "h3") == 4
    assert sum(1 for n in notices if n.code == "wp.rebuilt_link") == 2
    assert all(n.where for n in notices)
    rebuilt = [n.where for n in notices if n.code == "wp.rebuilt_tag"]
    assert all(w.field == "content" and w.position is not None and w.position >= 0 for w in rebuilt)


def test_edit_shape_prefers_raw_and_keeps_every_field_in_order() -> None:
    data = json.loads((FIXTURES / "gutenberg-edit.json").read_text())
    policy = import_bytes((FIXTURES / "gutenberg-edit.json").read_bytes(), "p.json").policy
    assert "must not be used" not in native.dumps(policy)
    page = policy.origin["page"]
    assert list(page) == list(data)
    for key, value in data.items():
        if key in ("title", "content"):
            assert list(page[key]) == list(value)
            assert {k: v for k, v in page[key].items() if k not in ("raw", "rendered")} == {
                k: v for k, v in value.items() if k not in ("raw", "rendered")
            }
        else:
            assert page[key] == value
    assert policy.origin["shape"] == "edit"
    assert policy.meta.locale == "fr-FR" and policy.meta.status == "publish"


def test_one_element_array_with_embedded() -> None:
    policy = import_bytes((FIXTURES / "gutenberg-view-array.json").read_bytes(), "p.json").policy
    assert policy.origin["array"] is True
    assert policy.origin["page"]["_embedded"]["author"][0]["name"] == "admin"
    assert policy.origin["page"]["meta"] == []
    assert policy.meta.slug == "politique-de-confidentialité"
    assert "Texte d’introduction «\u00a0important\u00a0» & utile…" in policy.sections[0].body


def test_pretty_and_compact_exports_give_the_same_policy() -> None:
    pretty = (FIXTURES / "gutenberg-edit.json").read_bytes()
    compact = json.dumps(json.loads(pretty), separators=(",", ":")).encode()
    assert import_bytes(pretty, "a.json").policy == import_bytes(compact, "a.json").policy


def test_wpbakery_heading_raw_html_and_unknown_shortcode() -> None:
    result = import_bytes((FIXTURES / "wpbakery-rendered.json").read_bytes(), "p.json")
    policy = result.policy
    assert [(s.level, s.title) for s in policy.walk()] == [
        (2, "Responsable du traitement"),
        (3, "Droits des utilisateurs"),
    ]
    body = list(policy.walk())[1].body
    assert '[contact-form-7 id="12" title="Contact"]' in body
    assert "Hébergeur" in body and "OVH, Roubaix" in body and "track" not in body
    assert policy.origin["builder"]["open"].startswith('[vc_row css=".vc_custom_1612345{margin-top: 0px !important;}"')
    assert '[vc_column width="1/2"]' in policy.origin["builder"]["open"]


BAD = {
    "empty.json": "the file is empty",
    "binary.json": "this is a binary file, not a WordPress JSON export",
    "not-json.json": "this is not JSON",
    "not-a-page.json": "this JSON is not a WordPress page or post",
    "error-response.json": "this is a WordPress error response (rest_forbidden_context",
    "two-pages.json": "the JSON holds 2 pages",
    "empty-list.json": "the JSON is an empty list",
    "protected.json": "the page is password-protected",
    "broken-middle.json": "the JSON is broken at column 34",
}


@pytest.mark.parametrize(("name", "reason"), sorted(BAD.items()))
def test_unreadable_input_is_one_clear_error(name: str, reason: str) -> None:
    path = FIXTURES / "bad" / name
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    message = caught.value.message()
    assert message.startswith(str(path)) and reason in message and "\n" not in message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_raise_nothing_but_import_failed(data: bytes) -> None:
    try:
        result = import_bytes(data, "junk.json")
    except ImportFailed:
        return
    for section in result.policy.walk():
        etree.tostring(body_tree(section.body, PLAIN))


SAMPLE_BYTES = SAMPLE.read_bytes()
EDIT_BYTES = (FIXTURES / "gutenberg-edit.json").read_bytes()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from([SAMPLE_BYTES, EDIT_BYTES])))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["cut", "delete", "insert", "replace"]))
        at = draw(st.integers(0, len(data)))
        if kind == "cut":
            del data[at:]
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            chunk = draw(
                st.sampled_from([b'"', b"{", b"}", b"[", b"]", b",", b":", b"\\", b"\\u00", b"<p>", b"\x00", b"\n"])
            )
            data[at : at + (1 if kind == "replace" else 0)] = chunk
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_exports_raise_nothing_but_import_failed(data: bytes) -> None:
    try:
        import_bytes(data, "mutated.json")
    except ImportFailed:
        pass


def test_bundled_sample_is_the_reviewed_import_of_the_design_sample() -> None:
    """resources/samples is what the app opens on first start: the design sample as imported."""
    from editor.assets import sample_policy

    bundled = sample_policy().read_text(encoding="utf-8")
    assert bundled == native.dumps(import_bytes(SAMPLE.read_bytes(), "sample.json").policy)
    assert native.loads(bundled).meta.title == "Politique de confidentialité"


def test_gutenberg_page_with_bold_paragraphs_as_headings() -> None:
    raw = "\n\n".join(
        f"<!-- wp:paragraph -->\n<p>{html}</p>\n<!-- /wp:paragraph -->"
        for html in (
            "<strong>Qui sommes-nous&nbsp;?</strong>",
            '<strong class="privacy-policy-tutorial">Texte suggéré&nbsp;:&nbsp;</strong>L’adresse de notre site est…',
            "<strong>Commentaires</strong>",
            "Quand vous laissez un commentaire…",
        )
    )
    page = {"id": 3, "title": {"raw": "Confidentialité", "rendered": "Confidentialité"}, "content": {"raw": raw}}
    result = import_bytes(json.dumps(page).encode(), "p.json")
    sections = list(result.policy.walk())
    assert [(s.level, s.title) for s in sections] == [(2, "Qui sommes-nous\u00a0?"), (2, "Commentaires")]
    assert sections[0].body == "**Texte suggéré\u00a0:**\u00a0L’adresse de notre site est…"
    assert "html.bold_headings" in [n.code for n in result.notices]
    assert "<strong>Texte suggéré\u00a0:</strong>" in etree.tostring(body_tree(sections[0].body, PLAIN), "unicode")
