"""Light and dark: the application palette, the highlighter's colours and the preview's CSS.

``system`` follows the desktop's colour scheme (Qt's style hints); ``light`` and ``dark`` force
one, with the Fusion style so the palette is honoured on every platform. Views ask
:func:`colors` for their colours and :func:`preview_css` for the extra CSS of the preview and
print, then refresh when :func:`apply_theme` changes the theme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

LIGHT = {
    "heading": "#1f4e8c",
    "marker": "#b0508a",
    "quote": "#5b6b5b",
    "code": "#7a3e00",
    "link": "#1a6fb5",
    "html": "#888888",
    "section": "#ffffff",
    "section_back": "#2f5d8f",
    "section_id": "#c8d6ea",
}
DARK = {
    "heading": "#8fb8ff",
    "marker": "#f08fc8",
    "quote": "#a9c2a9",
    "code": "#f0b070",
    "link": "#7cc0ff",
    "html": "#9a9a9a",
    "section": "#ffffff",
    "section_back": "#35557a",
    "section_id": "#c8d6ea",
}

#: The preview's page in the dark: light text on a dark page, links and rules readable.
_DARK_CSS = """
body, p, li, dt, dd, td, th, blockquote, pre, caption { color: #e4e6eb; background-color: #1c1e22; }
h1, h2, h3, h4, h5, h6 { color: #f2f4f8; background-color: #1c1e22; }
a { color: #7cc0ff; }
table { border-color: #5a6170; }
th { background-color: #2a2d33; }
code, pre { background-color: #2b2f36; color: #f0d0a0; }
blockquote { color: #c9ccd3; }
p.policy-updated, p.policy-version { color: #b0b4bc; }
nav.toc { background-color: #24272d; }
"""

_state = {"dark": False, "choice": "system"}


def is_dark() -> bool:
    return _state["dark"]


def colors() -> dict[str, str]:
    """The highlighter's colours for the current theme."""
    return DARK if is_dark() else LIGHT


def preview_css() -> str:
    """CSS added after the page CSS in the preview and print (empty in the light theme)."""
    return _DARK_CSS if is_dark() else ""


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, color in (
        (role.Window, "#24272d"),
        (role.WindowText, "#e4e6eb"),
        (role.Base, "#1c1e22"),
        (role.AlternateBase, "#2a2d33"),
        (role.ToolTipBase, "#2a2d33"),
        (role.ToolTipText, "#e4e6eb"),
        (role.PlaceholderText, "#8a8f99"),
        (role.Text, "#e4e6eb"),
        (role.Button, "#2e3238"),
        (role.ButtonText, "#e4e6eb"),
        (role.BrightText, "#ff6b6b"),
        (role.Link, "#7cc0ff"),
        (role.Highlight, "#3d6fb0"),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(name, QColor(color))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7a7f88"))
    return palette


def apply_theme(app: QApplication, choice: str) -> bool:
    """Use theme ``choice`` (system, light, dark); True when the result is dark."""
    choice = choice if choice in THEMES else "system"
    forced_before = _state["choice"] != "system"
    _state["choice"] = choice
    dark = system_is_dark() if choice == "system" else choice == "dark"
    _state["dark"] = dark
    if choice != "system":
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    elif forced_before:  # back to the desktop's own colours
        app.setPalette(app.style().standardPalette())
    return dark
