"""The user's preferences: read from and written to the settings file, applied to the app and windows.

Language (system, English, French) and theme (system, light, dark) apply to the application at
once: the translators are swapped, so every window gets a LanguageChange and retranslates, and
the palette changes. Editor font and size, invisible spaces and the preview's colours apply to
each main window (:func:`apply_to_window`). The default typography profile is used by File ▸
New; the recovery interval by each document's recovery journal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from editor.gui import i18n
from editor.gui.i18n import switch_language
from editor.gui.settings import (
    DEFAULT_PROFILE,
    EDITOR_FONT,
    EDITOR_FONT_SIZE,
    RECOVERY_INTERVAL,
    SHOW_SPACES,
    THEME,
    UI_LANGUAGE,
    open_settings,
)
from editor.gui.theme import THEMES, apply_theme
from editor.model.policy import PROFILES

#: "system", then every language the interface is translated into (translations/*.ts: a language
#: added with ``python -m editor.gui.i18n add LANG`` is offered once its file exists).
LANGUAGES = ("system", *i18n.languages())
#: Recovery journal delay after the last keystroke, in milliseconds (bounds of the preference).
RECOVERY_RANGE = (250, 60000)


@dataclass(frozen=True)
class Preferences:
    language: str = "system"
    theme: str = "system"
    editor_font: str = ""
    editor_font_size: int = 0  # 0: the system's size
    default_profile: str = "fine"
    show_spaces: bool = True
    recovery_interval_ms: int = 250


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(str(value)), low), high)
    except (TypeError, ValueError):
        return default


def load() -> Preferences:
    """The stored preferences; a missing or wrong value is the default."""
    s = open_settings()
    d = Preferences()
    language = str(s.value(UI_LANGUAGE, d.language))
    theme = str(s.value(THEME, d.theme))
    profile = str(s.value(DEFAULT_PROFILE, d.default_profile))
    return Preferences(
        language=language if language in LANGUAGES else d.language,
        theme=theme if theme in THEMES else d.theme,
        editor_font=str(s.value(EDITOR_FONT, d.editor_font) or ""),
        editor_font_size=_int(s.value(EDITOR_FONT_SIZE), d.editor_font_size, 0, 48),
        default_profile=profile if profile in PROFILES else d.default_profile,
        show_spaces=str(s.value(SHOW_SPACES, "true")).lower() != "false",
        recovery_interval_ms=_int(s.value(RECOVERY_INTERVAL), d.recovery_interval_ms, *RECOVERY_RANGE),
    )


def save(preferences: Preferences) -> None:
    s = open_settings()
    s.setValue(UI_LANGUAGE, preferences.language)
    s.setValue(THEME, preferences.theme)
    s.setValue(EDITOR_FONT, preferences.editor_font)
    s.setValue(EDITOR_FONT_SIZE, preferences.editor_font_size)
    s.setValue(DEFAULT_PROFILE, preferences.default_profile)
    s.setValue(SHOW_SPACES, preferences.show_spaces)
    s.setValue(RECOVERY_INTERVAL, preferences.recovery_interval_ms)
    s.sync()


def ui_locale(language: str) -> QLocale:
    """The locale whose translation the interface uses for the ``language`` preference."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language != "system":
        return QLocale(language)
    return QLocale.system()


def set_language(app: QApplication, language: str) -> None:
    """Swap the interface translation now: Qt sends every widget a LanguageChange."""
    QLocale.setDefault(ui_locale(language))
    switch_language(app, ui_locale(language))  # it keeps and replaces the installed translators


def apply_to_app(app: QApplication, preferences: Preferences, language_changed: bool = True) -> None:
    if language_changed:
        set_language(app, preferences.language)
    apply_theme(app, preferences.theme)


def editor_font(preferences: Preferences) -> QFont:
    """The editors' font: the chosen family and size, each the system's when not chosen."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if preferences.editor_font:
        font.setFamily(preferences.editor_font)
    if preferences.editor_font_size > 0:
        font.setPointSize(preferences.editor_font_size)
    return font


def apply_to_window(window: QWidget, preferences: Preferences) -> None:
    """Fonts, highlighter colours and invisible spaces, and the preview's page colours, in ``window``."""
    if preferences.editor_font or preferences.editor_font_size:
        font = editor_font(preferences)
        for edit in (window.section_editor.body, window.whole_editor.text):  # type: ignore[attr-defined]
            edit.setFont(font)
    for part in (window.section_editor, window.whole_editor):  # type: ignore[attr-defined]
        part.highlighter.refresh(preferences.show_spaces)
    window.outline.viewport().update()  # type: ignore[attr-defined]
    window.preview.restyle()  # type: ignore[attr-defined]


def recovery_interval_ms() -> int:
    """How long the recovery journal waits after the last keystroke (the preference)."""
    return load().recovery_interval_ms


def refresh_windows(app: QApplication, preferences: Preferences) -> None:
    """Apply ``preferences`` to every main window of the application."""
    for widget in app.topLevelWidgets():
        if hasattr(widget, "controller") and hasattr(widget, "preview"):
            apply_to_window(widget, preferences)


def follow_system_scheme(app: QApplication) -> None:
    """The desktop switched between light and dark: follow it when the theme is "system"."""
    chosen = load()
    if chosen.theme == "system":
        apply_theme(app, "system")
        refresh_windows(app, chosen)
