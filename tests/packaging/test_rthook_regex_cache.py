"""packaging/rthook_regex_cache.py: in a bundle, the compiled-pattern cache is in place before
PyInstaller's PySide6 hook imports PySide6, so PySide6's own patterns come from it too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOOK = ROOT / "packaging" / "rthook_regex_cache.py"

PROBE = f"""
import runpy
runpy.run_path({str(HOOK)!r})  # as the bundle runs it, first
from editor import regex_cache
cache = regex_cache._active
before = len(cache.used)
import PySide6.QtCore  # what PyInstaller's PySide6 hook then does
print(before, len(cache.used), cache.added)
"""


def _probe(home: Path) -> list[int]:
    env = {**os.environ, "POLICY_EDITOR_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return [int(word) for word in result.stdout.split()]


def test_pyside6s_patterns_are_compiled_once_then_taken_from_the_cache(tmp_path: Path) -> None:
    before, after, added = _probe(tmp_path)
    assert after > before and added >= after - before  # PySide6's import compiled patterns, through the cache
    assert (tmp_path / "cache" / "compiled-patterns.marshal").is_file()  # written at exit
    before, after, added = _probe(tmp_path)
    assert after > before and added == 0  # the next start builds them from the file


def test_the_spec_runs_the_hook_before_pyinstallers_own() -> None:
    spec = (ROOT / "packaging" / "policy-editor.spec").read_text(encoding="utf-8")
    assert 'runtime_hooks=[str(Path(SPECPATH) / "rthook_regex_cache.py")]' in spec  # custom hooks run first
