"""The command table: subcommands are listed from it and imported only when they run."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from editor.cli import COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=[command.name for command in COMMANDS])
def test_the_table_says_what_each_module_says(command) -> None:
    module = importlib.import_module(command.module)
    assert (command.name, command.help) == (module.NAME, module.HELP)
    assert callable(module.add_arguments) and callable(module.run)


def test_the_cli_folder_has_no_command_missing_from_the_table() -> None:
    from pathlib import Path

    import editor.cli

    folder = Path(editor.cli.__file__).parent
    defining = {
        f"editor.cli.{path.stem}" for path in folder.glob("*.py") if "\nNAME = " in path.read_text(encoding="utf-8")
    }
    assert defining == {command.module for command in COMMANDS}


def _child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)


HELP_THEN_MODULES = """
import sys
from editor.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
names = [name for name in sys.modules if name.startswith("editor.cli.") or name == "importlib.metadata"]
print("MODULES", *sorted(names))
"""


def test_help_lists_every_command_without_importing_any() -> None:
    result = _child(HELP_THEN_MODULES, "--help")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for command in COMMANDS:
        assert f"  {command.name:<10} {command.help}" in out
    loaded = out.split("MODULES", 1)[1].split()
    assert loaded == [], loaded


def test_a_command_imports_its_own_module_only() -> None:
    result = _child(HELP_THEN_MODULES, "outline", "--help")
    assert result.returncode == 0, result.stderr
    assert "print the section tree" in result.stdout
    loaded = set(result.stdout.split("MODULES", 1)[1].split())
    others = {command.module for command in COMMANDS if command.name != "outline"}
    assert "editor.cli.outline" in loaded and not loaded & others, loaded
