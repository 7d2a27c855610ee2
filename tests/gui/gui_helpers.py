"""Helpers for the GUI tests: a small policy, typing non-ASCII text through key events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from editor.model import Metadata, Policy, Section


def make_policy() -> Policy:
    """Three top-level sections, the second with two subsections; bodies hold U+00A0 and U+202F."""
    return Policy(
        Metadata(title="Politique de test", locale="fr-FR"),
        (
            Section("intro", "Introduction", 2, "Bienvenue\u00a0: lisez-moi."),
            Section(
                "donnees",
                "Données",
                2,
                "Nous collectons\u202f:",
                (
                    Section("cookies", "Cookies", 3, "Des cookies."),
                    Section("journaux", "Journaux", 3, "Des journaux."),
                ),
            ),
            Section("contact", "Contact", 2, "Écrivez-nous."),
        ),
    )


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events carrying the text (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def section_titles(window) -> list[tuple[str, int]]:
    """(title, level) of every section in document order."""
    return [(section.title, section.level) for section in window.document.policy.walk()]


def type_at_end(edit, text: str) -> None:
    """Move the cursor of a QPlainTextEdit to the end, then type ``text``."""
    from PySide6.QtGui import QTextCursor

    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    type_text(edit, text)
