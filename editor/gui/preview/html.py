"""The HTML the preview shows: the shared renderer's section fragments, made safe and Qt-proof.

- :func:`preview_fragment` sanitizes a section fragment with the HTML page exporter's sanitizer
  (no script, handler or style element, no ``javascript:`` URL; external images become their
  alternative text, as on the exported page), then :func:`keep_spaces` protects the spaces Qt's
  HTML parser would collapse into a breakable space (U+202F narrow no-break space and the other
  Unicode space separators) by wrapping each run in a ``white-space: pre-wrap`` span, the only
  markup under which Qt keeps them; and a table cell's alignment, written as a ``style`` (as
  the Markdown renderer does for ``:---:`` columns), is given as an ``align`` attribute: any
  ``style`` on a cell makes Qt drop the borders the stylesheet gives it.
- :func:`preview_stylesheet` is the HTML exporter's page CSS (:func:`page_stylesheet`) adapted to
  Qt's rich text, so the preview and the exported page never disagree.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from editor.export_service import preview_safe

log = logging.getLogger(__name__)

#: Space separators Qt's HTML parser turns into a breakable space (U+0020 and U+00A0 excepted).
_COLLAPSIBLE_SPACES = re.compile("[\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: A tag, with quoted attribute values that may contain ">".
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_PROTECT = '<span style="white-space:pre-wrap">{}</span>'
#: A table cell whose only style is its alignment.
_ALIGNED_CELL = re.compile(r"""<(t[dh]) style="text-align: ?(left|right|center);?">""")


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
    """A rendered section fragment as the preview inserts it: sanitized as on the exported page
    (nothing that runs or loads; external images become their alternative text), spaces protected."""
    return keep_spaces(cells_aligned_by_attribute(preview_safe(html)))


def cells_aligned_by_attribute(html: str) -> str:
    """``<td style="text-align: right;">`` as ``<td align="right">``: the same alignment, and the
    cell keeps its borders in Qt."""
    if "text-align" not in html:
        return html
    return _ALIGNED_CELL.sub(r'<\1 align="\2">', html)


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
    from editor.gui.theme import preview_css

    css, extra = qt_stylesheet(page_stylesheet()), preview_css()
    # Qt's CSS parser drops every rule after an @media block: the theme's rules go before the first.
    media = css.find("@media")
    return css[:media] + extra + css[media:] if media >= 0 else css + extra


@lru_cache(maxsize=1)
def page_stylesheet() -> str:
    """The HTML exporter's page CSS (``editor.export_service.page_stylesheet()``).

    Until that exporter is installed, the bundled ``resources/css/policy.css`` it reads, and if
    that is missing too, no CSS (Qt's defaults). A broken exporter is logged, never fatal.
    """
    try:
        from editor.export_service import page_stylesheet as exported_stylesheet
    except ImportError:
        return _bundled_css()
    try:
        return exported_stylesheet()
    except Exception:  # the preview must open even if the exporter is broken
        log.exception("the HTML export's stylesheet failed; the preview uses the bundled CSS")
        return _bundled_css()


def _bundled_css() -> str:
    from editor.assets import resource

    path = resource("css", "policy.css")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
