"""The ``policy-editor`` command: with no subcommand it opens the GUI, otherwise it runs one.

User errors print one line on stderr and exit 2; an unexpected failure prints one line and
writes the details to the log folder. Never a traceback in front of a user.

Start-up stays light: a subcommand's module is imported only when that subcommand runs. The
help listing reads the names and one-line helps from :data:`COMMANDS` (a test checks that they
match each module's own ``NAME`` and ``HELP``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NamedTuple

from editor import __version__
from editor.cycle_collection import paused
from editor.errors import PolicyEditorError
from editor.regex_cache import compiled_patterns

PROG = "policy-editor"


class Command(NamedTuple):
    """A subcommand: its name, the module defining it and its one-line help."""

    name: str
    module: str
    help: str


#: Subcommands, in help order. Each module defines NAME, HELP, add_arguments(parser), run(args).
COMMANDS: tuple[Command, ...] = (
    Command("outline", "editor.cli.outline", "print the section tree of a policy (id, level, title, word count)"),
    Command("convert", "editor.cli.convert", "convert a policy between formats (format from the suffix, or --to)"),
    Command(
        "typo",
        "editor.cli.typo",
        "fix or check French typography (no-break spaces, « », ’, …) of a text, Markdown or HTML file",
    ),
    Command(
        "check",
        "editor.cli.check",
        "check a privacy policy or mentions légales for missing items (an aid for legal review)",
    ),
    Command(
        "versions",
        "editor.cli.versions",
        "list the published versions of a policy, or publish the current text as a new version",
    ),
    Command(
        "compare",
        "editor.cli.compare",
        "compare two versions: change log, DOCX redline with tracked changes, or HTML page",
    ),
    Command("wp", "editor.cli.wp", "publish to WordPress: add-site, sites, pages, pull, push, status"),
    Command(
        "locales",
        "editor.cli.locales",
        "per section, is each translation of a policy translated, outdated, missing or extra?",
    ),
    Command("xliff", "editor.cli.xliff", "exchange a translation with a CAT tool: export XLIFF 1.2, import it back"),
)


def _gui_parser() -> argparse.ArgumentParser:
    listing = "\n".join(f"  {command.name:<10} {command.help}" for command in COMMANDS)
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
    # No cycle collection during a command: a start-up or a conversion makes objects by the
    # hundred thousand (modules, classes, Qt enums, element trees) and hardly any cyclic garbage
    # (about 600 objects converting a 725 kB policy to DOCX), yet collections cost 3 % of a
    # conversion and 10 ms before the window's first paint. The window, once built, collects on
    # its GUI thread (editor.gui.gui_thread_gc); a caller running commands in its own process
    # gets its setting back.
    with paused(), compiled_patterns():  # regular expressions from the last run's compile
        return _main(args)


def _main(args: list[str]) -> int:
    try:
        command = next((command for command in COMMANDS if args and args[0] == command.name), None)
        if command is not None:
            module = importlib.import_module(command.module)
            parser = argparse.ArgumentParser(prog=f"{PROG} {module.NAME}", description=module.HELP)
            module.add_arguments(parser)
            options = parser.parse_args(args[1:])
            return int(module.run(options))
        options = _gui_parser().parse_args(args)
        from editor.gui import feature_check, font_warm_up

        font_warm_up.start()  # fontconfig's set-up on another core while PySide6 and the window load

        feature_check.install()  # before the window's modules are imported: each import checked quicker
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
