"""Smoke test of the built one-folder bundle, run from a copy outside the source tree.

Skipped unless POLICY_EDITOR_BUNDLE names a bundle (``.ci/packaging.sh`` builds one and runs
these): its size against the target, --version, exports from the command line, the French UI
in an offscreen screenshot (read back with tesseract), and the data files it must carry.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import bundle_contents
import metadata
import pyside_support
import pytest
import size_report

pytestmark = pytest.mark.slow
ROOT = metadata.ROOT


def run(
    bundle: Path, *args: str, home: Path, wrapper: list[str] | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable with a clean environment, in a folder outside the tree (under
    ``wrapper``, a command such as strace, when given)."""
    clean = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "POLICY_EDITOR_HOME": str(home / "policy-editor"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **env,
    }
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [*(wrapper or []), str(bundle / metadata.app().name), *args],
        capture_output=True,
        text=True,
        env=clean,
        cwd=home,
        timeout=120,
    )


def sample(bundle: Path) -> Path:
    return bundle / "_internal" / "resources" / "samples" / "politique-de-confidentialite.policy.md"


def plain_title(policy: Path) -> str:
    """A section title made of letters and spaces only (typography cannot change it on export)."""
    for title in re.findall(r"^#{2,6} (.+?) \{#", policy.read_text(encoding="utf-8"), flags=re.MULTILINE):
        if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)+", title):
            return title
    raise AssertionError(f"{policy}: no plain section title")


def test_bundle_is_under_the_size_target(bundle: Path) -> None:
    print(size_report.report(bundle, metadata.SIZE_TARGET))
    assert size_report.total(bundle) <= metadata.SIZE_TARGET, size_report.report(bundle, metadata.SIZE_TARGET)


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    application = metadata.app()
    assert result.stdout.strip() == f"{application.name} {application.version}"


