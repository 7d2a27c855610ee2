"""The one HTML sanitizer of the exports (nh3, the Rust ammonia library).

Whatever a body or an import contained, what leaves through HTML is inert: only the tags our
renderer writes, no script or style element, no event handler, links only to http(s), mailto,
tel and in-page anchors, images only from ``http(s)``/relative sources or embedded raster
``data:image`` URLs (``embedded_images_only`` keeps only the embedded ones: a standalone page
loads nothing from outside; other images become their alternative text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import nh3

TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "li", "main", "mark", "nav",
        "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ATTRIBUTES: dict[str, set[str]] = {
    "*": {"id", "class", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"style", "colspan", "rowspan", "align"},
    "td": {"style", "colspan", "rowspan", "align"},
    "ol": {"start", "type"},
    "nav": {"aria-label"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "data"})
_EMBEDDED_IMAGE = re.compile(r"data:image/(?:png|jpeg|jpg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]*\Z", re.IGNORECASE)
_CELL_STYLE = re.compile(r"\s*text-align:\s*(?:left|right|center)\s*;?\s*\Z", re.IGNORECASE)
_UNSOURCED_IMAGE = re.compile(r"<img(?![^>]*\ssrc=)([^>]*)>")
_ALT = re.compile(r'\salt="([^"]*)"')


def _filter(embedded_images_only: bool) -> Callable[[str, str, str], str | None]:
    def keep(tag: str, attribute: str, value: str) -> str | None:
        lowered = value.strip().lower()
        if attribute == "href" and lowered.startswith("data:"):
            return None
        if tag == "img" and attribute == "src":
            if lowered.startswith("data:"):
                return value if _EMBEDDED_IMAGE.match(value.strip()) else None
            return None if embedded_images_only else value
        if attribute == "style":
            return value if _CELL_STYLE.match(value) else None
        return value

    return keep


_FILTERS = {True: _filter(True), False: _filter(False)}


def sanitize(markup: str, *, embedded_images_only: bool = False) -> str:
    """``markup`` with everything that could run, load or hide removed (see the module docstring)."""
    cleaned = nh3.clean(
        markup,
        tags=set(TAGS),
        attributes=ATTRIBUTES,
        attribute_filter=_FILTERS[embedded_images_only],
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )
    return _UNSOURCED_IMAGE.sub(_alt_text, cleaned)


def _alt_text(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(1))
    if not alt or not alt.group(1):
        return ""
    return f'<span class="image-alt">[{alt.group(1)}]</span>'


def escape(text: str) -> str:
    """Text for HTML content or a double-quoted attribute."""
    return html.escape(text, quote=True)
