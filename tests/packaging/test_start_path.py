"""packaging/start_path.py: the modules a first paint imports, and the collection modes made of them."""

from __future__ import annotations

from pathlib import Path

import pytest
import start_path

from editor.assets import sample_policy


def test_each_start_module_is_loose_and_the_rest_of_its_packages_archived() -> None:
    tree = {"editor": ["editor.gui", "editor.gui.app", "editor.exporters", "editor.exporters.docx"], "typing": []}
    modes = start_path.collection_modes(
        ["editor", "editor.gui", "editor.gui.app", "typing"], lambda name: tree.get(name, [])
    )
    assert modes == {
        "editor": "pyc",
        "editor.gui": "pyc",
        "editor.gui.app": "pyc",
        "typing": "pyc",
        "editor.exporters": "pyz",
        "editor.exporters.docx": "pyz",
    }


def test_submodules_are_found_on_disk_without_extension_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "probe_package"
    (package / "inner").mkdir(parents=True)
    for relative in ("__init__.py", "first.py", "inner/__init__.py", "inner/second.py", "notes.txt"):
        (package / relative).write_text("", encoding="utf-8")
    (package / "native.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert sorted(start_path.submodules("probe_package")) == [
        "probe_package.first",
        "probe_package.inner",
        "probe_package.inner.second",
    ]
    assert start_path.submodules("probe_package.first") == []
    assert start_path.submodules("no_such_package_here") == []


@pytest.mark.slow
def test_the_first_paint_modules_are_measured_by_starting_the_app() -> None:
    modules = start_path.first_paint_modules(sample_policy())
    assert {"editor.gui.mainwindow", "PySide6.QtWidgets", "typing"} <= set(modules)
    assert "editor.exporters.docx" not in modules  # loaded when a user exports, not to paint the window
    assert not [name for name in modules if name.startswith(start_path.NOT_COLLECTED_PREFIXES)]


def test_a_start_that_fails_is_reported_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "python"
    broken.write_text("#!/bin/sh\necho 'no Qt here' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    with pytest.raises(start_path.MeasureError, match="no Qt here"):
        start_path.first_paint_modules(sample_policy(), python=str(broken))
    with pytest.raises(start_path.MeasureError, match="could not be started"):
        start_path.first_paint_modules(sample_policy(), python=str(tmp_path / "missing"))
