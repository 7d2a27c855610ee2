"""wp-page export: WordPress's JSON escaping and key order, origin fields given back, rendered content."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from editor import native
from editor.exporters import export_bytes
from editor.model import Metadata, Policy, Section
from editor.wordpress.importer import import_bytes
from editor.wordpress.json_text import wp_json
from editor.wordpress.page import VIEW_ORDER

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress"
NOW = {"now": "2025-01-01T12:00:00+00:00"}


def _import(name: str) -> Policy:
    return import_bytes((FIXTURES / name).read_bytes(), name).policy


def _page(policy: Policy, options: dict | None = None) -> tuple[bytes, dict]:
    data = export_bytes(policy, "wp-page", NOW if options is None else options)
    return data, json.loads(data)


def test_json_is_escaped_exactly_like_wordpress() -> None:
    value = {"a": "é/\u00a0\u202f«»’<>&'\"\n\t😀", "b": [], "c": {"d": None, "e": True, "f": 1.5}}
    assert wp_json(value) == (
        '{"a":"\\u00e9\\/\\u00a0\\u202f\\u00ab\\u00bb\\u2019<>&\'\\"\\n\\t\\ud83d\\ude00",'
        '"b":[],"c":{"d":null,"e":true,"f":1.5}}'
    )


def test_json_matches_a_real_wordpress_export_byte_for_byte() -> None:
    """The fields before the content in the design sample are untouched WordPress output."""
    raw = (FIXTURES / "design-sample.damaged.json").read_text(encoding="utf-8")
    prefix = raw[: raw.index(',"content":')]
    fields = json.loads(prefix + "}")
    assert wp_json(fields)[:-1] == prefix


def test_keys_in_wordpress_order_and_origin_fields_unchanged() -> None:
    source = json.loads((FIXTURES / "gutenberg-edit.json").read_text())
    data, page = _page(_import("gutenberg-edit.json"))
    assert data.isascii() and b" " not in data.replace(b"\\u00a0", b"").split(b'"content"')[0][:20]
    core = [key for key in page if key in VIEW_ORDER]
    assert core == [key for key in VIEW_ORDER if key in page]
    assert list(page) == [key for key in source if key not in ("password", "permalink_template", "generated_slug")]
    for key, value in source.items():
        if key in ("modified", "modified_gmt", "title", "content", "guid", "excerpt", "password"):
            continue
        if key in ("permalink_template", "generated_slug"):
            assert key not in page
            continue
        assert page[key] == value, key
    assert page["guid"] == {"rendered": source["guid"]["rendered"]}
    assert page["excerpt"] == {"rendered": source["excerpt"]["rendered"], "protected": False}
    assert list(page["content"]) == ["rendered", "protected"]
    assert page["modified_gmt"] == "2025-01-01T12:00:00" and page["modified"] == "2025-01-01T14:00:00"
    assert page["title"] == {"rendered": "Politique de confidentialit\u00e9"}


def test_empty_meta_array_and_embedded_come_back() -> None:
    data, page = _page(_import("gutenberg-view-array.json"))
    assert b'"meta":[]' in data
    assert page["_embedded"]["author"][0]["name"] == "admin"
    assert page["slug"] == "politique-de-confidentialit%c3%a9"
    assert list(page)[-2:] == ["_links", "_embedded"]


def test_damaged_origin_gets_the_lost_core_fields_in_place() -> None:
    _, page = _page(_import("design-sample.damaged.json"))
    assert list(page) == [
        "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link", "title",
        "content", "excerpt", "author", "featured_media", "parent", "menu_order", "comment_status", "ping_status",
        "template", "meta",
    ]  # fmt: skip
    assert page["id"] == 4518 and page["link"] == "https://assimil.mantano.com/politique-de-confidentialite/"
    assert page["modified"] == "2025-01-01T14:00:00"  # the site's +2 h offset, from the origin


def test_policy_from_elsewhere_gets_a_minimal_valid_page() -> None:
    policy = Policy(
        Metadata(title="Mentions légales", slug="mentions-légales", status="draft"),
        (Section("editeur", "Éditeur", 2, "Exemple SAS."),),
    )
    _, page = _page(policy)
    assert [key for key in VIEW_ORDER if key in page] == list(page)
    assert page["type"] == "page" and page["status"] == "draft" and page["slug"] == "mentions-l%c3%a9gales"
    assert page["content"]["protected"] is False and "Exemple SAS" in page["content"]["rendered"]
    assert page["modified"] == page["modified_gmt"] == "2025-01-01T12:00:00"


def test_modified_is_now_when_no_time_is_given() -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    _, page = _page(_import("elementor.json"), {})
    stamp = dt.datetime.fromisoformat(page["modified_gmt"])
    assert before <= stamp <= before + dt.timedelta(seconds=5)
    assert dt.datetime.fromisoformat(page["modified"]) - stamp == dt.timedelta(hours=1)


def test_rendered_content_matches_the_fixture() -> None:
    policy = native.loads((FIXTURES / "export" / "policy.policy.md").read_text(encoding="utf-8"))
    _, page = _page(policy)
    expected = (FIXTURES / "export" / "policy.rendered.html").read_text(encoding="utf-8")
    assert page["content"]["rendered"] + "\n" == expected
    rendered = page["content"]["rendered"]
    assert "<!--" not in rendered and "\n\n\n\n" in rendered
    assert re.search(r"<p>", rendered) is None  # 7.x adds wp-block-paragraph to every paragraph


def test_nothing_active_reaches_the_payload() -> None:
    policy = native.loads((FIXTURES / "export" / "policy.policy.md").read_text(encoding="utf-8"))
    for fmt in ("wp-page", "wp-update"):
        text = json.loads(export_bytes(policy, fmt, NOW if fmt == "wp-page" else {}))["content"]
        text = text if isinstance(text, str) else text["rendered"]
        assert "<script" not in text and "javascript:" not in text and "<img" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # typed text stays visible, inert
