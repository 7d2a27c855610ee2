"""What goes into the one-folder bundle: the exclusion rules the PyInstaller spec applies.

PyInstaller's PySide6 hooks collect every Qt plugin and translation of the wheel, and the
binaries those pull in. The editor needs far less: the rules below are data (a pattern per line)
and :func:`prune_toc` applies them, then drops the shared libraries nothing kept still needs
(the GTK theme plugin alone drags cairo, pango and gdk-pixbuf in).
"""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

#: Python modules never imported by the application (tests, build tools, unused Qt modules).
EXCLUDED_MODULES = [
    *(
        f"PySide6.{name}"
        for name in (
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "QtQml",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtQuickTest",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "Qt3DCore",
            "Qt3DRender",
            "Qt3DExtras",
            "QtCharts",
            "QtPdf",
            "QtPdfWidgets",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtSql",
            "QtTest",
            "QtOpenGLWidgets",
            # nothing imports it, but PySide6's package hook would bring it, its TLS plugins and Kerberos
            # (5 MB): a feature that needs QtNetwork must take it off this list
            "QtNetwork",
        )
    ),
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "PyInstaller",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.html.diff",
    "lxml.html._difflib",
    "tests",
    # optional imports of the dependencies and interactive tools a GUI never uses
    "pygments",  # Markdown's codehilite extension, which we do not enable
    "readline",
    "pydoc",
    "pydoc_data",
    "pdb",
    "doctest",
    # nothing starts processes from Python (asyncio, through jeepney, brings concurrent.futures, whose
    # process pool is never used); collected, multiprocessing makes PyInstaller import it, pickle and
    # socket at every start (its runtime hook): about 30 M instructions before the first paint
    "multiprocessing",
    "concurrent.futures.process",
]

