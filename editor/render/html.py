"""The HTML renderer: walks the pipeline's element trees and writes HTML fragments.

It is the renderer of the preview, the HTML exporters and the WordPress content, so they never
disagree. Each section renders on its own (heading with its id as anchor, then the body) and
is cached, so a change re-renders only the sections that changed.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from functools import lru_cache

from markdown.serializers import to_html_string

from editor.model.policy import Policy, Section
from editor.render.context import RenderContext
from editor.render.pipeline import CACHE_SIZE, body_tree, register_cache, title_tree


def inner_html(root: etree.Element) -> str:
    """The serialised children of an element (its own tag left out)."""
    parts = [_escape(root.text)] if root.text else []
    parts.extend(to_html_string(child) for child in root)
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def title_html(title: str, context: RenderContext) -> str:
    return inner_html(title_tree(title, context))


def body_html(body: str, context: RenderContext) -> str:
    return inner_html(body_tree(body, context)).strip("\n")


@lru_cache(maxsize=CACHE_SIZE)
def _section_html(section_id: str, level: int, title: str, body: str, context: RenderContext) -> str:
    parts = []
    if title:
        parts.append(f'<h{level} id="{section_id}">{title_html(title, context)}</h{level}>')
    else:
        parts.append(f'<a id="{section_id}"></a>')
    rendered = body_html(body, context)
    if rendered:
        parts.append(rendered)
    return "\n".join(parts)


register_cache(_section_html)


def section_html(section: Section, context: RenderContext) -> str:
    """One section's own heading and body (not its subsections)."""
    return _section_html(section.id, section.level, section.title, section.body, context)


def document_html(policy: Policy, context: RenderContext | None = None) -> str:
    """Every section in document order, as one HTML fragment."""
    context = context or context_for(policy)
    return "\n".join(section_html(section, context) for section in policy.walk())


def context_for(policy: Policy, profile: str | None = "policy") -> RenderContext:
    """The render context of a policy: its own typography profile unless one is given."""
    chosen = policy.meta.profile if profile == "policy" else profile
    return RenderContext(profile=chosen, locale=policy.meta.locale)
