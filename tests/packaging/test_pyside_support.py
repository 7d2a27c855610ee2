"""packaging/pyside_support.py: shiboken's support modules unpacked and compiled, and used.

The end-to-end test imports shiboken6 from a copy of its package with the unpacked folder beside
it, as the bundle has it, and checks the support modules came from that folder's bytecode.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pyside_support
import pytest

pytestmark = pytest.mark.slow

SHIBOKEN = pyside_support.shiboken_folder()


def _flags(pyc: Path) -> int:
    """The PEP 552 flags word of a compiled file: 1 = hash-based, not checked against the source."""
    return int.from_bytes(pyc.read_bytes()[4:8], "little")


def test_the_support_modules_are_unpacked_and_compiled(tmp_path: Path) -> None:
    target = tmp_path / pyside_support.FOLDER_NAME
    compiled = pyside_support.unpack(target)
    sources = sorted(target.rglob("*.py"))
    assert (target / "shibokensupport" / "signature" / "loader.py") in sources
    assert len(compiled) == len(sources) >= 10
    for source in sources:
        pyc = Path(importlib.util.cache_from_source(str(source)))
        assert pyc in compiled, f"{source.name} not compiled"
        assert _flags(pyc) == 1, f"{pyc.name}: not unchecked-hash bytecode"


def test_unpacking_again_replaces_the_folder(tmp_path: Path) -> None:
    target = tmp_path / pyside_support.FOLDER_NAME
    pyside_support.unpack(target)
    (target / "left-over.txt").write_text("from an older PySide6", encoding="utf-8")
    pyside_support.unpack(target)
    assert not (target / "left-over.txt").exists()


def test_shiboken_imports_its_support_modules_from_the_compiled_folder(tmp_path: Path) -> None:
    """A copy of the shiboken6 package with the folder beside its module: the support modules are
    read from there, compiled (the bytecode is what is read; no source is compiled)."""
    copy = tmp_path / "site"
    shutil.copytree(SHIBOKEN, copy / "shiboken6", ignore=shutil.ignore_patterns(pyside_support.FOLDER_NAME))
    assert not pyside_support.is_unpacked(copy / "shiboken6")
    pyside_support.unpack(copy / "shiboken6" / pyside_support.FOLDER_NAME)
    assert pyside_support.is_unpacked(copy / "shiboken6")
    probe = f"""if True:
        import builtins, sys
        compiled = []
        real = builtins.compile
        def recording(source, name, *args, **kwargs):
            compiled.append(str(name))
            return real(source, name, *args, **kwargs)
        builtins.compile = recording
        sys.path.insert(0, {str(copy)!r})
        import shiboken6
        builtins.compile = real
        loader = sys.modules["shibokensupport.signature.loader"]
        print(shiboken6.__file__)
        print(loader.__spec__.origin)
        print(type(loader.__spec__.loader).__name__)
        print(",".join(name for name in compiled if "shibokensupport" in name))
    """
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    module, origin, loader, compiled = (done.stdout.splitlines() + [""])[:4]
    assert Path(module).parent == copy / "shiboken6"
    assert (
        Path(origin) == copy / "shiboken6" / pyside_support.FOLDER_NAME / "shibokensupport" / "signature" / "loader.py"
    )
    assert loader == "SourceFileLoader"  # Python's own import, which reads the bytecode
    assert compiled == ""  # nothing compiled from source at this start


def test_a_failure_to_unpack_names_the_folder_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pyside_support, "_UNPACK", "raise SystemExit('shiboken6 has no embedded files here')")
    target = tmp_path / pyside_support.FOLDER_NAME
    with pytest.raises(pyside_support.UnpackError, match="shiboken6 has no embedded files here") as raised:
        pyside_support.unpack(target)
    assert str(target) in str(raised.value)
    assert not target.exists()
