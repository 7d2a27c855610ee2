"""Main window: files (new, open, import, save, save as, recent, drop, close prompt), title, status, splitters."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from gui_helpers import make_policy, type_at_end, type_text
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from editor import importers, native
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def fake_format(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A registered test importer for ``.fake`` files, and one such file."""
    spec = importers.ImporterSpec("fake", "fake_importer", (".fake",))
    monkeypatch.setattr(importers, "IMPORTERS", (*importers.IMPORTERS, spec))
    path = tmp_path / "ancienne.fake"
    path.write_text("Préambule\nCookies\n", encoding="utf-8")
    return path


def test_title_shows_name_and_modified_marker(window: MainWindow, saved_policy: Path) -> None:
    assert window.open_path(str(saved_policy))
    assert window.windowTitle().startswith("politique.policy.md[*]")
    assert not window.isWindowModified()
    window.outline.select_section("intro")
    type_text(window.section_editor.body, "x")
    assert window.isWindowModified()
    window.actions["edit_undo"].trigger()
    assert not window.isWindowModified()


def test_open_native_save_and_recent(window: MainWindow, saved_policy: Path, prompts) -> None:
    assert window.open_path(str(saved_policy))
    assert window.document.path == str(saved_policy.resolve())
    assert window.recent.paths()[0] == str(saved_policy.resolve())
    assert not window.banner.isVisible()
    window.outline.select_section("contact")
    type_at_end(window.section_editor.body, " Merci.")
    window.actions["file_save"].trigger()
    assert "save_path" not in prompts.asked, "a file with a path saves in place"
    assert native.load(saved_policy).find("contact").body == "Écrivez-nous. Merci."
    assert not window.isWindowModified()
    assert saved_policy.with_name(saved_policy.name + ".bak").exists(), "the previous version is kept"


def test_save_as_adds_the_native_suffix(window: MainWindow, prompts, tmp_path: Path) -> None:
    prompts.save_path = str(tmp_path / "nouvelle")
    window.actions["file_save_as"].trigger()
    target = tmp_path / "nouvelle.policy.md"
    assert native.load(target) == make_policy()
    assert window.document.path == str(target)
    assert window.windowTitle().startswith("nouvelle.policy.md")
    assert window.recent.paths()[0] == str(target)


def test_save_as_cancelled_writes_nothing(window: MainWindow, prompts, tmp_path: Path) -> None:
    prompts.save_path = ""
    assert not window.save_as()
    assert list(tmp_path.iterdir()) == []


def test_recent_menu_opens_the_file(window: MainWindow, saved_policy: Path, tmp_path: Path, qtbot) -> None:
    other = tmp_path / "autre.policy.md"
    native.save(make_policy(), other)
    window.open_path(str(saved_policy))
    qtbot.wait(20)  # as between two user actions: the lock of each opened file is taken
    window.open_path(str(other))
    qtbot.wait(20)
    assert window.recent.paths()[:2] == [str(other.resolve()), str(saved_policy.resolve())]
    entries = [a for a in window.menus.recent_menu.actions() if a.text().endswith("politique.policy.md")]
    entries[0].trigger()
    qtbot.waitUntil(lambda: window.document.path == str(saved_policy.resolve()), timeout=3000)
    window.actions["file_clear_recent"].trigger()
    assert window.recent.paths() == []


def test_recent_files_survive_a_new_window(window: MainWindow, saved_policy: Path, qtbot) -> None:
    window.open_path(str(saved_policy))
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.recent.paths()[0] == str(saved_policy.resolve())


def test_import_opens_a_new_unsaved_document_with_notes(window: MainWindow, fake_format: Path, prompts) -> None:
    assert window.open_path(str(fake_format))
    assert window.document.path is None
    assert [s.title for s in window.document.policy.sections] == ["Préambule", "Cookies"]
    assert window.isWindowModified(), "an import is not saved anywhere yet"
    assert window.banner.isVisible()
    assert "ancienne.fake" in window.banner.heading.text()
    assert "Near “Préambule”: fake.guessed" in window.banner.details.text()
    assert fake_format.read_text(encoding="utf-8") == "Préambule\nCookies\n", "the source is never changed"
    prompts.save_path = str(fake_format.with_name("importee"))
    window.actions["file_save"].trigger()
    assert "save_path" in prompts.asked, "saving an import asks for a new native file"
    assert native.load(fake_format.with_name("importee.policy.md")).sections[0].title == "Préambule"


