"""The ``policy-editor`` command: with no subcommand it opens the GUI, otherwise it runs one.

User errors print one line on stderr and exit 2; an unexpected failure prints one line and
writes the details to the log folder. Never a traceback in front of a user.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from editor import __version__
from editor.errors import PolicyEditorError

PROG = "policy-editor"

#: Subcommand modules, in help order. Each defines NAME, HELP, add_arguments(parser), run(args).
COMMANDS: tuple[str, ...] = (
    "editor.cli.outline",
    "editor.cli.convert",
    "editor.cli.typo",
    "editor.cli.check",
    "editor.cli.versions",
    "editor.cli.compare",
    "editor.cli.wp",
    "editor.cli.locales",
    "editor.cli.xliff",
)


def _commands() -> dict[str, ModuleType]:
    modules = [importlib.import_module(name) for name in COMMANDS]
    return {module.NAME: module for module in modules}


def _gui_parser(commands: dict[str, ModuleType]) -> argparse.ArgumentParser:
    listing = "\n".join(f"  {name:<10} {module.HELP}" for name, module in commands.items())
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Edit a website's legal policy as a tree of sections, with a live preview.",
        epilog=f"commands (policy-editor COMMAND --help):\n{listing}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="a policy to open (.policy.md or any importable format)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="open FILE (or the sample) offscreen, save a 1400x900 picture of the window and exit",
    )
    return parser


def fail(message: str, code: int = 2) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        commands = _commands()
        if args and args[0] in commands:
            module = commands[args[0]]
            parser = argparse.ArgumentParser(prog=f"{PROG} {module.NAME}", description=module.HELP)
            module.add_arguments(parser)
            options = parser.parse_args(args[1:])
            return int(module.run(options))
        options = _gui_parser(commands).parse_args(args)
        from editor.gui.app import run_gui

        return run_gui(options.file, screenshot=options.screenshot)
    except PolicyEditorError as error:
        return fail(error.message())
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - the last guard before a user sees a traceback
        return fail(f"unexpected error: {error!r} (details in {_log_crash()})", 3)


def _log_crash() -> str:
    """Write the traceback of the exception being handled to the log folder; return its path."""
    from editor.crash_log import log_exception

    error = sys.exc_info()[1]
    return log_exception(error) if error is not None else "no log"
