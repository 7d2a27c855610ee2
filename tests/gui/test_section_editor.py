"""Section editor: typing (ASCII and not), no-break spaces kept and shown, undo, external changes."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import type_text
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor import native
from editor.gui.mainwindow import MainWindow
from editor.gui.text.highlighter import NBSP_COLOR, NNBSP_COLOR
from editor.gui.text.text_edit import raw_text

NBSP, NNBSP = "\u00a0", "\u202f"


def put_cursor_at_end(edit: QPlainTextEdit) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)


def test_to_plain_text_loses_nbsp_but_raw_text_keeps_it(qapp) -> None:
    """The Qt trap this editor works around: toPlainText() turns U+00A0 into a space."""
    edit = QPlainTextEdit()
    edit.setPlainText(f"a{NBSP}:\nb{NNBSP}»")
    assert NBSP not in edit.toPlainText()
    assert raw_text(edit.document()) == f"a{NBSP}:\nb{NNBSP}»"


def test_typing_ascii_and_french_text(window: MainWindow, qtbot) -> None:
    window.outline.select_section("contact")
    body = window.section_editor.body
    body.setFocus()
    put_cursor_at_end(body)
    qtbot.keyClicks(body, " Merci")
    type_text(body, f" {NBSP}« déjà{NNBSP}» ’")
    assert window.document.policy.find("contact").body == f"Écrivez-nous. Merci {NBSP}« déjà{NNBSP}» ’"
    assert window.isWindowModified()


def test_enter_makes_a_new_line(window: MainWindow, qtbot) -> None:
    window.outline.select_section("contact")
    body = window.section_editor.body
    put_cursor_at_end(body)
    type_text(body, "\n- point")
    assert window.document.policy.find("contact").body == "Écrivez-nous.\n- point"


def test_undo_of_typing_goes_word_by_word(window: MainWindow, qtbot) -> None:
    window.outline.select_section("contact")
    body = window.section_editor.body
    put_cursor_at_end(body)
    type_text(body, " Un deux")
    window.actions["edit_undo"].trigger()
    assert body.text() == "Écrivez-nous. Un"
    assert window.document.policy.find("contact").body == "Écrivez-nous. Un"
    window.actions["edit_undo"].trigger()
    window.actions["edit_undo"].trigger()
    assert body.text() == "Écrivez-nous."
    assert not window.isWindowModified(), "undo back to the opened state clears the modified marker"
    window.actions["edit_redo"].trigger()
    window.actions["edit_redo"].trigger()
    assert body.text() == "Écrivez-nous. Un"  # bodies are stored without trailing spaces


def test_ctrl_z_in_the_body_uses_the_document_history(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt

    window.outline.select_section("contact")
    body = window.section_editor.body
    body.setFocus()
    put_cursor_at_end(body)
    type_text(body, "!")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.policy.find("contact").body == "Écrivez-nous."


def test_title_typing_renames_the_section(window: MainWindow) -> None:
    window.outline.select_section("contact")
    title = window.section_editor.title
    title.setFocus()
    title.end(False)
    type_text(title, " général")
    assert window.document.policy.find("contact").title == "Contact général"
    model = window.outline.outline_model()
    assert model.index_of("contact").data() == "Contact général"
    window.actions["edit_undo"].trigger()
    assert title.text() == "Contact"


def test_external_change_patches_the_editor(window: MainWindow) -> None:
    from editor.model import EditBody

    window.outline.select_section("intro")
    body = window.section_editor.body
    cursor = body.textCursor()
    cursor.setPosition(3)
    body.setTextCursor(cursor)
    window.document.apply(EditBody("intro", f"Bienvenue{NBSP}: lisez-moi. Ajout."))
    assert body.text() == f"Bienvenue{NBSP}: lisez-moi. Ajout."
    assert body.textCursor().position() == 3


def background_at(window: MainWindow, char: str) -> tuple[object, object]:
    """The background colour on ``char`` and on the character before it, in the first body line."""
    block = window.section_editor.body.document().firstBlock()
    position = block.text().index(char)
    found = {}
    for item in block.layout().formats():
        for at in (position, position - 1):
            if item.start <= at < item.start + item.length:
                found[at] = QColor(item.format.background().color())
    return found.get(position), found.get(position - 1)


def test_no_break_spaces_are_marked(window: MainWindow) -> None:
    window.outline.select_section("intro")
    assert background_at(window, NBSP) == (NBSP_COLOR, None)
    window.outline.select_section("donnees")
    assert background_at(window, NNBSP) == (NNBSP_COLOR, None)


def test_nbsp_survive_edit_save_reload(window: MainWindow, prompts, tmp_path: Path) -> None:
    window.outline.select_section("contact")
    body = window.section_editor.body
    put_cursor_at_end(body)
    type_text(body, f" Tél{NBSP}: 01{NNBSP}23")
    prompts.save_path = str(tmp_path / "out.policy.md")
    assert window.save()
    reloaded = native.load(prompts.save_path)
    assert reloaded.find("contact").body == f"Écrivez-nous. Tél{NBSP}: 01{NNBSP}23"
    assert reloaded.find("intro").body == f"Bienvenue{NBSP}: lisez-moi."
    assert reloaded.find("donnees").body == f"Nous collectons{NNBSP}:"
    assert window.open_path(prompts.save_path)
    window.outline.select_section("contact")
    assert window.section_editor.body.text() == f"Écrivez-nous. Tél{NBSP}: 01{NNBSP}23"


def test_markdown_is_highlighted(window: MainWindow) -> None:
    from PySide6.QtGui import QFont

    window.outline.select_section("contact")
    body = window.section_editor.body
    body.setPlainText("### Titre\n**gras** et [lien](https://example.org)")
    first = body.document().firstBlock()
    assert first.layout().formats()[0].format.fontWeight() == QFont.Weight.Bold
    second = first.next()
    colours = {r.start: QColor(r.format.foreground().color()).name() for r in second.layout().formats()}
    assert colours[second.text().index("[lien]")] == "#1a6fb5"
