"""Issue 20's "done when", as a user does it: a section written with bold, links, nested lists and
a table through commands, dialogs and keys only (no Markdown character typed), then text pasted
from Word and from a web page; the preview and the exported HTML show the structure."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from editor.exporters.html import fragment
from editor.gui.mainwindow import MainWindow
from editor.gui.text.link_dialog import LinkDialog

PASTE = Path(__file__).parent.parent / "fixtures/editing/paste"
MARKDOWN = set("*_[]()#|`>")
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp):
    yield
    QGuiApplication.clipboard().clear()


class User:
    """Types and presses keys in the section body, and remembers what was typed."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.body = window.section_editor.body
        self.typed: list[str] = []

    def type(self, text: str) -> None:
        self.typed.append(text)
        type_text(self.body, text)

    def press(self, key: Qt.Key, modifiers=NONE, text: str = "") -> None:
        """A key as the window gets it: shortcut override (a menu shortcut may take it), then the press."""
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers, text)
        QApplication.sendEvent(self.body, override)
        if not override.isAccepted():
            for action in self.window.formatting.actions.values():
                keys = action.shortcuts()
                if any(key.matches(override.keyCombination()) == key.SequenceMatch.ExactMatch for key in keys):
                    action.trigger()
                    return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self.body, QKeyEvent(kind, key, modifiers, text))

    def select_back(self, count: int) -> None:
        """Shift+Left ``count`` times: select the last characters typed."""
        for _ in range(count):
            self.press(Qt.Key.Key_Left, SHIFT)

    def end(self) -> None:
        self.press(Qt.Key.Key_End, CTRL)

    def in_dialog(self, fill) -> None:
        """Run ``fill`` on the modal dialog the next command opens (then it presses OK itself)."""

        def later() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, later)
                return
            fill(dialog)

        QTimer.singleShot(0, later)


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _clipboard(name: str) -> None:
    data = QMimeData()
    data.setText("texte brut")
    data.setHtml((PASTE / name).read_text("utf-8"))
    QGuiApplication.clipboard().setMimeData(data)


def test_a_section_written_with_commands_and_pastes_keeps_its_structure(window: MainWindow, qtbot, monkeypatch) -> None:
    window.outline.select_section("contact")
    user = User(window)
    user.body.setFocus()
    user.body.selectAll()
    user.type("Nos engagements")
    user.select_back(len("engagements"))
    user.press(Qt.Key.Key_B, CTRL, "\x02")  # bold
    user.press(Qt.Key.Key_End)
    user.press(Qt.Key.Key_Return, text="\r")
    user.type("Voir la CNIL")
    user.select_back(len("la CNIL"))

    def web_address(dialog: LinkDialog) -> None:
        type_text(dialog.address, "www.cnil.fr")
        _ok(dialog)

    user.in_dialog(web_address)
    user.press(Qt.Key.Key_K, CTRL, "\x0b")
    user.press(Qt.Key.Key_End)
    user.type(" et les ")
    user.type("cookies")
    user.select_back(len("cookies"))

    def section_target(dialog: LinkDialog) -> None:
        dialog.internal.click()
        dialog.sections.setCurrentIndex(dialog.sections.findData("#cookies"))
        _ok(dialog)

    user.in_dialog(section_target)
    user.press(Qt.Key.Key_K, CTRL, "\x0b")
    user.press(Qt.Key.Key_End)
    user.type(".\n\n")
    user.press(Qt.Key.Key_8, CTRL | SHIFT, "*")  # bulleted list
    user.type("Accès\nCopie")
    user.press(Qt.Key.Key_Tab, text="\t")  # nested under "Accès"
    user.type("\nRectification")
    user.press(Qt.Key.Key_Backtab, SHIFT)
    user.type("\n\n")  # Enter on the empty item ends the list
    user.in_dialog(_ok)  # Insert Table: 2 columns, 2 rows
    window.formatting.actions["format_table"].trigger()
    user.type("Finalité")
    user.press(Qt.Key.Key_Tab, text="\t")
    user.type("Durée")
    user.press(Qt.Key.Key_Tab, text="\t")
    user.type("Commandes")
    user.press(Qt.Key.Key_Tab, text="\t")
    user.type("3\u00a0ans")
    assert not MARKDOWN & set("".join(user.typed))

    body = window.document.policy.find("contact").body
    table = body.split("\n\n")[-1].split("\n")
    assert len({len(line) for line in table}) == 1  # aligned as it was typed
    html = unescape(fragment(window.document.policy))
    assert "<strong>engagements</strong>" in html
    assert '<a href="https://www.cnil.fr">la CNIL</a>' in html
    assert '<a href="#cookies">cookies</a>' in html
    assert re.search(r"<li>Accès\s*<ul>\s*<li>Copie</li>\s*</ul>\s*</li>\s*<li>Rectification</li>", html)
    assert re.search(r"<th>Finalité</th>\s*<th>Durée</th>", html)
    assert re.search(r"<td>Commandes</td>\s*<td>3\u00a0ans</td>", html)
    window.preview.flush()
    preview = window.preview.toHtml()
    assert "Rectification" in preview and "Finalité" in preview

    # Word: its heading becomes a new section, its list a list.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    _clipboard("word.html")
    user.end()
    user.press(Qt.Key.Key_V, CTRL, "\x16")
    added = window.document.policy.find("duree-de-conservation")
    assert added is not None
    html = unescape(fragment(window.document.policy))
    assert re.search(r"<li>vos nom et prénom[\u00a0\u202f];</li>\s*<li>votre adresse électronique.</li>", html)
    assert "<strong>Texte proposé\u00a0:</strong>" in html and "<em>trois\u00a0ans</em>" in html

    # A web page: kept in this section (No), its heading as a bold line, its list and bold kept.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    _clipboard("browser.html")
    window.outline.select_section("contact")
    user.end()
    user.press(Qt.Key.Key_V, CTRL, "\x16")
    html = unescape(fragment(window.document.policy))
    assert "<strong>aucun</strong>" in html and '<a href="https://matomo.org/">Matomo</a>' in html
    assert re.search(r"<li>_pk_id\u00a0: 13\u00a0mois\u202f;</li>", html)
    assert "alert" not in html and "javascript" not in html
    assert "<table>" in html  # what was written before is still there
