"""Exporter ``wp-update``: the JSON body for ``POST /wp/v2/pages/ID`` (title, content, slug, status).

The content is block-editor markup (heading, paragraph, list/list-item, table, ...) exactly as
the block editor serializes it, so the page opens without an "unexpected content" warning. With
the option ``keep_builder`` (CLI ``--keep-builder``) a page imported from WPBakery is sent back
as classic HTML re-wrapped in the shortcodes it came with. Everything is sanitized (nh3).
"""

from __future__ import annotations

import html
from typing import Any

from editor.errors import ExportFailed
from editor.exporters.options import PROFILE, ExportContext, Option
from editor.exporters.sanitize import sanitize
from editor.model.policy import Policy
from editor.render import RenderContext, section_html
from editor.wordpress.json_text import wp_json
from editor.wordpress.page import block_markup, wordpress_origin, wp_slug, wp_status

OPTIONS: tuple[Option, ...] = (
    PROFILE,
    Option(
        "keep_builder",
        "bool",
        "re-wrap the content in the WPBakery shortcodes the page was imported with (CLI --keep-builder)",
        default=False,
    ),
)


def export(policy: Policy, context: ExportContext) -> bytes:
    return wp_json(update_body(policy, context)).encode("ascii")


def update_body(policy: Policy, context: ExportContext) -> dict[str, Any]:
    record = wordpress_origin(policy) or {}
    render = context.render
    content = builder_content(policy, render) if context.keep_builder else block_markup(policy, render)
    return {
        "title": html.escape(policy.meta.title, quote=False),  # WordPress reads a raw title as HTML
        "content": content,
        "slug": wp_slug(policy, record.get("slug")),
        "status": wp_status(policy, record.get("status")),
    }


def builder_content(policy: Policy, render: RenderContext) -> str:
    """Classic HTML of the policy inside the WPBakery shortcodes recorded at import."""
    builder = policy.origin.get("builder")
    if not isinstance(builder, dict) or builder.get("kind") != "wpbakery":
        raise ExportFailed("wp.no_builder")
    body = "\n".join(section_html(section, render) for section in policy.walk())
    return f"{builder.get('open', '')}\n{sanitize(body)}\n{builder.get('close', '')}"
