"""The status bar counts a large document's words after the window's first paint, not before."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.window.statusbar import COUNT_AFTER_PAINT_CHARS
from editor.model import Metadata, Policy, Section
from editor.model.word_count import WordCounter

SENTENCE = "Le responsable du traitement conserve les données d'identification pendant trois ans. "


def _large_policy() -> Policy:
    body = SENTENCE * 40
    count = COUNT_AFTER_PAINT_CHARS // len(body) + 2
    sections = tuple(Section(f"s{n}", f"Section {n}", 2, body) for n in range(count))
    return Policy(Metadata(title="Grande politique"), sections)


def test_a_large_document_is_counted_once_the_window_has_painted(qtbot) -> None:
    policy = _large_policy()
    window = MainWindow(Document(policy))
    qtbot.addWidget(window)
    assert window.status.counting
    assert window.status.words_label.text() == ""
    window.show()
    qtbot.waitUntil(lambda: not window.status.counting)
    expected = WordCounter()
    expected.update(policy)
    assert window.status.counter.total == expected.total > 0
    assert window.status.words_label.text() != ""


def test_an_edit_made_before_the_count_is_counted_too(qtbot) -> None:
    policy = _large_policy()
    window = MainWindow(Document(policy))
    qtbot.addWidget(window)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # the edit is the test's
    window.outline.select_section("s0")
    window.section_editor.body.setPlainText("un deux trois")
    window.flush_edits()
    window.show()
    qtbot.waitUntil(lambda: not window.status.counting)
    expected = WordCounter()
    expected.update(window.document.policy)
    assert window.status.counter.total == expected.total
    assert window.status.counter.section_words("s0") == 5  # "Section 0" and "un deux trois"
