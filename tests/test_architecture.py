"""Layer rules: the core never imports Qt, and each layer imports only what it may.

Shaped like qutebrowser's ``scripts/dev/misc_checks.py``: each rule is a checker that yields one
``path:line: problem`` per offence, and one parametrized test runs them all. The rules:

- only ``editor/gui`` imports Qt, and importing the core pulls no Qt in;
- ``editor/gui`` does not import ``editor.exporters`` (it goes through ``editor.export_service``);
- importers import neither ``editor.render`` nor ``editor.exporters``;
- no exporter imports another exporter module's private (``_name``) names;
- no import cycle anywhere in ``editor/`` (imports inside functions and ``TYPE_CHECKING`` blocks count).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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


# -- layer rules (qutebrowser misc_checks shape) ---------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(EDITOR.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {_module_name(path): path for path in EDITOR.rglob("*.py")}


def _import_nodes(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """Every import of the module, anywhere in it: (line, imported module, names taken from it)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module, [alias.name for alias in node.names]


def _targets(module: str, names: list[str]) -> set[str]:
    """The editor modules an import reaches: ``from editor.a import b`` is ``editor.a.b`` when that is a module."""
    found = {f"{module}.{name}" for name in names if f"{module}.{name}" in MODULES}
    if module in MODULES and (len(found) < len(names) or not names):
        found.add(module)
    return found


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(EDITOR.parent)}:{line}"


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _forbidden(importer: str, imported: tuple[str, ...], reason: str) -> Callable[[], Iterator[str]]:
    def check() -> Iterator[str]:
        for name, path in MODULES.items():
            if not _in(name, importer):
                continue
            for line, module, names in _import_nodes(path):
                for target in _targets(module, names) | {module}:
                    if any(_in(target, package) for package in imported):
                        yield f"{_where(path, line)}: imports {target}: {reason}"

    check.__name__ = f"check_{importer.split('.')[-1]}_imports"
    return check


check_gui_imports = _forbidden(
    "editor.gui", ("editor.exporters",), "the GUI goes through editor.export_service, never an exporter"
)
check_importer_imports = _forbidden(
    "editor.importers", ("editor.render", "editor.exporters"), "importers read files into a Policy, nothing else"
)


def check_exporter_privates() -> Iterator[str]:
    """No exporter module takes another exporter module's private names."""
    for name, path in MODULES.items():
        if not _in(name, "editor.exporters"):
            continue
        for line, module, names in _import_nodes(path):
            if _in(module, "editor.exporters") and module != name:
                for private in (n for n in names if n.startswith("_") and not n.startswith("__")):
                    yield f"{_where(path, line)}: takes {module}.{private}, a private name of another exporter"


def import_graph() -> dict[str, set[str]]:
    """Editor module -> the editor modules it imports (anywhere in it)."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets: set[str] = set()
        for _line, module, names in _import_nodes(path):
            if _in(module, "editor"):
                targets |= _targets(module, names)
        graph[name] = targets - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def check_import_cycles() -> Iterator[str]:
    for cycle in import_cycles(import_graph()):
        yield "import cycle: " + " -> ".join(cycle)


CHECKS = (check_gui_imports, check_importer_imports, check_exporter_privates, check_import_cycles)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_layer_rule(check: Callable[[], Iterator[str]]) -> None:
    problems = list(check())
    assert not problems, "\n".join(problems)


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_the_rules_see_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from editor.gui.document.document import Document\n"
        "def f():\n    from editor.exporters.html import _safe_css\n",
        encoding="utf-8",
    )
    found = list(_import_nodes(source))
    assert (3, "editor.gui.document.document", ["Document"]) in found
    assert (5, "editor.exporters.html", ["_safe_css"]) in found
    assert _targets("editor.exporters", ["html", "EXPORTERS"]) == {"editor.exporters.html", "editor.exporters"}
