"""The "hide markup" view: how a Markdown marker looks when the body should read like prose.

The Markdown highlighter (:mod:`editor.gui.text.highlighter`) gives the markers that
:func:`editor.editing.markup.marker_spans` finds this look while the preference is on: faded
(the theme's text colour, mostly transparent) and small (a smaller point size, tighter letter
spacing). The characters stay in the text, so the body is still edited as Markdown source, and
the cursor moves over them as over any character. Being highlighter formats (not extra
selections), they change the font size, and the writing aids' underlines (extra selections)
are drawn over them as over any text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

#: The markers' point size relative to the editor font, their letter spacing (percent) and opacity.
SCALE = 0.72
SPACING = 92.0
ALPHA = 90


def marker_color() -> QColor:
    """The text colour of the current palette, mostly transparent: faded on light and dark themes."""
    color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Text))
    color.setAlpha(ALPHA)
    return color


def base_size(font: QFont) -> float:
    """The point size the markers shrink from (the editor font's; a pixel-sized font counts as 10 pt)."""
    size = font.pointSizeF()
    return size if size > 0 else 10.0


def faded(fmt: QTextCharFormat, size: float, color: QColor) -> QTextCharFormat:
    """``fmt`` (what the highlighter chose for the marker) made faded and small."""
    result = QTextCharFormat(fmt)
    result.setForeground(color)
    result.setFontPointSize(size * SCALE)
    result.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    result.setFontLetterSpacing(SPACING)
    return result
