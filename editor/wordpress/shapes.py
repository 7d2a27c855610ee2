"""The shapes of what WordPress sends and receives: a page as read (edit context), a page in a list.

Only the fields publishing needs are typed here; the importer keeps every other field of a
pulled page in the policy's origin record. The update payload itself is built by the
``wp-update`` exporter (:func:`update_payload`), so a pushed page and an exported body are the same.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from editor.model.policy import Policy

_TAGS = re.compile(r"<[^>]*>")


def _text(value: Any, key: str = "raw") -> str:
    """``value[key]`` (else ``rendered``) of a ``{raw, rendered}`` field, or a plain string field."""
    if isinstance(value, dict):
        chosen = value.get(key)
        if not isinstance(chosen, str):
            chosen = value.get("rendered")
        return chosen if isinstance(chosen, str) else ""
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class RemotePage:
    """A page as the site holds it now (``context=edit``): what the conflict check compares."""

    id: int
    title: str
    content: str
    modified_gmt: str
    status: str
    slug: str
    link: str
    record: dict[str, Any]

    @classmethod
    def from_json(cls, data: Any) -> RemotePage:
        if not isinstance(data, dict) or not isinstance(data.get("id"), int):
            raise ValueError("not a page object")
        return cls(
            id=data["id"],
            title=html.unescape(_TAGS.sub("", _text(data.get("title")))),
            content=_text(data.get("content")),
            modified_gmt=str(data.get("modified_gmt") or ""),
            status=str(data.get("status") or ""),
            slug=str(data.get("slug") or ""),
            link=str(data.get("link") or ""),
            record=data,
        )


@dataclass(frozen=True)
class PageSummary:
    """One line of the site's page list (to pick a page to open)."""

    id: int
    title: str
    slug: str
    status: str
    modified_gmt: str
    link: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageSummary:
        return cls(
            id=int(data.get("id") or 0),
            title=html.unescape(_TAGS.sub("", _text(data.get("title"), "rendered"))).strip(),
            slug=str(data.get("slug") or ""),
            status=str(data.get("status") or ""),
            modified_gmt=str(data.get("modified_gmt") or ""),
            link=str(data.get("link") or ""),
        )


#: Fields asked for when listing pages (keeps the answer small).
SUMMARY_FIELDS = "id,title,slug,status,modified_gmt,link"


def has_builder(policy: Policy) -> bool:
    """True when the page was imported from a WPBakery layout, which a push keeps around the content."""
    builder = policy.origin.get("builder")
    return isinstance(builder, dict) and builder.get("kind") == "wpbakery"


def update_payload(policy: Policy) -> dict[str, Any]:
    """The body of ``POST /wp/v2/pages[/ID]`` for ``policy``: title, content, slug, status.

    The document's typography profile applies (the render pipeline of the exporter); the builder
    wrapper is kept when the page had one.
    """
    from editor.exporters import context_for_export
    from editor.wordpress.update import update_body

    return update_body(policy, context_for_export(policy, "wp-update", {"keep_builder": has_builder(policy)}))
