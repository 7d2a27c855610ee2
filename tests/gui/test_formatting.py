"""Format menu, toolbar and keys of the section editor: each command is one undo step, lists and
tables behave, the link and table dialogs, paste (HTML, plain, headings as sections) and copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton

from editor.gui.mainwindow import MainWindow
from editor.gui.text.clipboard import MARKDOWN_MIME
from editor.gui.text.link_dialog import REMOVE, LinkDialog
from editor.gui.text.table_dialog import TableDialog

PASTE = Path(__file__).parent.parent / "fixtures/editing/paste"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp):
    """Clipboard data made in Python must not outlive the test (Qt reads it at exit)."""
    yield
    QGuiApplication.clipboard().clear()


def open_body(window: MainWindow, section_id: str, text: str | None = None):
    window.outline.select_section(section_id)
    body = window.section_editor.body
    if text is not None:
        body.selectAll()
        type_text(body, text)
    body.setFocus()
    return body


def select(body, start: int, end: int | None = None) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start if end is None else end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def key(body, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
    """A key press as the window gets it: shortcut override first, then the press."""
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers, text)
    QApplication.sendEvent(body, override)
    if not override.isAccepted():
        # Not taken by the field: the window's shortcut (a menu action) would run.
        for action in body.window().findChildren(type(body.window().formatting.menu.actions()[0])):
            if action.shortcut().matches(override.keyCombination()) == action.shortcut().SequenceMatch.ExactMatch:
                action.trigger()
                return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(body, QKeyEvent(kind, key, modifiers, text))


def body_of(window: MainWindow, section_id: str) -> str:
    return window.document.policy.find(section_id).body


def test_format_menu_and_toolbar(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("F&ormat") == titles.index("&Help") - 1
    names = [action.objectName() for action in window.formatting.menu.actions() if action.objectName()]
    assert names[:4] == ["format_bold", "format_italic", "format_code", "format_link"]
    toolbar = [action.objectName() for action in window.formatting.toolbar.actions()]
    assert toolbar[:3] == ["format_bold", "format_italic", "format_link"]


def test_ctrl_b_bolds_the_word_and_undoes_in_one_step(window: MainWindow) -> None:
    body = open_body(window, "intro")
    typed = window.document.undo_stack.count()
    select(body, 3)
    key(body, Qt.Key.Key_B, CTRL, "\x02")
    assert body_of(window, "intro") == "**Bienvenue**\u00a0: lisez-moi."
    assert body.text() == body_of(window, "intro")
    assert window.document.undo_stack.count() == typed + 1
    window.actions["edit_undo"].trigger()
    assert body_of(window, "intro") == "Bienvenue\u00a0: lisez-moi."
    assert body.text() == "Bienvenue\u00a0: lisez-moi."


def test_italic_keeps_the_no_break_space_outside(window: MainWindow) -> None:
    body = open_body(window, "intro")
    select(body, 0, 10)  # "Bienvenue\u00a0"
    window.formatting.actions["format_italic"].trigger()
    assert body_of(window, "intro") == "*Bienvenue*\u00a0: lisez-moi."


def test_enter_continues_and_ends_a_numbered_list(window: MainWindow) -> None:
    body = open_body(window, "contact", "1. un\n")
    assert body.text() == "1. un\n2. "
    type_text(body, "deux\n\n")
    assert body_of(window, "contact") == "1. un\n2. deux"
    assert body.text() == "1. un\n2. deux\n\n"  # a blank line ends the list


def test_tab_nests_and_shift_tab_un_nests(window: MainWindow) -> None:
    body = open_body(window, "contact", "- un\ndeux")  # Enter continues the list
    key(body, Qt.Key.Key_Tab, text="\t")
    assert body_of(window, "contact") == "- un\n  - deux"
    key(body, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert body_of(window, "contact") == "- un\n- deux"


def test_ctrl_shift_7_and_8_on_us_and_french_layouts(window: MainWindow) -> None:
    body = open_body(window, "contact")
    key(body, Qt.Key.Key_Ampersand, CTRL_SHIFT, "&")  # US: Shift+7 is "&"
    assert body_of(window, "contact") == "1. Écrivez-nous."
    key(body, Qt.Key.Key_8, CTRL_SHIFT, "8")  # French: Shift+8 is "8"
    assert body_of(window, "contact") == "- Écrivez-nous."


def test_insert_table_then_tab_and_typing_keep_it_aligned(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(TableDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    body = open_body(window, "contact")
    window.formatting.actions["format_table"].trigger()
    assert body_of(window, "contact") == (
        "Écrivez-nous.\n\n| Column 1 | Column 2 |\n| -------- | -------- |\n"
        "|          |          |\n|          |          |"
    )
    assert body.textCursor().selectedText() == "Column 1"
    type_text(body, "Finalité")
    key(body, Qt.Key.Key_Tab, text="\t")
    type_text(body, "Durée de conservation")
    lines = body.text().split("\n")[2:]
    assert lines[0] == "| Finalité | Durée de conservation |"
    assert lines[1] == "| -------- | --------------------- |"
    assert len({len(line) for line in lines}) == 1


def test_link_dialog_checks_the_address_and_offers_sections(window: MainWindow, qtbot) -> None:
    dialog = LinkDialog(window.document.policy, "la CNIL", "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.address.setText("javascript:alert(1)")
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.address.setText("www.cnil.fr")
    assert ok.isEnabled() and dialog.href() == "https://www.cnil.fr"
    dialog.internal.setChecked(True)
    dialog.sections.setCurrentIndex(dialog.sections.findData("#cookies"))
    assert dialog.href() == "#cookies"


def test_ctrl_k_links_the_word(window: MainWindow, monkeypatch) -> None:
    def accept(self: LinkDialog) -> QDialog.DialogCode:
        self.address.setText("contact@exemple.fr")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinkDialog, "exec", accept)
    body = open_body(window, "contact")
    select(body, 2)
    key(body, Qt.Key.Key_K, CTRL, "\x0b")
    assert body_of(window, "contact") == "[Écrivez-nous](mailto:contact@exemple.fr)."


def test_heading_is_refused_with_the_subsection_hint(window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    open_body(window, "contact")
    window.formatting.actions["format_heading"].trigger()
    assert "Add Subsection" in shown[0]
    assert body_of(window, "contact") == "Écrivez-nous."


def _clipboard(html: str | None = None, text: str = "") -> None:
    data = QMimeData()
    data.setText(text)
    if html is not None:
        data.setHtml(html)
    QGuiApplication.clipboard().setMimeData(data)


def test_paste_from_word_offers_headings_as_sections(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    _clipboard((PASTE / "word.html").read_text("utf-8"), "texte brut")
    body = open_body(window, "contact")
    before = window.document.undo_stack.count()
    key(body, Qt.Key.Key_V, CTRL, "\x16")
    added = window.document.policy.find("duree-de-conservation")
    assert added is not None and "- vos nom et prénom\u00a0;" in added.body
    assert [s.id for s in window.document.policy.sections][-2:] == ["contact", "duree-de-conservation"]
    assert window.document.undo_stack.count() == before + 1
    window.actions["edit_undo"].trigger()
    assert window.document.policy.find("duree-de-conservation") is None


def test_paste_from_a_browser_without_sections_keeps_headings_as_bold(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    _clipboard((PASTE / "browser.html").read_text("utf-8"), "texte brut")
    body = open_body(window, "contact")
    select(body, len(body.text()))
    key(body, Qt.Key.Key_V, CTRL, "\x16")
    text = body_of(window, "contact")
    assert text.startswith("Écrivez-nous.\n\n**Cookies**\n\nNous utilisons des **cookies**")  # its own paragraphs
    assert "alert" not in text
    assert window.statusBar().currentMessage()  # the script and the unsafe link are reported


def test_ctrl_shift_v_pastes_plain_text(window: MainWindow) -> None:
    _clipboard("<p><b>gras</b></p>", "gras")
    body = open_body(window, "contact")
    select(body, 0)
    key(body, Qt.Key.Key_V, CTRL_SHIFT, "\x16")
    assert body_of(window, "contact") == "grasÉcrivez-nous."


def test_copy_gives_markdown_and_html(window: MainWindow) -> None:
    body = open_body(window, "contact", "Un **mot** et [un lien](https://www.cnil.fr).")
    body.selectAll()
    key(body, Qt.Key.Key_C, CTRL, "\x03")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "Un **mot** et [un lien](https://www.cnil.fr)."
    assert "<strong>mot</strong>" in data.html() and 'href="https://www.cnil.fr"' in data.html()
    assert data.hasFormat(MARKDOWN_MIME)
    # Pasted back, it is the same Markdown (not a conversion of the HTML).
    select(body, len(body.text()))
    key(body, Qt.Key.Key_V, CTRL, "\x16")
    assert body_of(window, "contact") == "Un **mot** et [un lien](https://www.cnil.fr)." * 2


def test_cut_removes_the_selection_in_one_step(window: MainWindow) -> None:
    body = open_body(window, "intro")
    select(body, 0, 9)
    key(body, Qt.Key.Key_X, CTRL, "\x18")
    assert QGuiApplication.clipboard().mimeData().text() == "Bienvenue"
    assert body_of(window, "intro") == "\u00a0: lisez-moi."


def test_link_dialog_removes_an_existing_link(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(LinkDialog, "exec", lambda self: self.findChild(QPushButton, "link_remove").click() or REMOVE)
    body = open_body(window, "contact", "voir [la CNIL](https://www.cnil.fr).")
    select(body, 8)
    window.formatting.actions["format_link"].trigger()
    assert body_of(window, "contact") == "voir la CNIL."


def test_our_copy_is_handed_to_qt_at_exit(window: MainWindow) -> None:
    from editor.gui.text.clipboard import release_clipboard

    body = open_body(window, "contact")
    body.selectAll()
    key(body, Qt.Key.Key_C, CTRL, "\x03")
    release_clipboard()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "Écrivez-nous." and not data.hasFormat(MARKDOWN_MIME)


def test_typing_in_a_table_undoes_word_by_word_to_aligned_tables(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(TableDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    body = open_body(window, "contact")
    window.formatting.actions["format_table"].trigger()
    inserted = body_of(window, "contact")
    type_text(body, "Durée de")
    steps = window.document.undo_stack.index()
    type_text(body, " conservation")
    assert window.document.undo_stack.index() == steps + 1  # " conservation": one word, one step
    header = body.text().split("\n")[2]
    assert header == "| Durée de conservation | Column 2 |"
    cursor = body.textCursor().position()
    assert body.text()[cursor - 12 : cursor] == "conservation"  # the cursor followed the typing
    window.actions["edit_undo"].trigger()
    assert body_of(window, "contact").split("\n")[2] == "| Durée de  | Column 2 |"  # with the space typed
    assert len({len(line) for line in body_of(window, "contact").split("\n")[2:]}) == 1  # aligned
    window.actions["edit_undo"].trigger()
    window.actions["edit_undo"].trigger()
    assert body_of(window, "contact") == inserted


def test_tab_at_the_start_of_a_paragraph_does_not_make_it_code(window: MainWindow) -> None:
    body = open_body(window, "contact")
    select(body, 0)
    key(body, Qt.Key.Key_Tab, text="\t")
    assert body_of(window, "contact") == "Écrivez-nous."
    select(body, 3)
    key(body, Qt.Key.Key_Tab, text="\t")  # inside a line it is only a character
    assert body_of(window, "contact") == "Écr\tivez-nous."


def test_backspace_after_a_list_marker_removes_it_in_one_step(window: MainWindow) -> None:
    body = open_body(window, "contact", "Texte\n")
    key(body, Qt.Key.Key_8, CTRL_SHIFT, "8")
    assert body.text() == "Texte\n\n- "  # apart from the paragraph: never "Texte" over a bare "-"
    steps = window.document.undo_stack.count()
    key(body, Qt.Key.Key_Backspace, text="\x08")
    assert body.text() == "Texte\n\n" and window.document.undo_stack.count() == steps + 1
