"""PySide6's per-import check, made quicker, gives PySide6's own answers (editor/gui/feature_check.py)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import types

from editor.gui import feature_check

MODULES = ["editor.gui.mainwindow", "editor.model.policy", "json", "editor.gui.theme", "editor.native.sections"]


def test_the_quicker_check_agrees_with_pyside6() -> None:
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    original = getattr(original, "original", original)  # installed by an earlier start in this process
    for name in MODULES:
        module = importlib.import_module(name)
        assert feature_check.uses_pyside(module) == original(module), name
    assert feature_check.uses_pyside(sys) is None  # a builtin module: PySide6's own check answers


def test_a_module_without_a_source_file_is_left_to_pyside6() -> None:
    module = types.ModuleType("bundled")
    module.__file__ = "/nowhere/bundled.pyc"
    assert feature_check.uses_pyside(module) is None
    module.__file__ = "/nowhere/gone.py"
    assert feature_check.uses_pyside(module) is None


def test_installed_once_the_window_modules_import_without_reading_their_source() -> None:
    code = (
        "import inspect, json, sys\n"
        "from editor.gui import feature_check\n"
        "first, again = feature_check.install(), feature_check.install()\n"
        "read = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj: read.append(getattr(obj, '__name__', '?')) or real(obj)\n"
        "import editor.gui.mainwindow\n"
        "print(json.dumps([first, again, [name for name in read if name.startswith('editor')]]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    first, again, read = json.loads(result.stdout.strip().splitlines()[-1])
    assert first and not again
    assert read == []
