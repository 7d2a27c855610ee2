"""Build hook: the wheel carries the compiled translations (editor/resources/translations/*.qm).

Everything else about the package is declared in pyproject.toml. ``build_py`` compiles each
translations/*.ts with pyside6-lrelease when it is on hand and runs, else with editor/qm.py (pure Python,
same output), so building needs no Qt. ``POLICY_EDITOR_QM_COMPILER=python`` forces the latter.
An editable install compiles nothing: the app compiles the checkout's .ts into its cache folder.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _python_compiler() -> types.ModuleType:
    """editor/qm.py, loaded without importing the editor package (and its dependencies)."""
    spec = importlib.util.spec_from_file_location("_policy_editor_qm", ROOT / "editor" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


def _lrelease() -> str | None:
    if os.environ.get("POLICY_EDITOR_QM_COMPILER") == "python":
        return None
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_translations(out: Path) -> list[Path]:
    """Every translations/*.ts compiled into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    compiled = []
    for source in sorted((ROOT / "translations").glob("*.ts")):
        target = out / source.with_suffix(".qm").name
        try:
            if tool is None:
                raise FileNotFoundError("pyside6-lrelease")
            subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True)
            how = "pyside6-lrelease"
        except (OSError, subprocess.CalledProcessError):  # no tool, or one that cannot run here
            _python_compiler().compile_ts(source, target)
            how = "editor/qm.py"
        print(f"compiled {source.name} -> {target} ({how})")
        compiled.append(target)
    return compiled


class BuildWithTranslations(build_py):
    """build_py, then the .qm files next to the .ts files in the build folder."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            self._compiled = compile_translations(Path(self.build_lib) / "editor" / "resources" / "translations")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "_compiled", []))]


setup(cmdclass={"build_py": BuildWithTranslations})
