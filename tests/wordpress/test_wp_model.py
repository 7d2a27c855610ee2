"""The Qt-free parts of publishing that need no site: origin record, references, comparison, media."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.model.policy import Metadata, Policy, Section
from editor.native import dumps, loads
from editor.wordpress.compare import changed, compare, summary, words_of
from editor.wordpress.errors import WordPressError
from editor.wordpress.media import MediaMemory, Uploaded, embedded_images
from editor.wordpress.origin import Origin, fingerprint
from editor.wordpress.publish import cut_off_section, parse_reference

PNG = base64.b64encode(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")).decode()


def test_the_origin_record_travels_in_the_policy_file() -> None:
    policy = Policy(Metadata(title="P"), (Section("a", "A", 2, "Text."),), {"source": "wordpress"})
    origin = Origin("https://example.org", 12, "2026-01-02T03:04:05", "<p>raw</p>", "f" * 32, "https://e/p/", "draft")
    again = Origin.of(loads(dumps(origin.attach(policy))))
    assert again == origin
    assert Origin.of(policy) is None
    assert "password" not in dumps(origin.attach(policy)).lower()


def test_the_fingerprint_ignores_the_status_only() -> None:
    body = {"title": "T", "content": "<p>x</p>", "slug": "t", "status": "draft"}
    assert fingerprint(body) == fingerprint({**body, "status": "publish"})
    assert fingerprint(body) != fingerprint({**body, "content": "<p>y</p>"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", ("id", "12")),
        ("politique-de-confidentialite", ("slug", "politique-de-confidentialite")),
        ("https://example.org/politique-de-confidentialite/", ("slug", "politique-de-confidentialite")),
        ("https://example.org/legal/cgu", ("slug", "cgu")),
        ("https://example.org/?page_id=42", ("id", "42")),
        ("https://example.org/wp-admin/post.php?post=42&action=edit", ("id", "42")),
        ("https://example.org/fr/mentions-l%C3%A9gales/", ("slug", "mentions-légales")),
    ],
)
def test_a_page_is_named_by_id_slug_or_url(text: str, expected: tuple[str, str]) -> None:
    assert parse_reference(text, "https://example.org") == expected


@pytest.mark.parametrize("text", ["", "two words", "https://example.org/"])
def test_what_names_no_page_is_refused(text: str) -> None:
    with pytest.raises(WordPressError) as caught:
        parse_reference(text, "https://example.org")
    assert caught.value.code == "wp.http.no_page"


def test_the_comparison_is_word_by_word() -> None:
    before = "<!-- wp:paragraph -->\n<p>We keep your data for <strong>three</strong> years.</p>\n<!-- /wp:paragraph -->"
    after = "<p>We keep your data for five years.</p><p>New&nbsp;line.</p>"
    changes = compare(before, after)
    assert changed(changes)
    assert [(c.kind, c.words) for c in changes if c.kind != "same"] == [
        ("removed", ("three",)),
        ("added", ("five",)),
        ("added", ("New", "line.")),
    ]
    assert summary(changes) == "We keep your data for [-three-] {+five+} years. {+New line.+}"
    assert not changed(compare(before, "<p>We keep your data for three years.</p>"))
    assert words_of("<h2>Title</h2><p>Body</p>") == ["Title", "Body"]


def test_embedded_images_are_found_once_each() -> None:
    content = f'<p><img src="data:image/png;base64,{PNG}" alt="a"><img src="data:image/png;base64,{PNG}"></p>'
    content += '<p><img src="data:image/png;base64,@@@"></p>'
    images = embedded_images(content)
    assert len(images) == 1
    assert images[0][1] == "image/png" and images[0][2].startswith(b"\x89PNG")


def test_the_media_memory_is_per_site(app_home: Path) -> None:
    memory = MediaMemory()
    memory.put("https://a.example", "d1", Uploaded(5, "https://a.example/wp-content/uploads/x.png"))
    assert MediaMemory().get("https://a.example", "d1") == Uploaded(5, "https://a.example/wp-content/uploads/x.png")
    assert MediaMemory().get("https://b.example", "d1") is None


def test_a_cut_off_import_is_recognised() -> None:
    extra = {"import-cut-off": "cookies"}
    assert cut_off_section(Policy(Metadata(extra=extra))) == "cookies"
    assert cut_off_section(Policy(Metadata())) is None


@given(
    st.lists(st.sampled_from(["un", "deux", "trois", "<b>", "</b>", "&amp;", "quatre"]), max_size=30),
    st.lists(st.sampled_from(["un", "deux", "cinq", "<p>", "</p>", "six"]), max_size=30),
)
def test_the_comparison_rebuilds_both_sides(before: list[str], after: list[str]) -> None:
    old, new = " ".join(before), " ".join(after)
    changes = compare(old, new)
    ours = [word for change in changes if change.kind != "added" for word in change.words]
    theirs = [word for change in changes if change.kind != "removed" for word in change.words]
    assert (ours, theirs) == (words_of(old), words_of(new))


@given(st.integers(100, 599), st.binary(max_size=300), st.sampled_from(["application/json", "text/html", ""]))
def test_any_answer_is_a_value_or_one_wordpress_error(status: int, body: bytes, content_type: str) -> None:
    from editor.wordpress.client import _decode

    try:
        _decode("https://example.org/wp-json/wp/v2/pages", status, {"content-type": content_type}, body)
    except WordPressError as error:
        assert error.message().startswith("https://example.org/wp-json/wp/v2/pages: ")
    else:
        assert 200 <= status < 300
