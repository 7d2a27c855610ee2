"""``policy-editor typo [--profile fine|nbsp] [--format text|markdown|html] [FILE]``: French
typography on a file or on standard input.

Prints the fixed text; ``--check`` prints one line per place to fix (``line:col rule message``)
and exits 1 when there is any, 0 when the text is clean; ``--diff`` prints a unified diff with
the invisible spaces made visible (``⍽`` U+00A0, ``⁔`` U+202F, ``ˑ`` U+2009) and exits 1 when
the text would change. The file itself is never written.
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import sys
from pathlib import Path

from editor.errors import PolicyEditorError
from editor.storage import read_bytes
from editor.typography import FORMATS, PROFILES, check, fix

NAME = "typo"
HELP = "fix or check French typography (no-break spaces, « », ’, …) of a text, Markdown or HTML file"

#: How the diff shows the spaces a reader cannot see.
VISIBLE = {"\u00a0": "⍽", "\u202f": "⁔", "\u2009": "ˑ"}
SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".html": "html", ".htm": "html"}
SUFFIX_FORMATS[".xhtml"] = "html"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="the file to read (standard input when left out)")
    parser.add_argument("--profile", default="fine", metavar="|".join(PROFILES), help="typography profile (fine)")
    parser.add_argument(
        "--format",
        dest="fmt",
        metavar="|".join(FORMATS),
        help="how to read the text (default: from the file suffix, .md markdown, .html html, else text)",
    )
    parser.add_argument("--check", action="store_true", help="list what would change; exit 1 if anything would")
    parser.add_argument("--review", action="store_true", help="with --check: also list spans to review by eye")
    parser.add_argument(
        "--diff", action="store_true", help="show a unified diff (⍽ U+00A0, ⁔ U+202F, ˑ U+2009); exit 1 on changes"
    )


def read_input(path: str | None) -> tuple[str, str]:
    """The text to work on and the name to show for it."""
    if path is None or path == "-":
        try:
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        except OSError as error:
            raise PolicyEditorError("typo.stdin", detail=error.strerror or str(error)) from None
        name = "<stdin>"
    else:
        data = read_bytes(path)
        name = path
    try:
        return data.decode("utf-8"), name
    except UnicodeDecodeError as error:
        where = None if name == "<stdin>" else name
        raise PolicyEditorError("typo.decode", path=where, detail=f"byte {error.start}: {error.reason}") from None


def guess_format(path: str | None) -> str:
    if not path:
        return "text"
    name = Path(path).name.lower()
    return next((fmt for suffix, fmt in SUFFIX_FORMATS.items() if name.endswith(suffix)), "text")


def visible(text: str) -> str:
    return "".join(VISIBLE.get(char, char) for char in text) if any(c in text for c in VISIBLE) else text


def check_lines(text: str, profile: str, fmt: str, review: bool = False) -> list[str]:
    """``line:col rule message`` for each finding (1-based line and column, in characters)."""
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    lines = []
    for finding in check(text, profile, fmt):
        if finding.replacement is None and not review:
            continue
        line = bisect.bisect_right(starts, finding.offset)
        column = finding.offset - starts[line - 1] + 1
        note = " (review)" if finding.replacement is None else ""
        lines.append(f"{line}:{column} {finding.rule} {finding.message()}{note}")
    return lines


def diff_lines(text: str, fixed: str, name: str) -> list[str]:
    before = visible(text).splitlines(keepends=True)
    after = visible(fixed).splitlines(keepends=True)
    lines = list(difflib.unified_diff(before, after, fromfile=name, tofile=f"{name} (fixed)"))
    return [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines]


def _write(text: str) -> None:
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(stream, "buffer"):
        stream.flush()
        stream.buffer.write(text.encode("utf-8"))
        stream.buffer.flush()
    else:
        stream.write(text)


def run(args: argparse.Namespace) -> int:
    if args.check and args.diff:
        raise PolicyEditorError("typo.options")
    fmt = args.fmt or guess_format(args.file)
    # validates the profile and the format before reading anything
    fix("", args.profile, fmt)
    text, name = read_input(args.file)
    if args.check:
        lines = check_lines(text, args.profile, fmt, args.review)
        _write("".join(line + "\n" for line in lines))
        return 1 if any(not line.endswith("(review)") for line in lines) else 0
    fixed = fix(text, args.profile, fmt)
    if args.diff:
        _write("".join(diff_lines(text, fixed, name)))
        return 1 if fixed != text else 0
    _write(fixed)
    return 0
