"""Switching the UI language at run time: windows, menus, the translator view and the non-modal
dialogs (versions, comparison) follow."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import make_policy
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from editor.compare import compare
from editor.gui import i18n
from editor.gui.document.document import Document
from editor.gui.legal.compare_view import CompareDialog
from editor.gui.legal.versions_dialog import VersionsDialog
from editor.gui.mainwindow import MainWindow
from editor.gui.translation.translator_window import TranslatorWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "locales"
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_switching_language_retranslates_open_windows(qapp, qtbot, app_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(FIXTURES / "politique.fr-FR.policy.md", source)
    try:
        i18n.switch_language(qapp, ENGLISH)
        window = MainWindow(Document(make_policy()))
        qtbot.addWidget(window)
        translator = TranslatorWindow(source)
        qtbot.addWidget(translator)
        translator.new_translation("en-GB")
        translator.modified = False
        policy = make_policy()
        compare_dialog = CompareDialog(compare(policy, policy), "1.0", "1.1")
        qtbot.addWidget(compare_dialog)
        versions = VersionsDialog(Document(policy))
        qtbot.addWidget(versions)
        assert window.actions["file_save"].text() == "&Save"
        assert translator.mark_button.text() == "Mark as Translated"

        i18n.switch_language(qapp, FRENCH)
        qtbot.waitUntil(lambda: window.actions["file_save"].text() == "&Enregistrer")
        assert next(menu.title() for menu in window.menus.menus.values()) == "&Fichier"
        assert window.actions["file_translations"].text() == "&Traductions…"
        qtbot.waitUntil(lambda: translator.mark_button.text() == "Marquer comme traduite")
        assert translator.counts_label.text() == "0 traduite · 0 obsolète · 3 manquantes · 0 en trop"
        item = translator.item_for("intro")
        assert item is not None and item.text(1) == "manquante"
        qtbot.waitUntil(lambda: compare_dialog.html_button.text() != "Export HTML…")
        assert versions.windowTitle() != "Published Versions"
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(close)
        assert close.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer", "Qt's own texts in French"

        i18n.switch_language(qapp, ENGLISH)
        qtbot.waitUntil(lambda: translator.next_button.text() == "Next Outdated Section")
        assert window.actions["file_save"].text() == "&Save"
    finally:
        for installed in i18n._installed:
            qapp.removeTranslator(installed)
        i18n._installed.clear()
