"""The user interface language: Qt translations compiled from translations/*.ts.

The ``.ts`` files are the sources; compiled ``.qm`` files are never committed. Where they come from:

- an installed wheel: ``editor/resources/translations/*.qm``, compiled by the wheel build (setup.py);
- the PyInstaller bundle (and the .deb made from it): ``resources/translations/*.qm``, compiled by
  ``packaging/build.py bundle``;
- a checkout: the ``.ts`` is compiled once into the cache folder (platformdirs), at first start or
  by ``python -m editor.gui.i18n build``, never into the source tree or an installed package.

Compiling uses pyside6-lrelease when it is there, else :mod:`editor.qm` (same output, no Qt tools).
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from editor.assets import resource
from editor.paths import cache_dir

BASENAME = "policy_editor"
log = logging.getLogger(__name__)
_ARG = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill ``%1``, ``%2``... of a translated text in one pass (Qt's QString::arg, which PySide6
    does not offer): a value that itself holds ``%2`` is left as it is."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _ARG.sub(fill, text)


def checkout_translations() -> Path:
    """translations/ of the checkout this module runs from (it may not exist: a wheel, a bundle)."""
    return source_root() / "translations"


def translations_dirs() -> list[Path]:
    return [folder for folder in (checkout_translations(), resource("translations")) if folder.is_dir()]


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    bundled = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / "lrelease"
    return str(bundled) if bundled.exists() else None


def compile_ts(source: Path, target: Path) -> Path:
    """``source`` (.ts) compiled into ``target`` (.qm): pyside6-lrelease when present, else editor.qm."""
    import subprocess  # compiling, hashing and running tools: imported when needed, not at start-up

    from editor import qm

    tool = _lrelease()
    if tool is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(
                [tool, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True, timeout=60
            )
            if target.exists():
                return target
        except (OSError, subprocess.SubprocessError):
            pass  # a broken tool: the Python writer below does the same job
    return qm.compile_ts(source, target)


def _cached(source: Path) -> Path:
    """The cache file for ``source``, named by its size and modification time, so any edit (or a
    branch switch, which rewrites the file) recompiles; a stat, not a hash of 200 kB at each start."""
    status = source.stat()
    return cache_dir() / "translations" / f"{source.stem}-{status.st_size}-{status.st_mtime_ns}.qm"


def compiled_translation(language: str) -> Path | None:
    """The .qm file for ``language`` ("fr"), compiling the checkout's .ts when needed; None if there is none."""
    for folder in translations_dirs():
        source = folder / f"{BASENAME}_{language}.ts"
        shipped = source.with_suffix(".qm")
        if folder != checkout_translations() and shipped.exists():
            return shipped  # a wheel or a bundle: compiled when it was built
        if not source.exists():
            continue
        if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
            return shipped  # compiled by hand in the checkout (pyside6-lrelease translations/*.ts)
        try:
            cached = _cached(source)
            if not cached.exists():
                for stale in cached.parent.glob(f"{source.stem}-*.qm"):
                    stale.unlink(missing_ok=True)
                compile_ts(source, cached)
        except (OSError, ValueError):  # ValueError: editor.qm.QmError, a .ts it cannot compile
            return None
        return cached
    return None


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_fr.qm) are: Qt's configured folder, else the PySide6
    package's (the wheel layout, which the PyInstaller bundle keeps)."""
    import PySide6

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return [folder for folder in folders if folder.is_dir()]


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the UI translation for ``locale`` (default: the system's) and Qt's own dialogs' texts.

    English has a translation file too: it holds the plural forms ("1 word", "2 words")."""
    locale = locale or QLocale.system()
    language = QLocale.languageToCode(locale.language()).lower()
    installed: list[QTranslator] = []
    for folder in qt_translations_dirs():
        qt_translator = QTranslator(app)
        if qt_translator.load(locale, "qtbase", "_", str(folder)):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
            break
    # Languages without a translation get the English one (it holds the plural forms).
    compiled = compiled_translation(language) or compiled_translation("en")
    if compiled is not None:
        translator = QTranslator(app)
        if translator.load(str(compiled)):
            app.installTranslator(translator)
            installed.append(translator)
    log.info("interface language %s: %s", locale.name(), ", ".join(t.filePath() for t in installed) or "none")
    return installed


class Retranslated:
    """Mixin (listed before the Qt class) for a widget whose ``retranslate_ui()`` sets all its texts:
    it runs again on Qt's LanguageChange, so a language switch reaches a window or dialog left open."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


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
    import subprocess

    files = ts_files or sorted((source_root() / "translations").glob(f"{BASENAME}_*.ts"))
    done = subprocess.run(lupdate_command(files, ("-no-obsolete",)), check=True, capture_output=True, text=True)
    return done.stdout


def languages() -> list[str]:
    """The languages with a translation: "en", "fr"..."""
    found = {path.stem.rsplit("_", 1)[1] for folder in translations_dirs() for path in folder.glob(f"{BASENAME}_*.ts")}
    found |= {path.stem.rsplit("_", 1)[1] for folder in translations_dirs() for path in folder.glob(f"{BASENAME}_*.qm")}
    return sorted(found)


def build() -> list[Path]:
    """Compile every translation now (as the first start would), into the cache for a checkout."""
    built = []
    for language in languages():
        compiled = compiled_translation(language)
        if compiled is None:
            raise OSError(f"{BASENAME}_{language}.ts could not be compiled")
        built.append(compiled)
    return built


USAGE = "usage: python -m editor.gui.i18n update [LANG ...] | add LANG | build"


def main(argv: list[str] | None = None) -> int:
    """``python -m editor.gui.i18n update [LANG ...]``: run lupdate; ``add LANG``: start a new language;
    ``build``: compile the .qm files into the cache folder."""
    import subprocess

    from editor.qm import QmError

    args = list(sys.argv[1:] if argv is None else argv)
    folder = checkout_translations()
    if not args or args[0] not in ("update", "add", "build") or (args[0] == "add" and len(args) != 2):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        if args[0] == "build":
            for path in build():
                print(path)
            return 0
        files = [folder / f"{BASENAME}_{language}.ts" for language in args[1:]] or None
        print(update(files), end="")
    except (OSError, subprocess.CalledProcessError, QmError) as error:
        print(f"i18n: {args[0]} failed: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
