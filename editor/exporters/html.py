"""HTML export: a standalone HTML5 page (``html``) and the body alone for a CMS (``html-fragment``).

The body comes from the shared renderer (:mod:`editor.render.html`), the style from
``resources/css/policy.css``: the preview uses both, so preview and export never disagree.
Everything is passed through nh3 (see :mod:`editor.exporters.sanitize`): no script, no event
handler, no ``javascript:`` or ``data:`` URL except images the user embedded. The page loads
nothing from outside (its CSP forbids it too): external images become their alternative text.

Options: see :data:`OPTIONS` (the title block and contents come from :mod:`.frame`, shared with DOCX).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from editor import __version__
from editor.assets import resource
from editor.exporters.frame import Frame, TocEntry, build_frame
from editor.exporters.options import PROFILE, TOC, UPDATED, ExportContext, Option, export_context
from editor.exporters.sanitize import sanitize
from editor.model.policy import Policy
from editor.render.context import RenderContext
from editor.render.html import document_html, inner_html
from editor.render.pipeline import body_tree

#: The options of ``html-fragment``: the body only, so the typography profile only.
FRAGMENT_OPTIONS: tuple[Option, ...] = (PROFILE,)
#: The options of ``html``.
OPTIONS: tuple[Option, ...] = (
    PROFILE,
    TOC,
    Option("page_breaks", "bool", "start each top-level section on a new printed page", default=False),
    UPDATED,
)

#: The page's Content-Security-Policy: nothing loads, inline style and embedded images only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
DESCRIPTION_LENGTH = 160

_stylesheet_cache: dict[str, str] = {}


def stylesheet() -> str:
    """The page CSS (``resources/css/policy.css``), shared by the export and the preview."""
    if "css" not in _stylesheet_cache:
        _stylesheet_cache["css"] = resource("css", "policy.css").read_text(encoding="utf-8")
    return _stylesheet_cache["css"]


def as_context(policy: Policy, options: Mapping[str, Any] | ExportContext | None, name: str = "html") -> ExportContext:
    """``options`` as a checked ExportContext of the format ``name`` (given one, it is used as is)."""
    if isinstance(options, ExportContext):
        return options
    declared = OPTIONS if name == "html" else FRAGMENT_OPTIONS
    return export_context(policy, name, declared, options)


def fragment(policy: Policy, options: Mapping[str, Any] | ExportContext | None = None) -> str:
    """The sanitized body HTML only (section headings with their ids, and bodies), for a CMS."""
    context = as_context(policy, options, "html-fragment")
    return sanitize(document_html(policy, context.render), embedded_images_only=False)


def page(policy: Policy, options: Mapping[str, Any] | ExportContext | None = None) -> str:
    """A standalone HTML5 page: head, title block, table of contents, the policy, embedded CSS."""
    context = as_context(policy, options)
    frame = build_frame(policy, context)
    locale = policy.meta.locale or "fr-FR"
    parts = ['<main class="policy">', '<header class="policy-header">']
    if frame.title is not None:
        parts.append(f"<h1>{inner_html(frame.title)}</h1>")
    if frame.updated_line:
        parts.append(f'<p class="policy-updated">{_updated_html(frame)}</p>')
    if frame.version_line:
        parts.append(f'<p class="policy-version">{html.escape(frame.version_line)}</p>')
    parts.append("</header>")
    toc = toc_html(frame)
    if toc:
        parts.append(toc)
    parts.append(f'<div class="policy-body">\n{document_html(policy, context.render)}\n</div>')
    parts.append("</main>")
    body = sanitize("\n".join(parts), embedded_images_only=True)
    body_class = ' class="page-breaks"' if context.page_breaks else ""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(locale)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{html.escape(frame.plain_title)}</title>",
        f'<meta name="description" content="{html.escape(description(policy, context.render, frame.plain_title))}">',
        f'<meta name="generator" content="Policy Editor {html.escape(__version__)}">',
    ]
    if frame.updated is not None:
        head.insert(-1, f'<meta name="dcterms.modified" content="{frame.updated.isoformat()}">')
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


def export(policy: Policy, context: ExportContext) -> bytes:
    """Registry entry of ``html``: the standalone page, UTF-8."""
    return page(policy, context).encode("utf-8")


def description(policy: Policy, context: RenderContext, title: str) -> str:
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
    return title


def toc_html(frame: Frame) -> str:
    """``<nav class="toc">`` with nested ordered lists of links to the section ids."""
    items = _toc_items(frame.toc)
    if not items:
        return ""
    title = html.escape(frame.contents_label)
    return f'<nav class="toc" aria-label="{title}">\n<p class="toc-title">{title}</p>\n{items}\n</nav>'


def _toc_items(entries: tuple[TocEntry, ...]) -> str:
    items = []
    for entry in entries:
        nested = _toc_items(entry.children)
        if entry.title is not None:
            link = f'<a href="#{html.escape(entry.id)}">{inner_html(entry.title)}</a>'
            items.append(f"<li>{link}{nested}</li>")
        else:
            items.append(f"<li>{nested}</li>")
    return f"<ol>{''.join(items)}</ol>" if items else ""


def _updated_html(frame: Frame) -> str:
    """The "last updated" line; a French "1er" is written as a superscript ordinal, as in bodies."""
    line = html.escape(frame.updated_line)
    return line.replace(" 1er\u00a0", " 1<sup>er</sup>\u00a0", 1)


def _safe_css(css: str) -> str:
    """CSS text that cannot close the ``<style>`` element it is embedded in."""
    return css.replace("</", "<\\/")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"
