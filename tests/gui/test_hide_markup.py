"""View ▸ Hide Markup: the Markdown markers drawn faded and small by the highlighter, the text
still the Markdown source, the writing aids' underlines kept, one preference shared by the View
menu, the Preferences dialog and every window."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtGui import QTextCursor

from editor.gui import preferences
from editor.gui.dialogs.preferences_dialog import PreferencesDialog
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.text.markup_view import SCALE

TEXT = "Un **mot** et [lien](https://x.fr)."


def open_body(window: MainWindow, text: str = TEXT):
    window.outline.select_section("contact")
    body = window.section_editor.body
    body.selectAll()
    type_text(body, text)
    return body


def runs(body) -> dict[str, tuple[float, int]]:
    """Each highlighted run of the first line: its point size (0: the editor's) and its colour's alpha."""
    block = body.document().firstBlock()
    found = {}
    for run in block.layout().formats():
        piece = block.text()[run.start : run.start + run.length]
        found[piece] = (run.format.fontPointSize(), run.format.foreground().color().alpha())
    return found


def width(body, start: int, end: int) -> int:
    """Horizontal distance on screen between two cursor positions of the first line."""
    cursor = QTextCursor(body.document())
    cursor.setPosition(start)
    left = body.cursorRect(cursor).left()
    cursor.setPosition(end)
    return body.cursorRect(cursor).left() - left


@pytest.mark.parametrize("hide", [True, False])
def test_markers_are_faded_and_small_only_when_hidden(window: MainWindow, hide: bool) -> None:
    body = open_body(window)
    normal = width(body, 3, 5)  # "**"
    window.formatting.actions["view_hide_markup"].setChecked(hide)
    found = runs(body)
    size = body.document().defaultFont().pointSizeF()
    markers = ["**", "[", "](https://x.fr)"]
    if hide:
        for marker in markers:
            assert found[marker][0] == pytest.approx(size * SCALE)
            assert found[marker][1] < 128
        assert width(body, 3, 5) < normal  # drawn smaller, not only paler
        assert found["mot"][0] in (0, size)  # the words keep the editor's size
    else:
        assert all(found.get(marker, (0, 255))[0] in (0, size) for marker in markers)
        assert width(body, 3, 5) == normal
    assert body.text() == TEXT  # the source is unchanged


def test_hidden_markers_are_edited_as_source(window: MainWindow) -> None:
    body = open_body(window)
    window.formatting.actions["view_hide_markup"].setChecked(True)
    cursor = body.textCursor()
    cursor.setPosition(3)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 2)
    body.setTextCursor(cursor)
    assert cursor.selectedText() == "**"
    type_text(body, "_")  # typing over a selected marker replaces it, as in the source
    assert window.document.policy.find("contact").body == "Un _mot** et [lien](https://x.fr)."
    # Positions on screen still follow the characters one by one.
    lefts = [width(body, 0, position) for position in range(len(body.text()) + 1)]
    assert lefts == sorted(lefts) and len(set(lefts)) == len(lefts)


def test_writing_aid_underlines_stay_with_hidden_markup(window: MainWindow, qtbot) -> None:
    body = open_body(window, "Un **mott** mal écrit , ici.")
    window.formatting.actions["view_hide_markup"].setChecked(True)
    qtbot.waitUntil(lambda: bool(body.extraSelections()))
    underlined = {s.cursor.selectedText() for s in body.extraSelections()}
    assert underlined and all("*" not in text for text in underlined)
    assert runs(body)["**"][0] == pytest.approx(body.document().defaultFont().pointSizeF() * SCALE)


def test_view_menu_preferences_and_windows_agree(window: MainWindow, qtbot) -> None:
    other = MainWindow(Document(window.document.policy))
    qtbot.addWidget(other)
    action = window.formatting.actions["view_hide_markup"]
    action.setChecked(True)
    assert preferences.load().hide_markup  # kept
    assert other.formatting.actions["view_hide_markup"].isChecked()
    assert other.section_editor.highlighter.hide_markup and window.whole_editor.highlighter.hide_markup
    dialog = PreferencesDialog(preferences.load(), window)
    assert dialog.hide_markup.isChecked()
    dialog.hide_markup.setChecked(False)
    dialog.applied.connect(window.controller.apply_preferences)
    dialog.apply()
    assert not action.isChecked() and not other.formatting.actions["view_hide_markup"].isChecked()
    assert not window.section_editor.highlighter.hide_markup
    assert not preferences.load().hide_markup
    other.document.undo_stack.setClean()


def test_a_new_window_starts_with_the_stored_preference(window: MainWindow, qtbot) -> None:
    window.formatting.actions["view_hide_markup"].setChecked(True)
    other = MainWindow(Document(window.document.policy))
    qtbot.addWidget(other)
    assert other.formatting.actions["view_hide_markup"].isChecked()
    assert other.section_editor.highlighter.hide_markup
