"""The HTML the preview shows: the shared renderer's section fragments, made safe and Qt-proof.

- :func:`safe_fragment` runs a section fragment through nh3 with a strict allow-list (no script,
  no event handlers, no style attributes except text alignment, only http(s)/mailto/tel/data URLs),
  so whatever reaches the preview can neither run nor fetch anything.
- :func:`keep_spaces` protects the spaces Qt's HTML parser would collapse into a breakable space
  (U+202F narrow no-break space and the other Unicode space separators) by wrapping each run in a
  ``white-space: pre-wrap`` span, the only markup under which Qt's parser keeps them.
- :func:`preview_fragment` sanitizes with the HTML page exporter's sanitizer (``safe_fragment``
  only when it is missing), then protects the spaces; :func:`page_stylesheet` is the HTML
  exporter's CSS, so the preview and the exported page never disagree.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
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
    """A rendered section fragment as the preview inserts it: sanitized, spaces protected.

    The sanitizer is the HTML page exporter's (external images become their alternative text,
    as on the exported page); :func:`safe_fragment` only if that module cannot be imported.
    """
    return keep_spaces(_page_sanitizer()(html))


@lru_cache(maxsize=1)
def _page_sanitizer() -> Callable[[str], str]:
    try:
        from editor.exporters.sanitize import sanitize
    except ImportError:
        log.warning("editor.exporters.sanitize is missing; the preview uses its own sanitizer")
        return safe_fragment
    return lambda html: sanitize(html, embedded_images_only=True)


#: Elements that inherit the page's ``body`` rule in a browser; Qt applies ``body`` to the document
#: only on setHtml, and the preview inserts section fragments.
_BODY_TEXT_ELEMENTS = "p, li, dt, dd, td, th, blockquote, pre, caption"
_BODY_RULE = re.compile(r"(?<![\w.#-])body\s*\{([^}]*)\}")
_POINTS_IN_BOX = re.compile(r"((?:margin|padding)(?:-(?:top|bottom|left|right))?\s*:[^;}]*)")
_POINTS = re.compile(r"(-?\d+(?:\.\d+)?)pt\b")


def qt_stylesheet(css: str) -> str:
    """The page CSS adapted to Qt's rich text, so it looks as in a browser.

    The ``body`` declarations are repeated, first, for the text elements (later rules such as
    headings still win), and margins and paddings in points are given in pixels (Qt ignores
    points there).
    """
    body = _BODY_RULE.search(css)
    prefix = f"{_BODY_TEXT_ELEMENTS} {{{body.group(1)}}}\n" if body else ""
    adapted = _POINTS_IN_BOX.sub(lambda m: _POINTS.sub(_points_to_pixels, m.group(1)), css)
    return prefix + adapted


def _points_to_pixels(match: re.Match[str]) -> str:
    return f"{round(float(match.group(1)) * 96 / 72)}px"


def preview_stylesheet() -> str:
    """The CSS the preview's documents use: :func:`page_stylesheet` through :func:`qt_stylesheet`."""
    return qt_stylesheet(page_stylesheet())


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