def test_real_markdown_import(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("## Données\n\nNous collectons\u202f:\n\n## Droits\n\nVous avez des droits.\n", encoding="utf-8")
    assert window.open_path(str(path))
    assert window.document.path is None
    assert [s.title for s in window.document.policy.walk()][-2:] == ["Données", "Droits"]


def test_open_errors_name_the_file(window: MainWindow, tmp_path: Path, prompts, fake_format: Path) -> None:
    before = window.document
    assert not window.open_path(str(tmp_path / "absent.policy.md"))
    assert not window.open_path(str(tmp_path / "image.png"))
    empty = tmp_path / "vide.fake"
    empty.write_text("", encoding="utf-8")
    assert not window.open_path(str(empty))
    assert window.document is before
    texts = [text for _title, text in prompts.errors]
    assert "absent.policy.md" in texts[0] and "does not exist" in texts[0]
    assert "image.png" in texts[1]
    assert "vide.fake" in texts[2] and "empty fake file" in texts[2]


def test_close_prompt(window: MainWindow, prompts, tmp_path: Path) -> None:
    type_text(window.section_editor.body, "x")
    prompts.save_answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    prompts.save_answer = QMessageBox.StandardButton.Save
    prompts.save_path = str(tmp_path / "fermeture.policy.md")
    assert window.close()
    assert native.load(prompts.save_path).find("intro").body.startswith("x")
    assert prompts.asked == ["save_changes", "save_changes", "save_path"]


def test_close_without_changes_does_not_ask(window: MainWindow, prompts) -> None:
    assert window.close()
    assert prompts.asked == []


def test_discard_on_open(window: MainWindow, prompts, saved_policy: Path) -> None:
    type_text(window.section_editor.body, "x")
    prompts.save_answer = QMessageBox.StandardButton.Discard
    assert window.open_path(str(saved_policy))
    assert window.document.policy == make_policy()


def test_new_documents(window: MainWindow) -> None:
    window.actions["file_new"].trigger()
    assert window.document.path is None
    assert len(window.document.policy.sections) == 1
    assert window.section_editor.title.isVisible()
    assert not window.isWindowModified()
    window.actions["file_close"].trigger()
    assert window.document.path is None


def test_new_from_sample_when_bundled(window: MainWindow) -> None:
    from editor.assets import sample_policy

    if not sample_policy().exists():
        assert not window.actions["file_new_from_sample"].isEnabled()
        return
    window.actions["file_new_from_sample"].trigger()
    assert window.document.path is None
    assert len(list(window.document.policy.walk())) > 3


def test_dropping_a_file_opens_it(window: MainWindow, saved_policy: Path, qtbot) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(saved_policy))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructor deprecated but offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, buttons, modifiers)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, buttons, modifiers))
    qtbot.waitUntil(lambda: window.document.path == str(saved_policy.resolve()), timeout=3000)


def test_body_editor_does_not_swallow_file_drops(window: MainWindow, saved_policy: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(saved_policy))])
    assert not window.section_editor.body.canInsertFromMimeData(data)


def test_splitter_sizes_are_remembered(window: MainWindow, qtbot) -> None:
    window.splitter.setSizes([200, 500, 400])
    wanted = window.splitter.sizes()
    assert window.close()
    again = MainWindow(Document(make_policy()))
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    assert again.splitter.sizes() == wanted


def test_preview_toggle_is_remembered(window: MainWindow, qtbot) -> None:
    window.actions["view_preview"].setChecked(False)
    assert window.preview.isHidden()
    assert window.close()
    again = MainWindow(Document(make_policy()))
    qtbot.addWidget(again)
    assert not again.actions["view_preview"].isChecked()


def test_status_bar_counts_words(window: MainWindow) -> None:
    window.outline.select_section("contact")
    assert "Contact" in window.status.section_label.text()
    assert "2 word" in window.status.words_label.text()
    assert "14 word" in window.status.words_label.text()
    type_text(window.section_editor.body, "Bonjour ")
    assert "3 word" in window.status.words_label.text()
    assert "15 word" in window.status.words_label.text()
    assert "narrow no-break" in window.status.profile_label.text()


def test_ctrl_f_opens_the_find_panel_and_f3_goes_through_titles_and_bodies(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.actions["edit_find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.actions["edit_find_next"].shortcut() == QKeySequence(QKeySequence.StandardKey.FindNext)
    window.actions["edit_find"].trigger()
    panel = window.writing.find_replace
    assert panel.isVisible() and panel.windowTitle() == "Find"
    assert panel.match_case.isVisible() and panel.results.isVisible() and not panel.replace_field.isVisible()
    panel.find_field.setText("journaux")
    window.actions["edit_find_next"].trigger()  # F3: the title comes before the body
    assert window.outline.current_section_id() == "journaux"
    assert window.section_editor.title.selectedText() == "Journaux"
    window.actions["edit_find_next"].trigger()
    assert window.section_editor.body.textCursor().selectedText() == "journaux"
    assert panel.status.text() == "Match 2 of 2"
    window.actions["edit_find_next"].trigger()  # wraps round the document
    assert window.section_editor.title.selectedText() == "Journaux"
    window.actions["edit_find_previous"].trigger()  # Shift+F3 wraps backwards
    assert window.section_editor.body.textCursor().selectedText() == "journaux"
    panel.find_field.setText("ÉCRIVEZ")
    window.actions["edit_find_next"].trigger()
    assert window.outline.current_section_id() == "contact"
    assert window.section_editor.body.textCursor().selectedText() == "Écrivez"
    panel.find_field.setText("introuvable")
    window.actions["edit_find_next"].trigger()
    assert panel.status.text() == "Not found"
    panel.hide()  # F3 with the panel closed still searches, and says when nothing is found
    window.actions["edit_find_next"].trigger()
    assert window.statusBar().currentMessage() == "Not found: “introuvable”"
    panel.find_field.setText("cookies")
    window.actions["edit_find_next"].trigger()
    assert window.outline.current_section_id() == "cookies" and not panel.isVisible()
    assert not hasattr(window, "find_bar")


def test_standard_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.actions["file_open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.actions["edit_undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.actions["section_move_up"].shortcut() == QKeySequence("Alt+Up")
    titles = [menu.title() for menu in window.menus.menus.values()]
    assert titles == ["&File", "&Edit", "&Section", "&View", "&Help"]


def test_banner_shows_every_note_on_demand(window: MainWindow, fake_format: Path) -> None:
    fake_format.write_text("\n".join(f"Titre {n}" for n in range(1, 13)), encoding="utf-8")
    assert window.open_path(str(fake_format))
    banner = window.banner
    assert "7 more" in banner.details.text() and "Titre 12" not in banner.details.text()
    assert banner.more_button.isVisible()
    banner.more_button.click()
    assert "Near “Titre 12”: fake.guessed" in banner.details.text()
    assert "more" not in banner.details.text()