#: Bundle paths (as PyInstaller names them, "/" separated) left out on every OS.
EXCLUDED_PATHS = [
    # Qt plugins a desktop widgets app does not load (embedded displays, VNC, input devices, network status)
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/platforms/*eglfs*",
    "PySide6/Qt/plugins/platforms/*linuxfb*",
    "PySide6/Qt/plugins/platforms/*minimal*",
    "PySide6/Qt/plugins/platforms/*vkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/*vnc*",
    "PySide6/Qt/plugins/wayland-shell-integration/*ivi-shell*",
    "PySide6/Qt/plugins/wayland-shell-integration/*fullscreen-shell*",
    "PySide6/Qt/plugins/wayland-graphics-integration-client/*vulkan*",
    "PySide6/Qt/lib/libQt6EglF[Ss]*",
    "libQt6EglF[Ss]*",
    # the GTK theme needs the system's GTK 3 and would mix it with bundled cairo/pango; the portal theme stays
    "PySide6/Qt/plugins/platformthemes/*gtk3*",
    # image formats nobody puts in a policy
    "PySide6/Qt/plugins/imageformats/*qtga*",
    "PySide6/Qt/plugins/imageformats/*qwbmp*",
    "PySide6/Qt/plugins/imageformats/*qtiff*",
    # the unpacked source of python-docx's default.docx, which is what python-docx opens
    "docx/templates/default-docx-template/*",
    # development files of the dependencies
    "*.h",
    "*.pxd",
    "*.pyx",
    "*.pxi",
    "*.pyi",
]

#: Excluded only where the format has no use (icns is the macOS icon format).
EXCLUDED_PATHS_BY_OS = {
    "linux": ["PySide6/Qt/plugins/imageformats/*qicns*"],
    "win32": ["PySide6/Qt/plugins/imageformats/*qicns*"],
    "darwin": [],
}

#: Libraries the PySide6 wheel itself takes from the system (a pip install needs them too): a bundled copy
#: would be the build machine's, mixed with the user's configuration (fontconfig reading a newer
#: fonts.conf, X11 and D-Bus talking to the user's servers). The .deb depends on their packages and the
#: README lists them for the bundle. Only libraries collected as dependencies match, never Qt's own.
SYSTEM_LIBRARIES = [
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libxcb.so.*",
    "libxcb-*.so.*",
    "libxkbcommon.so.*",
    "libxkbcommon-x11.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libpng16.so.*",
    "libbrotli*.so.*",
    "libexpat.so.*",
    "libz.so.*",
    "libglib-2.0.so.*",
    "libgobject-2.0.so.*",
    "libgio-2.0.so.*",
    "libgmodule-2.0.so.*",
    "libgthread-2.0.so.*",
    "libpcre2-8.so.*",
    "libdbus-1.so.*",
    "libsystemd.so.*",
    "libgcrypt.so.*",
    "libgpg-error.so.*",
    "libzstd.so.*",
    "liblz4.so.*",
    "libcap.so.*",
    "libbsd.so.*",
    "libmd.so.*",
]

QT_TRANSLATIONS = "PySide6/Qt/translations/"
#: pyspellchecker's word lists (one ``LANG.json.gz`` per language): the ones we check spelling in.
SPELLING_DICTIONARIES = "spellchecker/resources/"


def resource_files(resources: Path) -> list[Path]:
    """Our resources the bundle carries (relative to resources/): all but the README pictures and scripts."""
    return sorted(
        path.relative_to(resources)
        for path in resources.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".py", ".pyc"}
        and path.relative_to(resources).parts[0] != "screenshots"
    )


def shipped_languages(translations: Path) -> list[str]:
    """Languages of our own UI translations (translations/policy_editor_LANG.ts)."""
    return sorted(path.stem.rsplit("_", 1)[1] for path in translations.glob("policy_editor_*.ts"))


def excluded(dest: str, languages: Iterable[str], platform: str = sys.platform) -> bool:
    """True when the bundle path ``dest`` is left out."""
    dest = dest.replace("\\", "/")
    if dest.startswith(QT_TRANSLATIONS):
        # Qt's own texts (standard dialogs, context menus) for the languages we translate, nothing else
        return Path(dest).name not in {f"qtbase_{language}.qm" for language in languages}
    if dest.startswith(SPELLING_DICTIONARIES):
        return Path(dest).name not in {f"{language}.json.gz" for language in languages}
    patterns = EXCLUDED_PATHS + EXCLUDED_PATHS_BY_OS.get(platform, [])
    return any(fnmatch.fnmatchcase(dest, pattern) for pattern in patterns)


Entry = tuple[str, str, str]  # (bundle path, source path, type code), as in a PyInstaller TOC


def _reachable(kept: list[Entry], needed: Callable[[str], Iterable[str]]) -> set[str]:
    """Names of the bundled shared libraries that the kept entry points load, directly or not."""
    by_name: dict[str, list[Entry]] = {}
    for entry in kept:
        by_name.setdefault(Path(entry[0]).name, []).append(entry)
    roots = [entry for entry in kept if not _is_dependency(entry)]
    seen: set[str] = set()
    todo = [entry[1] for entry in roots if entry[2] != "SYMLINK"]
    done: set[str] = set()
    while todo:
        source = todo.pop()
        if source in done:
            continue
        done.add(source)
        for name in needed(source):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.extend(entry[1] for entry in by_name[name] if entry[2] != "SYMLINK")
    return seen


#: Folders of shared libraries that are there for others to link to (not loaded by name like plugins).
LIBRARY_FOLDERS = ("", "PySide6/Qt/lib")


def _is_dependency(entry: Entry) -> bool:
    """A shared library collected because something else links to it (Linux): kept only if still needed."""
    dest, _source, kind = entry
    path = Path(dest.replace("\\", "/"))
    folder = "" if path.parent == Path(".") else path.parent.as_posix()
    return kind == "BINARY" and folder in LIBRARY_FOLDERS and not path.name.startswith("libpython")


def _is_system_library(dest: str) -> bool:
    return any(fnmatch.fnmatchcase(Path(dest).name, pattern) for pattern in SYSTEM_LIBRARIES)


def prune_toc(
    entries: list[Entry],
    languages: Iterable[str],
    needed: Callable[[str], Iterable[str]] | None = None,
    platform: str = sys.platform,
) -> tuple[list[Entry], list[str]]:
    """The entries to keep and the bundle paths left out.

    With ``needed`` (source path -> names of the libraries it links to), shared libraries in
    LIBRARY_FOLDERS that no kept binary needs any more are left out too (Linux only)."""
    languages = list(languages)
    kept = [entry for entry in entries if not excluded(entry[0], languages, platform)]
    if platform.startswith("linux"):
        kept = [entry for entry in kept if not (_is_dependency(entry) and _is_system_library(entry[0]))]
    if needed is not None and platform.startswith("linux"):
        reachable = _reachable(kept, needed)
        kept = [entry for entry in kept if not _is_dependency(entry) or Path(entry[0]).name in reachable]
    kept_paths = {entry[0] for entry in kept}
    dropped = sorted(entry[0] for entry in entries if entry[0] not in kept_paths)
    return kept, dropped


def prune(
    binaries: list[Entry],
    datas: list[Entry],
    languages: Iterable[str],
    needed: Callable[[str], Iterable[str]] | None = None,
    platform: str = sys.platform,
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Apply the rules to an Analysis' binaries and datas; also drop links to what was left out."""
    binaries, dropped = prune_toc(binaries, languages, needed, platform)
    datas, dropped_datas = prune_toc(datas, languages, None, platform)
    present = {entry[0].replace("\\", "/") for entry in binaries + datas if entry[2] != "SYMLINK"}

    def target_kept(entry: Entry) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = (Path(entry[0]).parent / entry[1]).as_posix()
        return target.removeprefix("./") in present

    dangling = [entry[0] for entry in binaries + datas if not target_kept(entry)]
    binaries = [entry for entry in binaries if target_kept(entry)]
    datas = [entry for entry in datas if target_kept(entry)]
    return binaries, datas, sorted(dropped + dropped_datas + dangling)


def linked_libraries(path: str) -> list[str]:
    """The shared libraries ``path`` links to (PyInstaller's own ELF/Mach-O/PE reader)."""
    from PyInstaller.depend import bindepend

    try:
        return [name for name, _resolved in bindepend.get_imports(path)]
    except Exception:  # noqa: BLE001 - not a binary PyInstaller can read: it links to nothing we track
        return []
