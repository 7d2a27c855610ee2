"""HTML export: a standalone HTML5 page (``html``) and the body alone for a CMS (``html-fragment``).

The body comes from the shared renderer (:mod:`editor.render.html`), the style from
``resources/css/policy.css``: the preview uses both, so preview and export never disagree.
Everything is passed through nh3 (see :mod:`editor.exporters.sanitize`): no script, no event
handler, no ``javascript:`` or ``data:`` URL except images the user embedded. The page loads
nothing from outside (its CSP forbids it too): external images become their alternative text.

Options: ``toc`` (default true), ``page_breaks`` (start each top section on a new printed page),
``profile`` (typography profile; default the policy's own), ``updated`` (ISO date shown as the
last update; default the policy's).
"""

from __future__ import annotations

import html
from typing import Any

from editor import __version__
from editor.assets import resource
from editor.exporters import labels
from editor.exporters.sanitize import sanitize
from editor.model.policy import Policy, Section
from editor.render.context import RenderContext
from editor.render.html import context_for, document_html, title_html
from editor.render.pipeline import body_tree, title_tree

#: The page's Content-Security-Policy: nothing loads, inline style and embedded images only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
DESCRIPTION_LENGTH = 160

_stylesheet_cache: dict[str, str] = {}


def stylesheet() -> str:
    """The page CSS (``resources/css/policy.css``), shared by the export and the preview."""
    if "css" not in _stylesheet_cache:
        _stylesheet_cache["css"] = resource("css", "policy.css").read_text(encoding="utf-8")
    return _stylesheet_cache["css"]


def render_context(policy: Policy, options: dict[str, Any] | None = None) -> RenderContext:
    """The policy's render context, with the ``profile`` option when one is given."""
    options = options or {}
    if "profile" in options:
        profile = options["profile"] or None
        return RenderContext(profile=profile, locale=policy.meta.locale)
    return context_for(policy)


def fragment(policy: Policy, options: dict[str, Any] | None = None) -> str:
    """The sanitized body HTML only (section headings with their ids, and bodies), for a CMS."""
    context = render_context(policy, options)
    return sanitize(document_html(policy, context), embedded_images_only=False)


def page(policy: Policy, options: dict[str, Any] | None = None) -> str:
    """A standalone HTML5 page: head, title block, table of contents, the policy, embedded CSS."""
    options = options or {}
    context = render_context(policy, options)
    locale = policy.meta.locale or "fr-FR"
    title_text = plain_title(policy, context)
    parts = ['<main class="policy">', '<header class="policy-header">']
    if policy.meta.title:
        parts.append(f"<h1>{title_html(policy.meta.title, context)}</h1>")
    parts.append(f'<p class="policy-updated">{_updated_html(policy, options)}</p>')
    if policy.meta.version:
        version = labels.label(locale, "version", version=policy.meta.version)
        parts.append(f'<p class="policy-version">{html.escape(version)}</p>')
    parts.append("</header>")
    if _truthy(options.get("toc", True)):
        toc = toc_html(policy, context)
        if toc:
            parts.append(toc)
    parts.append(f'<div class="policy-body">\n{document_html(policy, context)}\n</div>')
    parts.append("</main>")
    body = sanitize("\n".join(parts), embedded_images_only=True)
    body_class = ' class="page-breaks"' if _truthy(options.get("page_breaks", False)) else ""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(locale)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{html.escape(title_text)}</title>",
        f'<meta name="description" content="{html.escape(description(policy, context))}">',
        f'<meta name="dcterms.modified" content="{labels.update_date(policy, options).isoformat()}">',
        f'<meta name="generator" content="Policy Editor {html.escape(__version__)}">',
    ]
    if policy.meta.organisation:
        head.append(f'<meta name="author" content="{html.escape(policy.meta.organisation)}">')
    head += [
        f"<style>\n{_safe_css(stylesheet())}</style>",
        "</head>",
        f"<body{body_class}>",
        body,
        "</body>",
        "</html>",
    ]
    return "\n".join(head) + "\n"


def export(policy: Policy, options: dict[str, Any]) -> bytes:
    """Registry entry of ``html``: the standalone page, UTF-8."""
    return page(policy, options).encode("utf-8")


def plain_title(policy: Policy, context: RenderContext) -> str:
    """The policy title as text (after typography), for ``<title>``."""
    if not policy.meta.title:
        return ""
    return "".join(title_tree(policy.meta.title, context).itertext())


def description(policy: Policy, context: RenderContext) -> str:
    """``description`` from the policy header, else the start of the first paragraph (160 characters)."""
    explicit = policy.meta.extra.get("description", "")
    if explicit:
        return explicit
    for section in policy.walk():
        for block in body_tree(section.body, context):
            if block.tag == "p":
                text = " ".join("".join(block.itertext()).split())
                if text:
                    return _shorten(text, DESCRIPTION_LENGTH)
    return plain_title(policy, context)


def toc_html(policy: Policy, context: RenderContext) -> str:
    """``<nav class="toc">`` with nested ordered lists of links to the section ids."""
    items = _toc_items(policy.sections, context)
    if not items:
        return ""
    title = html.escape(labels.label(policy.meta.locale, "contents"))
    return f'<nav class="toc" aria-label="{title}">\n<p class="toc-title">{title}</p>\n{items}\n</nav>'


def _toc_items(sections: tuple[Section, ...], context: RenderContext) -> str:
    entries = []
    for section in sections:
        nested = _toc_items(section.children, context)
        if section.title:
            link = f'<a href="#{html.escape(section.id)}">{title_html(section.title, context)}</a>'
            entries.append(f"<li>{link}{nested}</li>")
        elif nested:
            entries.append(f"<li>{nested}</li>")
    return f"<ol>{''.join(entries)}</ol>" if entries else ""


def _updated_html(policy: Policy, options: dict[str, Any]) -> str:
    """The "last updated" line; a French "1er" is written as a superscript ordinal, as in bodies."""
    locale = policy.meta.locale
    date = html.escape(labels.format_date(labels.update_date(policy, options), locale))
    if date.startswith("1er"):
        date = "1<sup>er</sup>" + date[3:]
    return html.escape(labels.label(locale, "updated", date="\x00")).replace("\x00", date)


def _safe_css(css: str) -> str:
    """CSS text that cannot close the ``<style>`` element it is embedded in."""
    return css.replace("</", "<\\/")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in {"", "0", "false", "no", "non", "off"}
    return bool(value)
