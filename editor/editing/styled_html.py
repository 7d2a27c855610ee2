"""Emphasis that clipboard HTML gives by style, made into elements the converter reads.

A browser copies what the page shows: text made bold or italic by the page's CSS arrives as
``<span style="font-weight: 700;">`` or ``<span style="font-style: italic;">``, and Google Docs
writes all its bold that way. Such spans get a ``<strong>`` or ``<em>`` inside them. The other
way round, Google Docs wraps the whole copy in ``<b style="font-weight:normal;" id="docs-
internal-guid-…">``, which is not bold: a ``<b>``/``<strong>`` (``<i>``/``<em>``) whose style
says normal is left out (its content kept). Only these elements are rewritten; the rest is left
as it is.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)(span|b|strong|i|em)\b([^>]*)>", re.IGNORECASE)
_STYLE = re.compile(r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.IGNORECASE)
_FONT_STYLE = re.compile(r"font-style\s*:\s*([a-z]+)", re.IGNORECASE)
_BOLD = {"bold", "bolder", "600", "700", "800", "900"}
_NOT_BOLD = {"normal", "lighter", "100", "200", "300", "400", "500"}


def _style(attributes: str) -> tuple[str | None, str | None]:
    """The font weight and font style an element's ``style`` attribute declares (last one wins)."""
    match = _STYLE.search(attributes)
    if match is None:
        return None, None
    style = match.group(1) if match.group(1) is not None else match.group(2)
    weights = _WEIGHT.findall(style)
    styles = _FONT_STYLE.findall(style)
    return (weights[-1].lower() if weights else None), (styles[-1].lower() if styles else None)


def styled_emphasis(html: str) -> str:
    """``html`` with bold and italic given by ``style`` as elements, and "normal" ``<b>``s left out."""
    if "style" not in html.lower():
        return html
    out: list[str] = []
    open_tags: dict[str, list[str]] = {"span": [], "b": [], "strong": [], "i": [], "em": []}
    last = 0
    for match in _TAG.finditer(html):
        out.append(html[last : match.start()])
        last = match.end()
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            out.append(open_tags[name].pop() if open_tags[name] else match.group())
            continue
        if attributes.rstrip().endswith("/"):
            out.append(match.group())
            continue
        weight, font_style = _style(attributes)
        plain = (name in ("b", "strong") and weight in _NOT_BOLD) or (name in ("i", "em") and font_style == "normal")
        if plain:  # left out, its content kept (it may hold whole paragraphs, as Google Docs' does)
            open_tags[name].append("")
            continue
        inner = []
        if weight in _BOLD and name not in ("b", "strong"):
            inner.append("strong")
        if font_style in ("italic", "oblique") and name not in ("i", "em"):
            inner.append("em")
        out.append(match.group() + "".join(f"<{tag}>" for tag in inner))
        open_tags[name].append("".join(f"</{tag}>" for tag in reversed(inner)) + f"</{match.group(2)}>")
    out.append(html[last:])
    return "".join(out)
