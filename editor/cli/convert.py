"""``policy-editor convert IN OUT [--to FORMAT]``: read any importable file, write any export format."""

from __future__ import annotations

import argparse
import sys

from editor.cli.output import load_reporting
from editor.exporters import export_file, exporter_names
from editor.storage import resolve_path

NAME = "convert"
HELP = "convert a policy between formats (format from the suffix, or --to)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="the file to read")
    parser.add_argument("output", help="the file to write (written atomically; never the input)")
    parser.add_argument("--to", metavar="FORMAT", help="output format: " + ", ".join(exporter_names()))
    parser.add_argument("--from", dest="fmt", metavar="FORMAT", help="input format when the suffix does not say it")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an exporter option (repeatable)",
    )
    parser.add_argument(
        "--reference-doc", metavar="FILE.docx", help="DOCX output: use the styles of this Word document (a template)"
    )
    parser.add_argument(
        "--keep-builder",
        action="store_true",
        help="wp-update output: re-wrap the content in the WPBakery shortcodes the page was imported with",
    )


def run(args: argparse.Namespace) -> int:
    if resolve_path(args.input) == resolve_path(args.output):
        print(f"policy-editor: {args.output}: refusing to overwrite the input file", file=sys.stderr)
        return 2
    options = dict(item.partition("=")[::2] for item in args.option)
    if args.reference_doc:
        options["reference_doc"] = args.reference_doc
    if args.keep_builder:
        options["keep_builder"] = True
    policy = load_reporting(args.input, args.fmt).policy
    used = export_file(policy, args.output, args.to, options)
    print(f"{args.output}: written as {used}", file=sys.stderr)
    return 0
