"""Whole-document mode: all sections in one editor; edits map back to section operations."""

from __future__ import annotations

from gui_helpers import make_policy, type_text
from PySide6.QtGui import QTextCursor

from editor.gui.mainwindow import MainWindow
from editor.gui.text.whole_document import document_text


def whole(window: MainWindow) -> None:
    window.actions["view_whole_document"].setChecked(True)
    assert window.whole_editor.is_active()
    assert window.editor_stack.currentWidget() is window.whole_editor


def replace_in_text(window: MainWindow, old: str, new: str) -> None:
    edit = window.whole_editor.text
    text = edit.text()
    start = text.index(old)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    type_text(edit, new)


def test_shows_every_section_with_headings(window: MainWindow) -> None:
    whole(window)
    text = window.whole_editor.text.text()
    assert text == document_text(make_policy().sections)
    assert "## Données {#donnees}" in text and "### Cookies {#cookies}" in text
    assert "Bienvenue\u00a0: lisez-moi." in text


def test_body_and_title_edits_become_one_undo_step(window: MainWindow, qtbot) -> None:
    whole(window)
    replace_in_text(window, "Des journaux.", "Des journaux de connexion.")
    replace_in_text(window, "### Cookies {", "### Traceurs {")
    qtbot.waitUntil(lambda: window.document.policy.find("cookies").title == "Traceurs", timeout=3000)
    assert window.document.policy.find("journaux").body == "Des journaux de connexion."
    assert window.document.undo_stack.count() == 1
    window.actions["edit_undo"].trigger()
    assert window.document.policy == make_policy()
    assert window.whole_editor.text.text() == document_text(make_policy().sections)


def test_new_heading_with_empty_id_adds_a_section(window: MainWindow) -> None:
    whole(window)
    edit = window.whole_editor.text
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, "\n\n## Délégué à la protection {#}\n\nÉcrire au DPO.")
    assert window.whole_editor.commit()
    added = window.document.policy.sections[-1]
    assert (added.id, added.title, added.body) == (
        "delegue-a-la-protection",
        "Délégué à la protection",
        "Écrire au DPO.",
    )
    assert "{#delegue-a-la-protection}" in edit.text()
    assert window.outline.outline_model().index_of(added.id).isValid()


def test_unparsable_text_is_kept_and_explained(window: MainWindow, prompts) -> None:
    whole(window)
    replace_in_text(window, "## Contact {#contact}", "##### Contact {#contact}")
    assert not window.whole_editor.commit()
    assert window.whole_editor.problem.isVisible()
    assert "level" in window.whole_editor.problem.text()
    assert window.document.policy == make_policy()
    prompts.discard_whole = False
    window.actions["view_whole_document"].setChecked(False)
    assert window.whole_editor.is_active(), "cancel keeps the user in the mode with the text"
    assert "##### Contact" in window.whole_editor.text.text()
    replace_in_text(window, "##### Contact {#contact}", "## Contact {#contact}")
    window.actions["view_whole_document"].setChecked(False)
    assert not window.whole_editor.is_active()
    assert window.document.policy == make_policy()


def test_cursor_follows_sections_and_outline_scrolls(window: MainWindow) -> None:
    whole(window)
    edit = window.whole_editor.text
    cursor = edit.textCursor()
    cursor.setPosition(edit.text().index("Des cookies."))
    edit.setTextCursor(cursor)
    assert window.outline.current_section_id() == "cookies"
    window.outline.select_section("contact")
    assert edit.textCursor().block().text() == "## Contact {#contact}"


def test_leaving_the_mode_applies_and_opens_the_section(window: MainWindow) -> None:
    whole(window)
    replace_in_text(window, "Écrivez-nous.", "Écrivez-nous vite.")
    window.outline.select_section("contact")
    window.actions["view_whole_document"].setChecked(False)
    assert window.document.policy.find("contact").body == "Écrivez-nous vite."
    assert window.section_editor.body.text() == "Écrivez-nous vite."


def test_outline_operation_applies_pending_text_first(window: MainWindow) -> None:
    whole(window)
    replace_in_text(window, "Des cookies.", "Des cookies de mesure.")
    assert window.whole_editor.has_pending_edits()
    window.outline.select_section("contact")
    window.actions["section_move_up"].trigger()
    policy = window.document.policy
    assert policy.find("cookies").body == "Des cookies de mesure.", "the typed text was not lost"
    assert [s.id for s in policy.sections] == ["intro", "contact", "donnees"]
    assert "Des cookies de mesure." in window.whole_editor.text.text()


def test_no_break_spaces_survive_the_whole_document(window: MainWindow) -> None:
    whole(window)
    replace_in_text(window, "Écrivez-nous.", "Écrivez-nous\u202f!")
    assert window.whole_editor.commit()
    policy = window.document.policy
    assert policy.find("contact").body == "Écrivez-nous\u202f!"
    assert policy.find("intro").body == "Bienvenue\u00a0: lisez-moi.", "untouched sections keep their U+00A0"
    assert window.document.undo_stack.count() == 1
