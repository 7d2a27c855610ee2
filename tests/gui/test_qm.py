""".qm files: our pure-Python writer (editor/qm.py) against pyside6-lrelease, through QTranslator;
the checkout compiles into the cache; the wheel carries the .qm files and the app loads them from it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from editor import qm
from editor.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("policy_editor_*.ts"))
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
needs_lrelease = pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed next to Python")


def lrelease(*sources: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", *map(str, sources)], check=True, capture_output=True)


def sections(data: bytes) -> dict[int, bytes]:
    assert data[:16] == qm.MAGIC
    found, at = {}, 16
    while at + 5 <= len(data):
        tag, length = struct.unpack(">BI", data[at : at + 5])
        found[tag] = data[at + 5 : at + 5 + length]
        at += 5 + length
    return found


def translator(path: Path) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(str(path)), path
    return loaded


def ts_messages(path: Path) -> list[tuple[str, str, str | None, bool]]:
    return [
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment"), m.get("numerus") == "yes")
        for context in etree.parse(path).getroot().iter("context")
        for m in context.iter("message")
    ]


@needs_lrelease
@pytest.mark.parametrize("source", TS_FILES, ids=lambda p: p.name)
def test_python_writer_gives_what_lrelease_gives(qapp, source: Path, tmp_path: Path) -> None:
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    lrelease(copy)
    theirs = translator(copy.with_suffix(".qm"))
    ours = translator(qm.compile_ts(source, tmp_path / "ours.qm"))
    assert ours.language() == theirs.language()
    translated = 0
    for context, text, comment, plural in ts_messages(source):
        for n in (0, 1, 2, 5, 21) if plural else (-1,):
            assert ours.translate(context, text, comment, n) == theirs.translate(context, text, comment, n), text
            translated += bool(theirs.translate(context, text, comment, n))
    assert translated > 10


@needs_lrelease
def test_plural_rules_are_lreleases(tmp_path: Path) -> None:
    languages = [*qm.PLURAL_RULES, "pt_BR", "fr_CA", "en_GB"]
    files = []
    for language in languages:
        path = tmp_path / f"t_{language}.ts"
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
            '<context><name>C</name><message numerus="yes"><source>%n x</source><translation>'
            "<numerusform>a</numerusform></translation></message></context></TS>",
            encoding="utf-8",
        )
        files.append(path)
    lrelease(*files)
    wrong = {
        language: (theirs.hex(), qm.plural_rules(language).hex())
        for language, path in zip(languages, files, strict=True)
        if (theirs := sections(path.with_suffix(".qm").read_bytes()).get(0x88, b"")) != qm.plural_rules(language)
    }
    assert not wrong


SYNTHETIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>A</name>
  <message><source>Open</source><translation>Ouvrir</translation></message>
  <message><source>Open</source><comment>a door</comment><translation>Ouvrir la porte</translation></message>
  <message><source>Draft</source><translation type="unfinished">Brouillon</translation></message>
  <message><source>Empty</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">Parti</translation></message>
  <message numerus="yes"><source>%n file(s)</source><translation>
    <numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation></message>
</context>
<context><name>B</name>
  <message><source>Open</source><translation>Ouvrir (B)</translation></message>
</context>
</TS>
"""


def test_python_writer_on_every_kind_of_message(qapp, tmp_path: Path) -> None:
    source = tmp_path / "x_fr.ts"
    source.write_text(SYNTHETIC, encoding="utf-8")
    loaded = translator(qm.compile_ts(source, tmp_path / "x_fr.qm"))
    assert loaded.language() == "fr_FR"
    assert loaded.translate("A", "Open") == "Ouvrir"
    assert loaded.translate("A", "Open", "a door") == "Ouvrir la porte"
    assert loaded.translate("A", "Open", "unknown comment") == "Ouvrir", "falls back to no disambiguation"
    assert loaded.translate("B", "Open") == "Ouvrir (B)"
    assert loaded.translate("A", "Draft") == "Brouillon", "unfinished with a text is kept, as lrelease does"
    assert loaded.translate("A", "Empty") == ""
    assert loaded.translate("A", "Gone") == ""
    assert [loaded.translate("A", "%n file(s)", None, n) for n in (0, 1, 2)] == [
        "%n fichier",
        "%n fichier",
        "%n fichiers",
    ]


