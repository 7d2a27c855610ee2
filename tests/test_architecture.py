"""The core never imports Qt: only editor/gui may, and importing the core pulls no Qt in."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

EDITOR = Path(__file__).resolve().parent.parent / "editor"


def _imports(path: Path, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in tree.body if top_level_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_gui_imports_qt() -> None:
    offenders = []
    for path in EDITOR.rglob("*.py"):
        if "gui" in path.relative_to(EDITOR).parts:
            continue
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(EDITOR.parent)} imports {name}")
        # The CLI may start the GUI, but only from inside a function (a lazy import).
        for name in _imports(path, top_level_only=True):
            if name.startswith("editor.gui"):
                offenders.append(f"{path.relative_to(EDITOR.parent)} imports {name} at module level")
    assert not offenders, "\n".join(offenders)


def test_import_core_pulls_no_qt() -> None:
    modules = [
        "editor",
        "editor.model",
        "editor.native",
        "editor.render",
        "editor.importers",
        "editor.exporters",
        "editor.typography",
        "editor.cli",
    ]
    code = (
        "import importlib, pkgutil, sys\n"
        "import editor\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "for info in pkgutil.walk_packages(editor.__path__, 'editor.'):\n"
        "    if not info.name.startswith(('editor.gui', 'editor.__main__')):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", "Qt was loaded by the core: " + result.stdout


def test_every_module_has_a_docstring() -> None:
    missing = []
    for path in EDITOR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if tree.body and ast.get_docstring(tree) is None:
            missing.append(str(path.relative_to(EDITOR.parent)))
    assert not missing, "modules without a docstring: " + ", ".join(missing)
