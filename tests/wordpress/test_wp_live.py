"""Pull, edit, push, conflicts and errors against the real local WordPress (tests/wordpress/server.py).

Skipped, with the reason, where the server cannot start; ``.ci/run`` installs and starts it.
Each test makes its own pages, so the order does not matter.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from editor.model.ops import EditBody
from editor.model.policy import Metadata, Policy, Section
from editor.wordpress.client import Client
from editor.wordpress.errors import WordPressError
from editor.wordpress.media import MediaMemory
from editor.wordpress.origin import Origin
from editor.wordpress.publish import (
    IncompletePush,
    PushConflict,
    fetch_page,
    list_pages,
    pull,
    push,
    sync_state,
)
from editor.wordpress.publish import test_connection as check_connection
from editor.wordpress.sites import Site

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent.parent / "fixtures" / "wordpress"
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d4944415478da63f8cfc0f01f0005000201e5d5ad3c0000000049454e44ae426082"
    )
).decode()


def make_page(site_request, fixture: str = "gutenberg-edit.json", **changes: object) -> int:
    page = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    body = {"title": page["title"]["raw"], "content": page["content"]["raw"], "status": "draft", **changes}
    return int(site_request("POST", "/wp/v2/pages", body)["id"])


def outline(policy: Policy) -> list[tuple[int, str, str]]:
    return [(section.level, section.title, section.body) for section in policy.walk()]


def spaced(rows: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Rows with no-break spaces as spaces and ``<https://...>`` autolinks as the bare address the
    dialect links the same way (the page gives back a link whose text is its address)."""
    table = str.maketrans({"\u00a0": " ", "\u202f": " "})
    bare = re.compile(r"<(https?://[^\s<>]+)>")
    return [(level, title.translate(table), bare.sub(r"\1", body.translate(table))) for level, title, body in rows]


def edit_first_body(policy: Policy, text: str) -> Policy:
    first = next(iter(policy.walk()))
    return EditBody(first.id, first.body + "\n\n" + text).apply(policy).policy


def test_connection_reports_version_name_and_rights(admin: Client, reader: Client) -> None:
    report = check_connection(admin)
    assert report.version.startswith("6.")
    assert report.display_name == "Site Admin"
    assert report.can_edit_pages and report.can_publish_pages
    assert not check_connection(reader).can_edit_pages


def test_pull_by_id_slug_and_url_gives_the_same_policy(admin: Client, site_request) -> None:
    page_id = make_page(site_request, slug="pull-test")
    by_id = pull(admin, str(page_id)).policy
    by_slug = pull(admin, "pull-test").policy
    by_url = pull(admin, f"{admin.site.url}/?page_id={page_id}").policy
    assert outline(by_id) == outline(by_slug) == outline(by_url)
    assert [section.title for section in by_id.walk()][1:3] == ["Qui sommes-nous\u00a0?", "Cookies"]
    origin = Origin.of(by_id)
    assert origin is not None
    assert (origin.site, origin.id, origin.status) == (admin.site.url, page_id, "draft")
    assert origin.raw == site_request("GET", f"/wp/v2/pages/{page_id}?context=edit")["content"]["raw"]
    assert origin.modified_gmt


def test_the_page_list_has_every_status(admin: Client, site_request) -> None:
    page_id = make_page(site_request, title="Listed page")
    pages = {page.id: page for page in list_pages(admin)}
    assert pages[page_id].title == "Listed page" and pages[page_id].status == "draft"


