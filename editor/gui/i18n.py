"""The user interface language: Qt translations compiled from translations/*.ts.

The ``.ts`` files are the sources (translations/ in a checkout, ``editor/resources/translations``
in a bundle). Compiled ``.qm`` files are not committed: a ``.qm`` next to the ``.ts`` (built by
``pyside6-lrelease translations/*.ts``, as packaging does) is used when it is up to date, else
the ``.ts`` is compiled once with pyside6-lrelease into the cache folder.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.assets import resource
from editor.paths import cache_dir

BASENAME = "policy_editor"
_ARG = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill ``%1``, ``%2``... of a translated text in one pass (Qt's QString::arg, which PySide6
    does not offer): a value that itself holds ``%2`` is left as it is."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _ARG.sub(fill, text)


def translations_dirs() -> list[Path]:
    checkout = Path(__file__).resolve().parents[2] / "translations"
    return [folder for folder in (checkout, resource("translations")) if folder.is_dir()]


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    bundled = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / "lrelease"
    return str(bundled) if bundled.exists() else None


def compiled_translation(language: str) -> Path | None:
    """The .qm file for ``language`` ("fr"), compiling the .ts when needed; None if there is none."""
    for folder in translations_dirs():
        source = folder / f"{BASENAME}_{language}.ts"
        beside = source.with_suffix(".qm")
        if not source.exists():
            if beside.exists():  # an installed bundle ships the compiled .qm only
                return beside
            continue
        if beside.exists() and beside.stat().st_mtime >= source.stat().st_mtime:
            return beside
        cached = cache_dir() / "translations" / beside.name
        if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
            return cached
        tool = _lrelease()
        if tool is None:
            return None
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [tool, "-silent", str(source), "-qm", str(cached)], check=True, capture_output=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return cached if cached.exists() else None
    return None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the UI translation for ``locale`` (default: the system's) and Qt's own dialogs' texts.

    English has a translation file too: it holds the plural forms ("1 word", "2 words")."""
    locale = locale or QLocale.system()
    language = QLocale.languageToCode(locale.language()).lower()
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # Languages without a translation get the English one (it holds the plural forms).
    qm = compiled_translation(language) or compiled_translation("en")
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


_installed: list[QTranslator] = []


def switch_language(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Replace the UI translation at run time: every widget gets a LanguageChange event and
    retranslates itself (windows, dialogs and menus implement ``changeEvent``)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = install_translators(app, locale)
    return list(_installed)


def _tool(name: str) -> str | None:
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def source_root() -> Path:
    """The checkout this module runs from (update needs the sources, not a bundle)."""
    return Path(__file__).resolve().parents[2]


def lupdate_command(ts_files: list[Path], extra: tuple[str, ...] = ()) -> list[str]:
    """pyside6-lupdate over every tr() in editor/gui and the core's catalogue, into ``ts_files``."""
    tool = _tool("lupdate")
    if tool is None:
        raise FileNotFoundError("pyside6-lupdate is not installed (pip install PySide6-Essentials)")
    root = source_root()
    sources = [str(root / "editor" / "gui"), str(root / "editor" / "catalogue.py")]
    return [tool, *extra, "-extensions", "py", *sources, "-ts", *map(str, ts_files)]


def update(ts_files: list[Path] | None = None) -> str:
    """Bring the .ts files up to date with the code (new strings unfinished, removed ones dropped)."""
    files = ts_files or sorted((source_root() / "translations").glob(f"{BASENAME}_*.ts"))
    done = subprocess.run(lupdate_command(files, ("-no-obsolete",)), check=True, capture_output=True, text=True)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    """``python -m editor.gui.i18n update [LANG ...]``: run lupdate; ``add LANG``: start a new language."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = source_root() / "translations"
    if not args or args[0] not in ("update", "add") or (args[0] == "add" and len(args) != 2):
        print("usage: python -m editor.gui.i18n update [LANG ...] | add LANG", file=sys.stderr)
        return 2
    files = [folder / f"{BASENAME}_{language}.ts" for language in args[1:]] or None
    try:
        print(update(files), end="")
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"i18n: lupdate failed: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
