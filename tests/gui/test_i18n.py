"""The UI in French and English: translation files complete, current with the code, loaded at start."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtCore import QCoreApplication, QLocale

from editor.gui import i18n
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"


def messages(path: Path) -> list[etree.Element]:
    return list(etree.parse(path).getroot().iter("message"))


def sources(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in etree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        found.update(
            (name, m.findtext("source"))
            for m in context.iter("message")
            if m.find("translation").get("type") != "obsolete" and m.find("translation").get("type") != "vanished"
        )
    return found


def test_french_translation_is_complete() -> None:
    for message in messages(TRANSLATIONS / "policy_editor_fr.ts"):
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation.get("type") is None, f"not translated: {source!r}"
        forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
        assert all(forms), f"empty translation: {source!r}"
        for placeholder in re.findall(r"%1|%n|\{\w*\}", source):
            assert all(placeholder in form for form in forms), f"{placeholder} lost in {source!r}"


def test_english_plurals_are_filled() -> None:
    for message in messages(TRANSLATIONS / "policy_editor_en.ts"):
        if message.get("numerus") == "yes":
            forms = [form.text for form in message.find("translation").findall("numerusform")]
            assert len(forms) == 2 and "(s)" not in "".join(forms)


def test_translation_files_are_current(tmp_path: Path) -> None:
    """Every tr() string in editor/gui and every catalogue text is in the .ts files (see translations/README.md)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            str(ROOT / "editor" / "gui"),
            str(ROOT / "editor" / "catalogue.py"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    missing = sources(fresh) - sources(TRANSLATIONS / "policy_editor_fr.ts")
    assert not missing, f"run pyside6-lupdate: new strings {sorted(missing)[:5]}"


@pytest.fixture
def french(qapp, app_home: Path):
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_french_ui(french, qtbot) -> None:
    assert french, "the French translation was compiled and loaded"
    window = MainWindow(Document(make_policy()))
    qtbot.addWidget(window)
    assert [menu.title() for menu in window.menus.menus.values()] == [
        "&Fichier",
        "&Édition",
        "&Section",
        "&Affichage",
        "Ai&de",
    ]
    assert window.actions["file_save"].text() == "&Enregistrer"
    window.outline.select_section("donnees")
    assert "mots dans le document" in window.status.words_label.text()
    assert "espaces fines insécables" in window.status.profile_label.text()
    assert QCoreApplication.translate("messages", "the file does not exist") == "le fichier n’existe pas"
    from editor.errors import Notice, Where
    from editor.gui.messages import notice_text

    note = notice_text(Notice("wp.truncated", {"line": 38, "inside": "content.rendered"}, Where("", "file", 38)))
    assert note == (
        "le fichier est incomplet\u00a0: il s’arrête à la ligne 38 et tout ce qui suivait manque. "
        "Obtenez un export complet avant de publier."
    )
    near = notice_text(Notice("wp.orphan_closer", {"tag": "p"}, Where(field="content", near="Cookies")))
    assert (
        near
        == "Près de «\u00a0Cookies\u00a0»\u00a0: une mise en forme abîmée a été retirée\u202f; le texte est conservé"
    )
    unknown = notice_text(Notice("future.code", {"n": 1}))
    assert unknown.startswith("future.code"), "codes without a translation fall back to the core's text"


def test_english_plurals_at_runtime(qapp, app_home: Path, qtbot) -> None:
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        window = MainWindow(Document(make_policy()))
        qtbot.addWidget(window)
        window.outline.select_section("contact")
        assert window.status.words_label.text() == "2 words in this section · 14 words in the document"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_compiled_translation_is_cached(app_home: Path) -> None:
    first = i18n.compiled_translation("fr")
    assert first is not None and first.stat().st_size > 1000
    assert i18n.compiled_translation("fr") == first
    assert i18n.compiled_translation("xx") is None
