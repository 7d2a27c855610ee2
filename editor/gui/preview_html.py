"""The HTML the preview shows: the shared renderer's section fragments, made safe and Qt-proof.

- :func:`safe_fragment` runs a section fragment through nh3 with a strict allow-list (no script,
  no event handlers, no style attributes except text alignment, only http(s)/mailto/tel/data URLs),
  so whatever reaches the preview can neither run nor fetch anything.
- :func:`keep_spaces` protects the spaces Qt's HTML parser would collapse into a breakable space
  (U+202F narrow no-break space and the other Unicode space separators) by wrapping each run in a
  ``white-space: pre-wrap`` span, the only markup under which Qt's parser keeps them.
- :func:`preview_fragment` is both, in that order; :func:`page_stylesheet` is the HTML exporter's
  CSS, so the preview and the exported page never disagree.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import nh3

log = logging.getLogger(__name__)

#: Elements the shared renderer produces (Markdown blocks and inlines); anything else is unwrapped.
ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang", "dir", "style"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "ol": {"start", "type"},
}
#: Style properties kept in style attributes: the tables extension aligns cells with them.
ALLOWED_STYLE_PROPERTIES = frozenset({"text-align"})
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "data"})
#: Removed with their content (the rest of the unknown tags are unwrapped, keeping their text).
DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg", "math"})

#: Space separators Qt's HTML parser turns into a breakable space (U+0020 and U+00A0 excepted).
_COLLAPSIBLE_SPACES = re.compile("[\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: A tag, with quoted attribute values that may contain ">".
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_PROTECT = '<span style="white-space:pre-wrap">{}</span>'


def safe_fragment(html: str) -> str:
    """``html`` with everything that could run or fetch removed (see the module docstring)."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=set(ALLOWED_STYLE_PROPERTIES),
        link_rel=None,
    )


def keep_spaces(html: str) -> str:
    """Wrap the spaces Qt would make breakable, in text only (never inside a tag)."""
    if not _COLLAPSIBLE_SPACES.search(html):
        return html
    parts = []
    position = 0
    for tag in _TAG.finditer(html):
        parts.append(_protect_text(html[position : tag.start()]))
        parts.append(tag.group(0))
        position = tag.end()
    parts.append(_protect_text(html[position:]))
    return "".join(parts)


def _protect_text(text: str) -> str:
    return _COLLAPSIBLE_SPACES.sub(lambda m: _PROTECT.format(m.group(0)), text)


def preview_fragment(html: str) -> str:
    """A rendered section fragment as the preview inserts it: sanitized, spaces protected."""
    return keep_spaces(safe_fragment(html))


@lru_cache(maxsize=1)
def page_stylesheet() -> str:
    """The HTML exporter's page CSS (``editor.exporters.html.stylesheet()``).

    Until that exporter is installed, the bundled ``resources/css/policy.css`` it reads, and if
    that is missing too, no CSS (Qt's defaults). A broken exporter is logged, never fatal.
    """
    try:
        from editor.exporters.html import stylesheet
    except ImportError:
        return _bundled_css()
    try:
        return stylesheet()
    except Exception:  # the preview must open even if the exporter is broken
        log.exception("editor.exporters.html.stylesheet() failed; the preview uses the bundled CSS")
        return _bundled_css()


def _bundled_css() -> str:
    from editor.assets import resource

    path = resource("css", "policy.css")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