@pytest.mark.parametrize("suffix", [".docx", ".html", ".json"])
def test_exports_the_sample(bundle: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"exported{suffix}"
    result = run(bundle, "convert", str(sample(bundle)), str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    title = plain_title(sample(bundle))
    if suffix == ".docx":
        with zipfile.ZipFile(out) as document:
            body = ElementTree.fromstring(document.read("word/document.xml"))
        text = "".join(node.text or "" for node in body.iter() if node.tag.endswith("}t"))
    elif suffix == ".html":
        text = out.read_text(encoding="utf-8")
        assert text.lstrip().lower().startswith("<!doctype html")
    else:
        page = json.loads(out.read_text(encoding="utf-8"))
        text = page["content"]["rendered"]
    assert title in text


def _french(source: str) -> str:
    """The French translation of a UI text, from translations/policy_editor_fr.ts, without its '&'."""
    tree = ElementTree.parse(ROOT / "translations" / "policy_editor_fr.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == source:
            return (message.findtext("translation") or "").replace("&", "")
    raise AssertionError(f"{source!r} is not in policy_editor_fr.ts")


def test_french_ui_in_an_offscreen_screenshot(bundle: Path, tmp_path: Path, qapp: object) -> None:
    tesseract = shutil.which("tesseract")
    assert tesseract, "tesseract reads the menu bar back (Debian: tesseract-ocr; .ci/packaging.sh installs it)"
    shot = tmp_path / "fr.png"
    result = run(bundle, "--screenshot", str(shot), home=tmp_path / "home", LANG="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    menu_bar = tmp_path / "menu.png"
    _crop_menu_bar(shot, menu_bar)
    text = subprocess.run([tesseract, str(menu_bar), "-"], capture_output=True, text=True, check=True).stdout
    for source in ("&File", "&View"):
        assert _french(source) in text, f"{_french(source)!r} not read in the menu bar: {text!r}"


def test_french_translations_load_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """Ours and Qt's own (qtbase_fr, standard buttons), both from inside the bundle (the start logs them)."""
    home = tmp_path / "home"
    result = run(bundle, "--screenshot", str(tmp_path / "fr.png"), home=home, LANG="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    log = (home / "policy-editor" / "log" / "policy-editor.log").read_text(encoding="utf-8")
    line = next(line for line in log.splitlines() if "interface language fr_FR: " in line)
    loaded = [Path(path.strip()) for path in line.split("interface language fr_FR: ", 1)[1].split(",")]
    assert sorted(path.name for path in loaded) == ["policy_editor_fr.qm", "qtbase_fr.qm"], line
    assert all(path.resolve().is_relative_to(bundle.resolve()) for path in loaded), line


def test_pyside_support_modules_are_read_compiled(bundle: Path, tmp_path: Path) -> None:
    """shiboken's support modules ship as files with their bytecode (packaging/pyside_support.py),
    and a start of the window reads that bytecode, never the sources (which it would compile)."""
    strace = shutil.which("strace")
    assert strace, "strace shows which files a start reads (Debian: strace; .ci/packaging.sh installs it)"
    assert pyside_support.is_unpacked(bundle / "_internal" / "shiboken6")
    trace = tmp_path / "openat.txt"
    result = run(
        bundle,
        "--screenshot",
        str(tmp_path / "shot.png"),
        home=tmp_path / "home",
        wrapper=[strace, "-f", "-e", "trace=openat", "-o", str(trace)],
    )
    assert result.returncode == 0, result.stderr
    opened = [
        line.split('"')[1]
        for line in trace.read_text(encoding="utf-8").splitlines()
        if f"/{pyside_support.FOLDER_NAME}/" in line and '"' in line and "= -1" not in line
    ]
    assert any(path.endswith(".pyc") and "/signature/__pycache__/loader." in path for path in opened), opened
    assert [path for path in opened if path.endswith(".py")] == []


def test_the_first_paint_modules_are_loose_bytecode_and_the_rest_archived(bundle: Path, tmp_path: Path) -> None:
    """packaging/start_path.py: what the window imports before its first paint is read from .pyc
    files (no inflating), the rest from the compressed archive; multiprocessing is not bundled."""
    internal = bundle / "_internal"
    assert (internal / "editor" / "gui" / "mainwindow.pyc").is_file()
    assert (internal / "typing.pyc").is_file()
    assert not (internal / "editor" / "exporters").exists()  # no exporter is needed to paint the window
    assert not list(internal.glob("multiprocessing*"))
    result = run(bundle, "--screenshot", str(tmp_path / "shot.png"), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr


def test_pyside6s_own_patterns_come_from_the_cache(bundle: Path, tmp_path: Path) -> None:
    """packaging/rthook_regex_cache.py: the patterns PySide6 compiles when PyInstaller's hook
    imports it are kept with the app's (editor/regex_cache.py), so later starts build them."""
    from editor import regex_cache

    result = run(bundle, "--screenshot", str(tmp_path / "shot.png"), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    kept = regex_cache.read_entries(tmp_path / "home" / "policy-editor" / "cache" / regex_cache.FILE_NAME)
    assert kept, "no patterns kept, or kept by another Python build than the one running this test"
    probe = "import runpy, sys; runpy.run_path(sys.argv[1]); import PySide6.QtCore"
    env = {**os.environ, "POLICY_EDITOR_HOME": str(tmp_path / "probe")}
    hook = ROOT / "packaging" / "rthook_regex_cache.py"
    subprocess.run([sys.executable, "-c", probe, str(hook)], check=True, env=env, cwd=ROOT, timeout=120)
    pyside = regex_cache.read_entries(tmp_path / "probe" / "cache" / regex_cache.FILE_NAME)
    assert pyside and pyside.keys() <= kept.keys()


def _crop_menu_bar(shot: Path, out: Path) -> None:
    """The top strip of the window, enlarged twice (tesseract reads small UI text better)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 1000, f"{shot}: not the window picture"
    strip = image.copy(0, 0, image.width() // 2, 28)
    strip.scaled(strip.width() * 2, strip.height() * 2, mode=Qt.TransformationMode.SmoothTransformation).save(str(out))


def test_data_files_are_in_the_bundle(bundle: Path) -> None:
    """Every resource (sample, template, CSS, icons, checklists, ...), the compiled translations,
    Qt's French texts and the data files of the runtime dependencies (e.g. dictionaries)."""
    internal = bundle / "_internal"
    expected = [Path("resources") / relative for relative in bundle_contents.resource_files(ROOT / "resources")]
    languages = bundle_contents.shipped_languages(ROOT / "translations")
    expected += [Path("resources") / "translations" / f"policy_editor_{language}.qm" for language in languages]
    expected += [Path("PySide6") / "Qt" / "translations" / "qtbase_fr.qm"]
    missing = [str(path) for path in expected if not (internal / path).is_file()]
    assert not missing, f"missing from the bundle: {missing}"


def test_dependency_data_files_are_in_the_bundle(bundle: Path) -> None:
    from importlib.metadata import distribution

    internal = bundle / "_internal"
    languages = bundle_contents.shipped_languages(ROOT / "translations")
    missing = []
    for requirement in metadata.runtime_requirements():
        if requirement.lower().startswith(("pyside6", "shiboken6")):
            continue
        for file in distribution(requirement).files or []:
            path = Path(str(file))
            if (
                path.suffix in {".py", ".pyc", ".so", ".pyd", ".dylib", ".typed", ".h", ".pxd", ".pyx", ".pxi", ".pyi"}
                or path.parts[0].endswith((".dist-info", ".libs"))
                or "__pycache__" in path.parts
                or ".." in path.parts
                or len(path.parts) < 2
            ):
                continue
            if bundle_contents.excluded(path.as_posix(), languages):
                continue  # left out on purpose (e.g. spelling word lists of languages we do not check)
            if not (internal / path).exists():
                missing.append(str(path))
    assert not missing, f"dependency data missing from the bundle: {missing}"


def test_what_we_do_not_use_is_left_out(bundle: Path) -> None:
    names = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    unwanted = re.compile(r"WebEngine|Qt6?Qml|Qt6?Quick|Multimedia|Qt63D|Qt3D|pytest|hypothesis|/tests?/", re.I)
    assert [name for name in names if unwanted.search(name)] == []
    qt_translations = sorted(path.name for path in (bundle / "_internal" / "PySide6" / "Qt" / "translations").iterdir())
    languages = bundle_contents.shipped_languages(ROOT / "translations")
    assert qt_translations == sorted(f"qtbase_{language}.qm" for language in languages)


ICU_PROBE = """
import functools
from PySide6.QtCore import QCollator, QLocale
words = ["zèbre", "été", "Eclair", "abricot", "école", "Œuf"]
for locale in ("fr_FR", "en_US", "de_DE"):
    print(locale, " ".join(sorted(words, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))))
print(QLocale("fr_FR").toUpper("été œuf"))
"""


def test_the_reduced_icu_data_still_collates_and_cases(bundle: Path, tmp_path: Path) -> None:
    """Qt loads the bundle's smaller ICU data library in place of the wheel's: French and English
    collation and case mapping work, other locales fall back to the root order without an error."""
    import sys

    libraries = [path for path in (bundle / "_internal").rglob("libicudata.so.*") if not path.is_symlink()]
    assert len(libraries) == 1 and not libraries[0].is_symlink()
    assert libraries[0].stat().st_size < 12 * 1024 * 1024, "the ICU data was not reduced"
    result = subprocess.run(
        [sys.executable, "-c", ICU_PROBE],
        capture_output=True,
        text=True,
        env={**os.environ, "LD_PRELOAD": str(libraries[0]), "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0 and "collator" not in result.stderr.lower(), result.stderr
    expected = "abricot Eclair école été Œuf zèbre"
    assert result.stdout.splitlines() == [
        f"fr_FR {expected}",
        f"en_US {expected}",
        f"de_DE {expected}",
        "ÉTÉ ŒUF",
    ]
