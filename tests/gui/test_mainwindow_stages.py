"""The main window in two stages: what the first paint shows, the rest built right after it.

The application builds its window with ``deferred=True`` (editor.gui.app): menus, toolbars, the
outline, the section editor and the status bar, with the policy in them, paint first; the
preview, the aids, the tools and the safety net are built on the next turn of the event loop.
Nothing may be lost or look different for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import make_policy, type_at_end
from PySide6.QtWidgets import QMessageBox

from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.settings import PREVIEW_VISIBLE, open_settings


@pytest.fixture
def staged(qtbot, app_home: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A window built as the application builds it, shown, its second stage not yet built."""
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda self: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(make_policy()), deferred=True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    return window


def test_the_first_stage_shows_the_policy_and_leaves_the_rest(staged: MainWindow) -> None:
    assert not staged.built
    assert not hasattr(staged, "preview") and not hasattr(staged, "safety") and not hasattr(staged, "writing")
    assert staged.outline.model().rowCount() == 3
    assert staged.section_editor.section_id() == "intro"
    assert "Bienvenue" in staged.section_editor.body.text()
    titles = [action.text().replace("&", "") for action in staged.menuBar().actions()]
    assert "Format" in titles and titles[-1] == "Help"  # the menu bar is complete: nothing moves later
    assert staged.format_menu.toolbar.actions(), "the formatting toolbar is there for the first paint"


def test_the_second_stage_is_built_right_after_the_first_paint(staged: MainWindow, qtbot) -> None:
    titles = [action.text() for action in staged.menuBar().actions()]
    staged.finish_building_after_first_paint()
    staged.show()
    qtbot.waitUntil(lambda: staged.built)
    assert [action.text() for action in staged.menuBar().actions()] == titles
    assert staged.splitter.widget(2) is staged.preview and staged.splitter.count() == 3
    qtbot.waitUntil(lambda: "Bienvenue" in staged.preview.toPlainText())  # the page is rendered
    staged.format_menu.actions["format_bold"].trigger()  # the formatting commands are connected
    assert "**" in staged.section_editor.body.text()
    assert staged.document.is_modified()


def test_the_preview_takes_the_place_and_size_it_had(staged: MainWindow, qtbot) -> None:
    staged.show()
    qtbot.waitExposed(staged)
    sizes = staged.splitter.sizes()
    staged.finish_building()
    assert staged.splitter.sizes() == sizes
    assert staged.preview.isVisible()


def test_a_hidden_preview_stays_hidden(app_home: Path, qtbot) -> None:
    open_settings().setValue(PREVIEW_VISIBLE, False)
    window = MainWindow(Document(make_policy()), deferred=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_building()
    assert window.preview.isHidden()
    window.actions["view_preview"].setChecked(True)
    assert window.preview.isVisible()
    assert window.isVisible() and window.splitter.widget(2) is window.preview


def test_text_typed_before_the_second_stage_is_journaled(staged: MainWindow, qtbot) -> None:
    staged.show()
    qtbot.waitExposed(staged)
    type_at_end(staged.section_editor.body, " Tapé tôt.")
    assert not staged.built and staged.document.is_modified()
    staged.finish_building()
    journal = staged.safety.controller.journal
    qtbot.waitUntil(journal.exists, timeout=3000)
    from editor import recovery

    assert "Tapé tôt." in recovery.read_journal(journal.file).text


def test_closing_before_the_second_stage_closes_cleanly(staged: MainWindow, qtbot) -> None:
    staged.show()
    qtbot.waitExposed(staged)
    type_at_end(staged.section_editor.body, " x")
    assert staged.close()
    assert staged.built, "the save prompt and the clean close need the safety net"


def test_preferences_applied_to_an_open_section_do_not_modify_the_document(staged: MainWindow) -> None:
    staged.finish_building()
    from editor.gui import preferences

    preferences.apply_to_window(staged, preferences.load())
    assert not staged.document.is_modified()
    assert staged.document.undo_stack.count() == 0


def test_a_file_opened_before_the_window_is_shown_is_read_at_once(staged: MainWindow, tmp_path: Path) -> None:
    from editor import native

    path = tmp_path / "ouverte.policy.md"
    native.save(make_policy(), path)
    assert not staged.isVisible()
    assert staged.open_path(str(path), ask=False)
    assert staged.document.path == str(path.resolve())
    assert staged.section_editor.section_id() == "intro"
    errors: list[str] = []
    staged.show_error = lambda title, text: errors.append(text)  # type: ignore[method-assign]
    assert not staged.open_path(str(tmp_path / "absente.policy.md"), ask=False)
    assert errors and "absente.policy.md" in errors[0]
