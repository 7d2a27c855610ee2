"""Helpers shared by CLI subcommands: loading any input with its notices printed to stderr."""

from __future__ import annotations

import sys

from editor.importers import ImportResult, import_file


def load_reporting(path: str, fmt: str | None = None) -> ImportResult:
    """Import ``path``; each notice (repair, drop, guess) is printed to stderr as ``path: warning: ...``."""
    result = import_file(path, fmt)
    for notice in result.notices:
        print(f"{path}: warning: {notice.message()}", file=sys.stderr)
    return result
