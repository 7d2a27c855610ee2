"""Which Python modules the bundle keeps as loose bytecode files: those its window's first paint imports.

PyInstaller keeps a bundle's Python modules in one archive (PYZ) with each module zlib-compressed
and read by its own importer: every start inflates every module it imports (about 60 M
instructions of zlib alone before the first paint, a twentieth of the work). Loose ``.pyc``
files are read by Python's own importer without inflating, but take about three times the space,
and the bundle has a size target. So only the modules imported before the window first paints are
kept loose (about 250, 3.4 MB); everything else (exporters, importers, dialogs, the rest of the
standard library) stays in the compressed archive.

The list is measured, not written down: :func:`first_paint_modules` starts the app from source
with the start-up marks on (``POLICY_EDITOR_STARTUP_MARKS=modules``), so it follows the code as it
changes. :func:`collection_modes` turns it into PyInstaller's ``module_collection_mode``.
"""

from __future__ import annotations

import importlib.util
import os
import pkgutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

#: Imported before the first paint but not from the archive or loose files: PyInstaller's own
#: start-up and shiboken's support modules (shipped as files, see pyside_support.py).
NOT_COLLECTED_PREFIXES = ("__main__", "__editable__", "_distutils_hack", "shibokensupport", "PySide6.support")


class MeasureError(Exception):
    """The app could not be started to list its first-paint modules; the message says why."""


def first_paint_modules(policy: Path, python: str = sys.executable) -> list[str]:
    """The modules the app has imported when its window first paints, opening ``policy``
    offscreen with a throwaway settings folder."""
    with tempfile.TemporaryDirectory(prefix="start-path-") as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            POLICY_EDITOR_HOME=home,
            POLICY_EDITOR_STARTUP_MARKS="modules",
        )
        try:
            done = subprocess.run(
                [python, "-m", "editor", str(policy)], capture_output=True, text=True, env=env, timeout=180, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise MeasureError(f"the app could not be started on {policy}: {error}") from error
    for line in done.stdout.splitlines():
        if line.startswith("modules "):
            return [name for name in line.split()[1:] if not name.startswith(NOT_COLLECTED_PREFIXES)]
    reason = (done.stderr.strip().splitlines() or ["no modules line printed"])[-1]
    raise MeasureError(f"the app did not report its first paint on {policy}: {reason}")


def submodules(package: str) -> list[str]:
    """Every Python module under ``package`` (found on disk, nothing imported but its parents;
    extension modules left out: the collection mode is for bytecode); [] for a plain module or
    one that cannot be found."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    found: list[str] = []
    for info in pkgutil.iter_modules(list(spec.submodule_search_locations), prefix=f"{package}."):
        if info.ispkg:
            found.append(info.name)
            found.extend(submodules(info.name))
        elif _is_source(info):
            found.append(info.name)
    return found


def _is_source(info: pkgutil.ModuleInfo) -> bool:
    folder = getattr(info.module_finder, "path", None)
    return folder is not None and (Path(folder) / f"{info.name.rpartition('.')[2]}.py").is_file()


def collection_modes(start: Iterable[str], below: Callable[[str], Iterable[str]] = submodules) -> dict[str, str]:
    """PyInstaller's ``module_collection_mode``: ``pyc`` (loose bytecode) for each module in
    ``start``, ``pyz`` (the archive) for the other modules of their packages: a package's mode
    would otherwise apply to everything under it."""
    loose = set(start)
    modes = dict.fromkeys(sorted(loose), "pyc")
    for package in sorted(loose):
        for name in below(package):
            if name not in loose:
                modes[name] = "pyz"
    return modes
