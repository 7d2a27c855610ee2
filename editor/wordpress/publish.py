"""Pull a page from a site, push a policy back, tell whether they are in step, test a connection.

Every operation works on a :class:`~editor.wordpress.client.Client` and returns new values; none
writes a file. A push first reads the page's current ``modified_gmt`` and text: when either differs
from the pulled ones, nothing is sent and :class:`PushConflict` carries the site's version and a word-level
comparison. A cut-off import is refused (:class:`IncompletePush`) unless confirmed. A failed push
changes neither the document nor the page (embedded images may already be in the media library:
they are remembered and reused by the next push).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from editor.errors import Notice
from editor.importers import ImportResult
from editor.model.policy import Policy
from editor.wordpress.client import Client
from editor.wordpress.compare import Change, compare
from editor.wordpress.errors import WordPressError
from editor.wordpress.importer import CUT_OFF_KEY
from editor.wordpress.media import MediaMemory, upload_embedded
from editor.wordpress.origin import Origin, fingerprint
from editor.wordpress.shapes import SUMMARY_FIELDS, PageSummary, RemotePage, update_payload

STATUSES = ("draft", "pending", "publish")
#: Statuses that make a page visible or ask for review: a push with them needs a confirmation.
NEEDS_CONFIRMATION = frozenset({"pending", "publish"})
MAX_LIST_PAGES = 20

#: progress(step, done, total): "read", "check", "media", "send".
Progress = Callable[[str, int, int], None]


class PushConflict(WordPressError):
    """The page changed on the site since the pull: nothing was sent."""

    def __init__(self, origin: Origin, remote: RemotePage) -> None:
        self.origin = origin
        self.remote = remote
        self.changes: list[Change] = compare(origin.raw, remote.content)
        super().__init__(
            "wp.push.conflict",
            title=remote.title or origin.title,
            id=remote.id,
            site=origin.site,
            theirs=remote.modified_gmt.replace("T", " "),
            ours=origin.modified_gmt.replace("T", " "),
        )


class IncompletePush(WordPressError):
    """The policy comes from a cut-off import: pushing it needs an explicit confirmation."""


@dataclass(frozen=True)
class ConnectionReport:
    version: str
    display_name: str
    can_edit_pages: bool
    can_publish_pages: bool


@dataclass(frozen=True)
class PushResult:
    policy: Policy
    page: RemotePage
    created: bool
    uploaded: int
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class SyncState:
    site_changed: bool
    local_changed: bool
    remote: RemotePage

    @property
    def up_to_date(self) -> bool:
        return not self.site_changed and not self.local_changed


def test_connection(client: Client) -> ConnectionReport:
    """Who the user is on the site and what they may do; raises on a wrong password or a blocked API."""
    me = client.get("/wp/v2/users/me", {"context": "edit"}).data
    if not isinstance(me, dict):
        raise WordPressError("wp.http.bad_json", url=client.site.url, detail="users/me is not an object")
    capabilities = me.get("capabilities") if isinstance(me.get("capabilities"), dict) else {}
    return ConnectionReport(
        version=client.wordpress_version(),
        display_name=str(me.get("name") or me.get("slug") or client.site.user),
        can_edit_pages=bool(capabilities.get("edit_pages")),
        can_publish_pages=bool(capabilities.get("publish_pages")),
    )


def parse_reference(text: str, site_url: str) -> tuple[str, str]:
    """("id", "12") or ("slug", "politique") from an ID, a slug or a page URL of the site."""
    text = text.strip()
    if text.isdigit():
        return "id", text
    if "://" in text:
        parts = urllib.parse.urlsplit(text)
        query = urllib.parse.parse_qs(parts.query)
        for key in ("page_id", "p", "post"):
            if query.get(key, [""])[0].isdigit():
                return "id", query[key][0]
        path = urllib.parse.unquote(parts.path)
        base = urllib.parse.unquote(urllib.parse.urlsplit(site_url).path)
        if path.startswith(base):
            path = path[len(base) :]
        segments = [segment for segment in path.split("/") if segment]
        if segments:
            return "slug", segments[-1]
        raise WordPressError("wp.http.no_page", url=site_url, ref=text)
    slug = text.strip("/").rsplit("/", 1)[-1]
    if not slug or re.search(r"\s", slug):
        raise WordPressError("wp.http.no_page", url=site_url, ref=text)
    return "slug", slug


def fetch_page(client: Client, page_id: int) -> RemotePage:
    data = client.get(f"/wp/v2/pages/{page_id}", {"context": "edit"}).data
    return _page(client, data)


def find_page(client: Client, reference: str) -> RemotePage:
    kind, value = parse_reference(reference, client.site.url)
    if kind == "id":
        return fetch_page(client, int(value))
    found = client.get("/wp/v2/pages", {"slug": value, "context": "edit", "status": "any"}).data
    if not isinstance(found, list) or not found:
        raise WordPressError("wp.http.no_page", url=client.site.url, ref=reference)
    return _page(client, found[0])


def list_pages(client: Client, progress: Progress | None = None) -> list[PageSummary]:
    """Every page the user can edit (all statuses), newest change first."""
    pages: list[PageSummary] = []
    total = 1
    number = 1
    while number <= min(total, MAX_LIST_PAGES):
        if progress is not None:
            progress("read", number, total)
        params = {
            "context": "edit",
            "status": "any",
            "per_page": 100,
            "page": number,
            "orderby": "modified",
            "order": "desc",
            "_fields": SUMMARY_FIELDS,
        }
        response = client.get("/wp/v2/pages", params)
        if not isinstance(response.data, list):
            raise WordPressError("wp.http.bad_json", url=client.site.url, detail="the page list is not a list")
        pages.extend(PageSummary.from_json(item) for item in response.data if isinstance(item, dict))
        try:
            total = int(response.headers.get("x-wp-totalpages", "1"))
        except ValueError:
            total = 1
        number += 1
    return pages


def pull(client: Client, reference: str, progress: Progress | None = None) -> ImportResult:
    """The page as a policy (through the WordPress importer), carrying its origin record."""
    if progress is not None:
        progress("read", 0, 1)
    page = find_page(client, reference)
    return import_remote(client.site.url, page)


def import_remote(site_url: str, page: RemotePage) -> ImportResult:
    from editor.importers import import_bytes

    label = page.link or f"{site_url}/?page_id={page.id}"
    data = json.dumps(page.record, ensure_ascii=False).encode("utf-8")
    result = import_bytes(data, label, "wordpress")
    origin = Origin(
        site=site_url,
        id=page.id,
        modified_gmt=page.modified_gmt,
        raw=page.content,
        link=page.link,
        status=page.status,
        title=page.title,
    )
    policy = origin.attach(result.policy)
    origin = replace(origin, synced=fingerprint(update_payload(policy)))
    return ImportResult(origin.attach(policy), result.notices)


def cut_off_section(policy: Policy) -> str | None:
    """The id of the section a cut-off import left incomplete, if any."""
    value = policy.meta.extra.get(CUT_OFF_KEY)
    if value:
        return str(value)
    damage = policy.origin.get("damage")
    if isinstance(damage, dict) and damage.get("truncated"):
        return str(damage.get("cut_off_section") or damage.get("cut_in") or "?")
    return None


def sync_state(client: Client, policy: Policy, origin: Origin) -> SyncState:
    remote = fetch_page(client, origin.id)
    local = fingerprint(update_payload(policy)) != origin.synced
    return SyncState(site_changed=changed_on_site(origin, remote), local_changed=local, remote=remote)


def changed_on_site(origin: Origin, remote: RemotePage) -> bool:
    """True when the page is not the one pulled: a later ``modified_gmt`` or another text (two saves
    within one second share a ``modified_gmt``)."""
    return remote.modified_gmt != origin.modified_gmt or remote.content != origin.raw


def push(
    client: Client,
    policy: Policy,
    *,
    status: str = "draft",
    force: bool = False,
    allow_incomplete: bool = False,
    create: bool = False,
    media: MediaMemory | None = None,
    progress: Progress | None = None,
    path: str = "",
) -> PushResult:
    """Send ``policy`` to its page (or a new page); the returned policy carries the new origin record.

    ``status`` is the caller's choice: draft unless the user confirmed pending or publish.
    Raises :class:`PushConflict` when the page changed on the site (unless ``force``),
    :class:`IncompletePush` for a cut-off import (unless ``allow_incomplete``).
    """
    if status not in STATUSES:
        raise WordPressError("wp.http.status", url=client.site.url, status="-", detail=f"unknown status {status!r}")
    section = cut_off_section(policy)
    if section is not None and not allow_incomplete:
        raise IncompletePush("wp.push.cut_off", path=path or None, section=section)
    origin = None if create else Origin.of(policy)
    if origin is not None and origin.site != client.site.url:
        raise WordPressError("wp.push.other_site", path=path or None, origin=origin.site, site=client.site.url)
    if origin is None and not create:
        raise WordPressError("wp.push.not_pulled", path=path or "the policy")
    if origin is not None:
        if progress is not None:
            progress("check", 0, 1)
        remote = fetch_page(client, origin.id)
        if changed_on_site(origin, remote) and not force:
            raise PushConflict(origin, remote)
    payload = update_payload(policy)
    payload["status"] = status
    payload["content"], uploads = upload_embedded(client, payload["content"], media or MediaMemory(), progress)
    if progress is not None:
        progress("send", 0, 1)
    client.token.check()
    if origin is None:
        if not payload["slug"]:
            del payload["slug"]
        data = client.post("/wp/v2/pages", payload, {"context": "edit"}).data
    else:
        data = client.post(f"/wp/v2/pages/{origin.id}", payload, {"context": "edit"}).data
    page = _page(client, data)
    notices = []
    builder = policy.origin.get("builder")
    if not create and isinstance(builder, dict) and builder.get("kind") == "elementor":
        notices.append(Notice("wp.push.elementor"))
    return PushResult(_after_push(policy, client.site.url, page), page, origin is None, len(uploads), tuple(notices))


def _after_push(policy: Policy, site_url: str, page: RemotePage) -> Policy:
    """The policy with its origin record and page fields brought up to the page just written."""
    imported = import_remote(site_url, page)
    origin = dict(imported.policy.origin)
    if "builder" in policy.origin:
        origin["builder"] = policy.origin["builder"]
    origin.pop("damage", None)
    extra = {key: value for key, value in policy.meta.extra.items() if key != CUT_OFF_KEY}
    meta = replace(policy.meta, status=page.status or policy.meta.status, extra=extra)
    if page.slug:
        meta = replace(meta, slug=urllib.parse.unquote(page.slug))
    result = replace(policy, meta=meta, origin=origin)
    record = Origin.of(result)
    assert record is not None
    return replace(record, synced=fingerprint(update_payload(result))).attach(result)


def _page(client: Client, data: Any) -> RemotePage:
    try:
        return RemotePage.from_json(data)
    except ValueError:
        raise WordPressError("wp.http.bad_json", url=client.site.url, detail="the answer is not a page") from None


def describe_status(state: SyncState) -> str:
    """One line for ``wp status``."""
    if state.up_to_date:
        return "up to date"
    parts = []
    if state.site_changed:
        parts.append(f"changed on the site (modified {state.remote.modified_gmt.replace('T', ' ')} UTC)")
    if state.local_changed:
        parts.append("changed locally")
    return ", ".join(parts)
