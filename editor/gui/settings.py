"""The application's settings file: an INI file in the config folder (editor.paths.config_dir()).

QSettings appears only here; keys are declared once with their defaults.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from editor.paths import config_dir

SPLITTER_SIZES = "window/splitter_sizes"
WINDOW_GEOMETRY = "window/geometry"
PREVIEW_VISIBLE = "window/preview_visible"
RECENT_FILES = "files/recent"
FIRST_START_DONE = "general/first_start_done"


def settings_path() -> str:
    return str(config_dir() / "settings.ini")


def open_settings() -> QSettings:
    """The user's settings (created on first write)."""
    return QSettings(settings_path(), QSettings.Format.IniFormat)


def int_list(value: object) -> list[int]:
    """A list of ints read back from QSettings (which may give a str, a list of str, or None)."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else [value]
    try:
        return [int(item) for item in items]
    except (TypeError, ValueError):
        return []


# Writing aids (engineer writing-aids): "fix typography as I type" (off by default), spelling (on).
FIX_AS_YOU_TYPE = "writing/fix_as_you_type"
SPELLING_ENABLED = "writing/spelling"
# Preferences (Edit ▸ Preferences; editor.gui.preferences reads and applies them).
UI_LANGUAGE = "preferences/language"  # system, en, fr
THEME = "preferences/theme"  # system, light, dark
EDITOR_FONT = "preferences/editor_font"  # a font family; empty: the system's fixed font
EDITOR_FONT_SIZE = "preferences/editor_font_size"  # points
DEFAULT_PROFILE = "preferences/default_profile"  # typography profile of new policies
SHOW_SPACES = "preferences/show_invisible_spaces"
RECOVERY_INTERVAL = "preferences/recovery_interval_ms"
HIDE_MARKUP = "editor/hide_markup"  # Markdown markers faded and small (also View ▸ Hide Markup)
