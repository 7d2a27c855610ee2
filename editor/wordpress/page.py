"""Exporter ``wp-page``: the policy as a WordPress ``wp/v2/pages`` object in the view shape.

Fields from the origin record (a page imported from WordPress) come back unchanged and in
WordPress's order, except ``modified``/``modified_gmt`` (now, in the site's offset) and the title
and content (a content the import could read no text from, a list or a number, comes back as it
was while the policy has no section); an edit-shape origin is given back in the view shape (edit-only fields left out);
core fields a damaged export lost are restored with WordPress's defaults at their place. A policy
that never came from WordPress gets a minimal valid page object. ``content.rendered`` imitates
what WordPress renders from the block markup of ``wp-update`` (see :mod:`.blocks`); the JSON
is escaped exactly as WordPress writes it (:mod:`.json_text`).
"""

from __future__ import annotations

import datetime as dt
import html
import urllib.parse
from typing import Any

from editor.exporters.options import PROFILE, ExportContext, Option
from editor.model.policy import Policy
from editor.render.context import RenderContext
from editor.wordpress.blocks import policy_blocks, render_blocks, serialize
from editor.wordpress.json_text import wp_json
from editor.wordpress.texturize import texturize

#: Keys of the view shape in WordPress's order (plugin fields go between class_list and _links).
VIEW_ORDER = (
    "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link", "title",
    "content", "excerpt", "author", "featured_media", "parent", "menu_order", "comment_status", "ping_status",
    "template", "meta", "class_list", "_links", "_embedded",
)  # fmt: skip
EDIT_ONLY = frozenset({"password", "permalink_template", "generated_slug"})
STATUSES = frozenset({"publish", "future", "draft", "pending", "private"})
_DEFAULTS: dict[str, Any] = {
    "excerpt": {"rendered": "", "protected": False},
    "author": 0,
    "featured_media": 0,
    "parent": 0,
    "menu_order": 0,
    "comment_status": "closed",
    "ping_status": "closed",
    "template": "",
    "meta": [],
}
_WP_TIME = "%Y-%m-%dT%H:%M:%S"

OPTIONS: tuple[Option, ...] = (
    PROFILE,
    Option("now", "datetime", "the modification time written (UTC); default now, for reproducible output"),
)


def export(policy: Policy, context: ExportContext) -> bytes:
    return wp_json(page_object(policy, context)).encode("ascii")


def wordpress_origin(policy: Policy) -> dict[str, Any] | None:
    """The page record the WordPress importer kept, or None for a policy from elsewhere."""
    origin = policy.origin
    if origin.get("source") == "wordpress" and origin.get("shape") != "update" and isinstance(origin.get("page"), dict):
        return dict(origin["page"])
    return None


def block_markup(policy: Policy, render: RenderContext) -> str:
    """The content as block-editor markup (what ``wp-update`` sends), with the typography of ``render``."""
    return serialize(policy_blocks(policy, render))


def wp_slug(policy: Policy, original: Any = None) -> str:
    """The slug as WordPress stores it (non-ASCII percent-encoded, lowercase hex)."""
    slug = policy.meta.slug
    if isinstance(original, str) and urllib.parse.unquote(original) == slug:
        return original
    return urllib.parse.quote(slug, safe="-_.~").lower() if slug else ""


def wp_status(policy: Policy, original: Any = None) -> str:
    if policy.meta.status in STATUSES:
        return policy.meta.status
    return original if isinstance(original, str) and original in STATUSES else "draft"


def page_object(policy: Policy, context: ExportContext) -> dict[str, Any]:
    locale = policy.meta.locale
    rendered = texturize(render_blocks(block_markup(policy, context.render)), locale)
    title_rendered = texturize(html.escape(policy.meta.title, quote=False), locale)
    now = _now(context.now)
    record = wordpress_origin(policy)
    if record is None:
        return _minimal(policy, rendered, title_rendered, now)
    offset = _offset(record)
    page: dict[str, Any] = {}
    for key, value in record.items():
        if key in EDIT_ONLY:
            continue
        if key == "guid" and isinstance(value, dict):
            value = {"rendered": value.get("rendered", "")}
        elif key == "title":
            value = {"rendered": title_rendered}
        elif key == "content" and not policy.sections and not _content_readable(value):
            pass  # a list or number the import read no text from (wp.content_shape): given back as it was
        elif key == "content":
            protected = value.get("protected", False) if isinstance(value, dict) else False
            value = {"rendered": rendered, "protected": protected}
        elif key == "excerpt" and isinstance(value, dict):
            value = {"rendered": value.get("rendered", ""), "protected": value.get("protected", False)}
        elif key == "modified_gmt":
            value = now.strftime(_WP_TIME)
        elif key == "modified":
            value = (now + offset).strftime(_WP_TIME)
        elif key == "slug":
            value = wp_slug(policy, value)
        elif key == "status":
            value = wp_status(policy, value)
        page[key] = value
    for key in ("title", "content", "modified", "modified_gmt"):
        if key not in page:
            _insert(page, key, {
                "title": {"rendered": title_rendered},
                "content": {"rendered": rendered, "protected": False},
                "modified": (now + offset).strftime(_WP_TIME),
                "modified_gmt": now.strftime(_WP_TIME),
            }[key])  # fmt: skip
    for key, default in _DEFAULTS.items():
        if key not in page:
            _insert(page, key, default)
    return page


def _content_readable(value: Any) -> bool:
    """Whether the import could read text from a page's content (else it gave notice wp.content_shape)."""
    if value is None or isinstance(value, str):
        return True
    if not isinstance(value, dict):
        return False  # a list, a number, true/false
    return isinstance(value.get("raw"), str) or value.get("rendered") is None or isinstance(value.get("rendered"), str)


def _insert(page: dict[str, Any], key: str, value: Any) -> None:
    """Put ``key`` where WordPress has it: after the last present key that comes before it."""
    position = VIEW_ORDER.index(key)
    earlier = set(VIEW_ORDER[:position])
    items = list(page.items())
    index = 0
    for number, (name, _) in enumerate(items):
        if name in earlier:
            index = number + 1
    items.insert(index, (key, value))
    page.clear()
    page.update(items)


def _minimal(policy: Policy, rendered: str, title: str, now: dt.datetime) -> dict[str, Any]:
    stamp = now.strftime(_WP_TIME)
    page: dict[str, Any] = {
        "id": 0,
        "date": stamp,
        "date_gmt": stamp,
        "guid": {"rendered": ""},
        "modified": stamp,
        "modified_gmt": stamp,
        "slug": wp_slug(policy),
        "status": wp_status(policy),
        "type": "page",
        "link": "",
        "title": {"rendered": title},
        "content": {"rendered": rendered, "protected": False},
    }
    page.update(_DEFAULTS)
    page["meta"] = {"footnotes": ""}  # what WordPress 6.3+ registers
    return page


def _now(value: dt.datetime | None) -> dt.datetime:
    """UTC now without microseconds (the ``now`` option, for reproducible output)."""
    if value is not None:
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.replace(microsecond=0)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _offset(record: dict[str, Any]) -> dt.timedelta:
    """The site's UTC offset, from a local/GMT pair of the origin (modified, else date)."""
    for local, gmt in (("modified", "modified_gmt"), ("date", "date_gmt")):
        try:
            return dt.datetime.fromisoformat(str(record[local])) - dt.datetime.fromisoformat(str(record[gmt]))
        except (KeyError, ValueError, TypeError):
            continue
    return dt.timedelta(0)
