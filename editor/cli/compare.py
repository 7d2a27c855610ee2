"""``policy-editor compare OLD NEW [-o OUT] [--author NAME]``: what changed between two versions.

OLD and NEW are files in any importable format, or ``FILE@LABEL`` for a published version of
FILE. Without ``-o`` the change log is printed; ``-o X.docx`` writes a redline with tracked
changes, ``-o X.html`` a comparison page, ``-o X.md`` the change log.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.output import load_reporting
from editor.compare import change_log_markdown, compare
from editor.compare.export import write_redline
from editor.legal.versions import load_version
from editor.model.policy import Policy

NAME = "compare"
HELP = "compare two versions: change log, DOCX redline with tracked changes, or HTML page"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", help="the earlier version: a file, or FILE@LABEL for a published version")
    parser.add_argument("new", help="the later version: a file, or FILE@LABEL")
    parser.add_argument("-o", "--output", metavar="OUT", help="write OUT.docx (redline), OUT.html or OUT.md")
    parser.add_argument("--author", default="", help="the author recorded on the tracked changes")


def load(reference: str) -> tuple[Policy, str]:
    """The policy a reference names, and a label for it."""
    if "@" in reference and not Path(reference).exists():
        path, label = reference.rsplit("@", 1)
        return load_version(path, label), label
    return load_reporting(reference).policy, Path(reference).name


def run(args: argparse.Namespace) -> int:
    old, old_label = load(args.old)
    new, new_label = load(args.new)
    comparison = compare(old, new)
    if not args.output:
        print(change_log_markdown(comparison), end="")
        return 0
    options = {"author": args.author, "old_label": old_label, "new_label": new_label}
    write_redline(comparison, args.output, options)
    return 0
