"""PySide6's support modules as compiled files, so that no start of the app compiles them.

PySide6's wheels are built for Python's stable ABI, so libshiboken carries its Python support
modules (the signature parser, the .pyi generator, the ``__feature__`` switch: 14 modules, 130 kB)
as zipped *source*, and compiles them at every ``import PySide6``: 20-35 ms of each start-up on
our machines, before any of our code runs. When a folder ``files.dir`` sits next to the shiboken6
module, shiboken imports them from there with Python's ordinary import, which reads compiled
bytecode instead. PySide6 writes that folder itself when asked (``SBK_EMBED=0``; ``SBK_EMBED=1``
removes it), and Debian's own PySide packages install it.

- ``packaging/build.py bundle`` unpacks them into ``build/packaging/`` and the bundle ships them
  compiled (``policy-editor.spec``), so the installers' app never compiles them.
- ``python packaging/pyside_support.py`` does the same for the virtual environment it runs in
  (a pip install, a developer's venv before running the start-up benchmark). The folder is not
  part of shiboken6's wheel: after upgrading PySide6, run it again (or ``SBK_EMBED=1``).

The bytecode is compiled "unchecked-hash" (PEP 552): valid whatever the files' dates become when
PyInstaller or an installer copies them.
"""

from __future__ import annotations

import compileall
import importlib.util
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

FOLDER_NAME = "files.dir"

# Run in a fresh interpreter: importing shiboken6 defines signature_bootstrap, whose
# reincarnate_files() is what SBK_EMBED=0 calls; here it writes to the folder given.
_UNPACK = """
import sys
from pathlib import Path
import shiboken6
import signature_bootstrap
sys.exit(0 if signature_bootstrap.reincarnate_files(Path(sys.argv[1])) else 1)
"""


class UnpackError(Exception):
    """The support modules could not be unpacked; the message says why."""


def shiboken_folder() -> Path:
    """The installed shiboken6 package's folder (found without importing it)."""
    spec = importlib.util.find_spec("shiboken6")
    if spec is None or not spec.submodule_search_locations:
        raise UnpackError("shiboken6 is not installed in this Python")
    return Path(next(iter(spec.submodule_search_locations)))


def unpack(target: Path, python: str = sys.executable) -> list[Path]:
    """Write the support modules' sources into ``target`` (replaced if present) and compile
    them; returns the compiled files. Raises :class:`UnpackError` with the reason."""
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([python, "-c", _UNPACK, str(target)], capture_output=True, text=True, check=False)
    if done.returncode != 0 or not (target / "shibokensupport").is_dir():
        shutil.rmtree(target, ignore_errors=True)
        reason = (done.stderr.strip().splitlines() or ["no folder written"])[-1]
        raise UnpackError(f"PySide6's support modules could not be unpacked into {target}: {reason}")
    return compile_folder(target)


def compile_folder(folder: Path) -> list[Path]:
    """Compile every ``.py`` under ``folder`` to unchecked-hash bytecode in ``__pycache__``."""
    mode = py_compile.PycInvalidationMode.UNCHECKED_HASH
    if not compileall.compile_dir(str(folder), quiet=1, force=True, invalidation_mode=mode):
        raise UnpackError(f"the support modules in {folder} do not compile")
    return sorted(folder.rglob("__pycache__/*.pyc"))


def is_unpacked(shiboken: Path) -> bool:
    """Whether shiboken in ``shiboken`` loads its support modules from files (see the docstring)."""
    return (shiboken / FOLDER_NAME / "shibokensupport" / "signature" / "loader.py").is_file()


def main() -> int:
    try:
        target = shiboken_folder() / FOLDER_NAME
        compiled = unpack(target)
    except (UnpackError, OSError) as error:
        print(f"pyside_support: {error}", file=sys.stderr)
        return 1
    print(f"pyside_support: {len(compiled)} support modules compiled in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