def test_python_writer_refuses_what_it_cannot_compile(tmp_path: Path) -> None:
    not_ts = tmp_path / "a.ts"
    not_ts.write_text("<html/>", encoding="utf-8")
    with pytest.raises(qm.QmError, match="not a Qt Linguist"):
        qm.compile_ts(not_ts, tmp_path / "a.qm")
    unknown = tmp_path / "b.ts"
    unknown.write_text(SYNTHETIC.replace("fr_FR", "xx_XX"), encoding="utf-8")
    with pytest.raises(qm.QmError, match="pyside6-lrelease"):
        qm.compile_ts(unknown, tmp_path / "b.qm")
    assert not (tmp_path / "b.qm").exists()


def test_checkout_compiles_into_the_cache(qapp, app_home: Path, tmp_path: Path, monkeypatch) -> None:
    """Without lrelease too; an edited .ts is compiled again; nothing is written beside the .ts."""
    checkout = tmp_path / "translations"
    checkout.mkdir()
    source = checkout / "policy_editor_fr.ts"
    source.write_text(SYNTHETIC, encoding="utf-8")
    monkeypatch.setattr(i18n, "checkout_translations", lambda: checkout)
    monkeypatch.setattr(i18n, "translations_dirs", lambda: [checkout])
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    first = i18n.compiled_translation("fr")
    assert first is not None and first.is_relative_to(app_home)
    assert translator(first).translate("A", "Open") == "Ouvrir"
    assert i18n.compiled_translation("fr") == first
    source.write_text(SYNTHETIC.replace("Ouvrir</", "Ouvre</"), encoding="utf-8")
    second = i18n.compiled_translation("fr")
    assert second != first and not first.exists(), "the stale copy is removed"
    assert translator(second).translate("A", "Open") == "Ouvre"
    assert sorted(path.name for path in checkout.iterdir()) == ["policy_editor_fr.ts"]


def test_build_command_compiles_every_language_into_the_cache(app_home: Path, capsys) -> None:
    before = sorted((ROOT / "translations").iterdir())
    assert i18n.main(["build"]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(line).name.split("-")[0] for line in printed] == [f"policy_editor_{lang}" for lang in ("en", "fr")]
    assert all(Path(line).is_relative_to(app_home) and Path(line).stat().st_size > 1000 for line in printed)
    assert sorted((ROOT / "translations").iterdir()) == before


PROBE = """
import sys
import editor
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from editor.gui import i18n
app = QApplication([])
installed = i18n.install_translators(app, QLocale("fr_FR"))
print(editor.__file__)
print(i18n.compiled_translation("fr"))
print(QCoreApplication.translate("MenuBuilder", "&File"))
print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
"""


@pytest.mark.slow
def test_wheel_carries_the_compiled_translations(qapp, tmp_path: Path) -> None:
    """pip wheel (isolated build, as users get it) -> .qm inside; installed, the app loads French from it."""
    tree = tmp_path / "src"
    for name in ("editor", "resources", "translations"):
        shutil.copytree(ROOT / name, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(tree), "-w", str(wheels)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for source in TS_FILES:
            assert f"editor/resources/translations/{source.stem}.qm" in names
        french = tmp_path / "fr.qm"
        french.write_bytes(archive.read("editor/resources/translations/policy_editor_fr.qm"))
    assert translator(french).translate("MenuBuilder", "&File") == "&Fichier"

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    home = tmp_path / "home"
    environment = {**os.environ, "PYTHONPATH": str(target), "POLICY_EDITOR_HOME": str(home)}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    module, compiled, file_menu, cancel = result.stdout.splitlines()
    assert Path(module).is_relative_to(target), "the installed copy, not the checkout"
    assert Path(compiled) == target / "editor" / "resources" / "translations" / "policy_editor_fr.qm"
    assert (file_menu, cancel) == ("&Fichier", "Annuler"), "our French and Qt's own (qtbase_fr)"
    assert not (home / "cache" / "translations").exists(), "nothing compiled at start"


def test_an_added_language_is_found_and_compiled(qapp, app_home: Path, tmp_path: Path, monkeypatch) -> None:
    """What `python -m editor.gui.i18n add de` starts: offered in Preferences, compiled at start."""
    from editor.gui.dialogs.preferences_dialog import autonym

    checkout = tmp_path / "translations"
    checkout.mkdir()
    (checkout / "policy_editor_de.ts").write_text(SYNTHETIC.replace("fr_FR", "de_DE"), encoding="utf-8")
    monkeypatch.setattr(i18n, "checkout_translations", lambda: checkout)
    monkeypatch.setattr(i18n, "translations_dirs", lambda: [checkout])
    assert i18n.languages() == ["de"]
    compiled = i18n.compiled_translation("de")
    assert compiled is not None and translator(compiled).language() == "de_DE"
    assert autonym("de") == "Deutsch"
