"""Edit ▸ Preferences: stored in the settings file (config folder), applied at once: language,
theme (palette, highlighter, preview CSS), invisible spaces, fonts, default profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from editor.gui import i18n, preferences, theme
from editor.gui.dialogs.preferences_dialog import PreferencesDialog
from editor.gui.document.templates import empty_policy
from editor.gui.preferences import Preferences
from editor.gui.preview.html import preview_stylesheet


@pytest.fixture
def restore(qapp):
    yield
    preferences.apply_to_app(qapp, Preferences(theme="light"), language_changed=True)
    theme._state.update(dark=False, choice="system")  # the next tests see the light default
    for translator in i18n._installed:  # the next tests run untranslated, as they start
        qapp.removeTranslator(translator)
    i18n._installed.clear()


def test_preferences_are_stored_in_the_config_folder(window, app_home: Path, restore) -> None:
    chosen = Preferences(theme="dark", editor_font_size=15, default_profile="nbsp", recovery_interval_ms=2000)
    window.controller.apply_preferences(chosen)
    assert preferences.load() == chosen
    assert "editor_font_size=15" in (app_home / "config" / "settings.ini").read_text(encoding="utf-8")
    assert empty_policy().meta.profile == "nbsp"
    assert window.section_editor.body.font().pointSize() == 15


def test_the_language_changes_at_once(window, qtbot, restore) -> None:
    window.controller.apply_preferences(Preferences(language="fr"))
    qtbot.waitUntil(lambda: window.menus.menus["menu_file"].title() == "&Fichier")  # LanguageChange is posted
    assert window.actions["file_export"].text() == "E&xporter…"
    dialog = PreferencesDialog(preferences.load(), window)
    assert dialog.windowTitle() == "Préférences"
    window.controller.apply_preferences(Preferences(language="en"))
    qtbot.waitUntil(lambda: window.menus.menus["menu_file"].title() == "&File")


def test_dark_theme_reaches_palette_highlighter_and_preview(window, qapp, restore) -> None:
    window.controller.apply_preferences(Preferences(theme="dark"))
    assert theme.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 60
    heading = window.section_editor.highlighter.formats["heading"].foreground().color()
    assert heading.name() == theme.DARK["heading"]
    assert "#e4e6eb" in preview_stylesheet()
    assert "#e4e6eb" in window.preview.document().defaultStyleSheet()
    window.controller.apply_preferences(Preferences(theme="light"))
    assert not theme.is_dark() and "#e4e6eb" not in window.preview.document().defaultStyleSheet()
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_invisible_spaces_can_be_hidden(window, restore) -> None:
    window.outline.select_section("intro")
    highlighter = window.section_editor.highlighter
    block = window.section_editor.body.document().firstBlock()

    def marked() -> bool:
        return any(r.format.background().style() != 0 for r in block.layout().formats())

    assert marked()
    window.controller.apply_preferences(Preferences(show_spaces=False))
    assert not highlighter.show_spaces and not marked()


def test_dialog_round_trips_its_values(window) -> None:
    chosen = Preferences(language="fr", theme="dark", editor_font_size=13, default_profile="nbsp", show_spaces=False)
    dialog = PreferencesDialog(chosen, window)
    assert dialog.preferences() == chosen
    seen = []
    dialog.applied.connect(seen.append)
    dialog.apply()
    assert seen == [chosen]


def test_system_theme_follows_the_desktop(window, qapp, monkeypatch, restore) -> None:
    window.controller.apply_preferences(Preferences(theme="system"))
    with monkeypatch.context() as patch:
        patch.setattr(theme, "system_is_dark", lambda: True)
        preferences.follow_system_scheme(qapp)
        assert theme.is_dark() and "#e4e6eb" in window.preview.document().defaultStyleSheet()
    window.controller.apply_preferences(Preferences(theme="light"))
    preferences.follow_system_scheme(qapp)  # a forced theme ignores the desktop
    assert not theme.is_dark()