def test_pull_edit_push_and_pull_again_keeps_outline_and_text(admin: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    edited = edit_first_body(pulled, "Nous ajoutons une phrase, la dernière.")
    result = push(admin, edited, media=MediaMemory())
    assert not result.created and result.page.id == page_id and result.page.status == "draft"
    assert "la dernière" in result.page.content
    after = Origin.of(result.policy)
    assert after is not None and after.modified_gmt == result.page.modified_gmt
    assert sync_state(admin, result.policy, after).up_to_date
    assert sync_state(admin, edit_first_body(result.policy, "Encore."), after).local_changed
    again = pull(admin, str(page_id)).policy
    assert spaced(outline(again)) == spaced(outline(edited))  # the profile may change no-break spaces only
    twice = pull(admin, str(push(admin, again).page.id)).policy
    assert outline(twice) == outline(again)


def test_the_typography_profile_of_the_document_applies(admin: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    edited = edit_first_body(pulled, "Question ? Oui !")
    fine = push(admin, edited).page.content
    assert "Question\u202f? Oui\u202f!" in fine
    nbsp = push(admin, replace(edited, meta=replace(edited.meta, profile="nbsp")), force=True).page.content
    assert "Question&nbsp;? Oui&nbsp;!" in nbsp


def test_a_change_on_the_site_stops_the_push_and_says_what_changed(admin: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    theirs = "<!-- wp:paragraph -->\n<p>Texte changé sur le site par quelqu’un d’autre.</p>\n<!-- /wp:paragraph -->"
    site_request("POST", f"/wp/v2/pages/{page_id}", {"content": theirs})
    before = site_request("GET", f"/wp/v2/pages/{page_id}?context=edit")
    with pytest.raises(PushConflict) as caught:
        push(admin, edit_first_body(pulled, "Mon ajout."))
    conflict = caught.value
    assert conflict.remote.content == theirs
    added = [word for change in conflict.changes if change.kind == "added" for word in change.words]
    assert "changé" in added
    after = site_request("GET", f"/wp/v2/pages/{page_id}?context=edit")
    assert after["modified_gmt"] == before["modified_gmt"] and after["content"]["raw"] == theirs
    forced = push(admin, edit_first_body(pulled, "Mon ajout."), force=True)
    assert "Mon ajout." in forced.page.content


def test_pending_and_publish_are_set_when_asked(admin: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    assert push(admin, pulled, status="pending").page.status == "pending"


def test_a_new_page_is_created_as_a_draft(admin: Client) -> None:
    policy = Policy(
        Metadata(title="Mentions légales", slug="mentions-test"), (Section("editeur", "Éditeur", 2, "Exemple SAS."),)
    )
    result = push(admin, policy, create=True)
    assert result.created and result.page.status == "draft"
    assert Origin.of(result.policy).id == result.page.id  # type: ignore[union-attr]
    assert pull(admin, str(result.page.id)).policy.find("editeur") is not None or "Éditeur" in result.page.content


def test_embedded_images_are_uploaded_once(admin: Client, app_home: Path) -> None:
    body = f"Logo : ![logo](data:image/png;base64,{PNG})"
    policy = Policy(Metadata(title="Avec image"), (Section("logo", "Logo", 2, body),))
    memory = MediaMemory()
    first = push(admin, policy, create=True, media=memory)
    assert first.uploaded == 1
    assert "data:image" not in first.page.content and "/wp-content/uploads/" in first.page.content
    second = push(admin, first.policy, media=memory)
    assert second.uploaded == 0
    assert second.page.content == first.page.content


def test_a_cut_off_import_needs_a_confirmation(admin: Client) -> None:
    data = (FIXTURES / "damage-truncated-escape.json").read_bytes()
    from editor.importers import import_bytes

    policy = import_bytes(data, "cut.json").policy
    with pytest.raises(IncompletePush) as caught:
        push(admin, policy, create=True)
    assert "--allow-incomplete" in caught.value.message()
    assert push(admin, policy, create=True, allow_incomplete=True).created


def test_the_builder_wrapper_is_kept(admin: Client, site_request) -> None:
    page_id = make_page(site_request, "wpbakery-edit.json")
    pulled = pull(admin, str(page_id)).policy
    result = push(admin, edit_first_body(pulled, "Ajout."))
    assert result.page.content.lstrip().startswith("[vc_row")
    assert "Ajout." in result.page.content


def test_a_wrong_password_is_401_in_plain_words(wordpress: dict[str, str]) -> None:
    client = Client(Site(wordpress["url"], "admin"), "wrong pass word", timeout=20)
    with pytest.raises(WordPressError) as caught:
        check_connection(client)
    assert caught.value.code == "wp.http.unauthorized"
    assert "wrong pass word" not in caught.value.message()


def test_a_subscriber_may_not_pull_or_push(admin: Client, reader: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    for action in (lambda: pull(reader, str(page_id)), lambda: push(reader, pulled)):
        with pytest.raises(WordPressError) as caught:
            action()
        assert caught.value.code == "wp.http.forbidden"
    assert fetch_page(admin, page_id).modified_gmt == Origin.of(pulled).modified_gmt  # type: ignore[union-attr]


def test_a_deleted_page_is_404(admin: Client, site_request) -> None:
    page_id = make_page(site_request)
    pulled = pull(admin, str(page_id)).policy
    site_request("DELETE", f"/wp/v2/pages/{page_id}?force=true")
    with pytest.raises(WordPressError) as caught:
        push(admin, pulled)
    assert caught.value.code == "wp.http.not_found"
    assert "does not exist" in caught.value.message()


def test_pushing_to_an_elementor_page_warns_that_elementor_shows_its_own_layout(admin: Client, site_request) -> None:
    page = json.loads((FIXTURES / "elementor.json").read_text(encoding="utf-8"))
    page_id = int(
        site_request("POST", "/wp/v2/pages", {"title": "Elementor", "content": page["content"]["rendered"]})["id"]
    )
    result = push(admin, pull(admin, str(page_id)).policy)
    assert [notice.code for notice in result.notices] == ["wp.push.elementor"]
    assert push(admin, result.policy, create=True).notices == ()
