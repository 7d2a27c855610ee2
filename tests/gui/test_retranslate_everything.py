"""A language switch while a window, dialog or dock is open retranslates all of it.

Each long-lived widget is opened in English, the language is switched to French, and every
visible text of its widget tree (labels, buttons, actions, menus, group and dock titles, window
title, placeholders, combo items, tabs, headers) is checked against translations/policy_editor_fr.ts:
no text may still be an English source whose French translation differs.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

from editor.compare import compare
from editor.gui import i18n
from editor.gui.dialogs.export_dialog import ExportDialog
from editor.gui.dialogs.preferences_dialog import PreferencesDialog
from editor.gui.dialogs.properties_dialog import PropertiesDialog
from editor.gui.document.document import Document
from editor.gui.legal.compare_view import CompareDialog
from editor.gui.legal.versions_dialog import PublishDialog as PublishVersionDialog
from editor.gui.legal.versions_dialog import VersionsDialog
from editor.gui.mainwindow import MainWindow
from editor.gui.preferences import Preferences
from editor.gui.safety.diff_view import DiffDialog
from editor.gui.safety.recovery_dialog import RecoveryDialog
from editor.gui.text.link_dialog import LinkDialog
from editor.gui.text.table_dialog import TableDialog
from editor.gui.translation.translator_window import TranslatorWindow
from editor.gui.wordpress.dialogs import ConflictDialog, OpenFromSiteDialog, SiteDialog
from editor.gui.wordpress.dialogs import PublishDialog as PublishPageDialog
from editor.recovery import JournalEntry, Selection
from editor.wordpress.compare import compare as compare_html
from editor.wordpress.sites import Site

ROOT = Path(__file__).resolve().parents[2]
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
LOCALES = ROOT / "tests" / "fixtures" / "locales"


def _french_table() -> tuple[dict[str, set[str]], set[str]]:
    by_source: dict[str, set[str]] = {}
    for message in etree.parse(ROOT / "translations" / "policy_editor_fr.ts").iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        by_source.setdefault(message.findtext("source") or "", set()).update(forms)
    return by_source, {text for texts in by_source.values() for text in texts}


FRENCH_BY_SOURCE, FRENCH_TEXTS = _french_table()


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root``'s widget tree."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield f"{name} title", widget.windowTitle()
        if isinstance(widget, QTextBrowser):
            yield name, widget.toPlainText()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, (QGroupBox, QMenu)):
            yield name, widget.title()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((f"{name} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((f"{name} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from ((f"{name} header", header.text(i)) for i in range(header.columnCount()))
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
    for action in root.findChildren(QAction):
        yield f"action#{action.objectName()}", action.text()


def english_left(root: QWidget) -> list[str]:
    """Texts still in English: a source of the .ts whose French is something else."""
    return [
        f"{where}: {text!r}"
        for where, text in visible_texts(root)
        if text in FRENCH_BY_SOURCE and text not in FRENCH_TEXTS
    ]


def _window(tmp_path: Path) -> QWidget:
    return MainWindow(Document(make_policy()))


def _translator(tmp_path: Path) -> QWidget:
    source = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(LOCALES / "politique.fr-FR.policy.md", source)
    window = TranslatorWindow(source)
    window.new_translation("en-GB")
    window.modified = False
    return window


def _recovery(tmp_path: Path) -> QWidget:
    entry = JournalEntry(
        tmp_path / "j.json",
        "doc",
        None,
        "Politique",
        "---\ntitle: x\n---\n",
        Selection(),
        "2026-01-01T10:00",
        1,
        "h",
        "",
    )
    return RecoveryDialog([entry])


WIDGETS: dict[str, Callable[[Path], QWidget]] = {
    "main window": _window,
    "translator window": _translator,
    "recovery": _recovery,
    # title and side names come translated from the caller; the view's own texts follow the switch
    "diff": lambda tmp: DiffDialog("politique.policy.md", "a\n" * 30, "a\n" * 30 + "b\n", "1", "2"),
    "compare": lambda tmp: CompareDialog(compare(make_policy(), make_policy()), "1.0", "1.1"),
    "versions": lambda tmp: VersionsDialog(Document(make_policy())),
    "publish version": lambda tmp: PublishVersionDialog("1.1", "anne"),
    "export": lambda tmp: ExportDialog(make_policy(), None),
    "properties": lambda tmp: PropertiesDialog(make_policy().meta),
    "preferences": lambda tmp: PreferencesDialog(Preferences()),
    "link": lambda tmp: LinkDialog(make_policy(), "CNIL", ""),
    "table": lambda tmp: TableDialog(),
    "wordpress site": lambda tmp: SiteDialog(lambda url, user, password: "no"),
    "wordpress open": lambda tmp: OpenFromSiteDialog(
        [Site("https://example.org", "anne")], lambda site: [], lambda: None
    ),
    "wordpress publish": lambda tmp: PublishPageDialog("https://example.org", "“Politique” (ID 12)", "publish"),
    "wordpress conflict": lambda tmp: ConflictDialog("changed", compare_html("<p>a b</p>", "<p>a c</p>")),
}


@pytest.fixture
def english(qapp) -> Iterator[None]:
    i18n.switch_language(qapp, ENGLISH)
    yield
    for installed in i18n._installed:
        qapp.removeTranslator(installed)
    i18n._installed.clear()


@pytest.mark.parametrize("make", WIDGETS.values(), ids=WIDGETS.keys())
def test_a_language_switch_retranslates(english, qapp, qtbot, app_home: Path, tmp_path: Path, make) -> None:
    widget = make(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    before = dict(visible_texts(widget))
    assert not [t for t in before.values() if t and t in FRENCH_TEXTS and t not in FRENCH_BY_SOURCE], "starts English"
    i18n.switch_language(qapp, FRENCH)

    def switched() -> bool:
        return not english_left(widget) and dict(visible_texts(widget)) != before

    try:
        qtbot.waitUntil(switched, timeout=3000)
    except TimeoutError:
        left = "\n".join(english_left(widget)) or "(no visible text changed)"
        pytest.fail("still in English after the switch:\n" + left)


def test_english_left_finds_english(english, qtbot) -> None:
    label = QLabel("Preferences")
    qtbot.addWidget(label)
    label.setWindowTitle("Export")
    assert english_left(label) == ["QLabel# title: 'Export'", "QLabel#: 'Preferences'"]
