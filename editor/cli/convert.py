"""``policy-editor convert IN OUT [--to FORMAT]``: read any importable file, write any export format."""

from __future__ import annotations

import argparse
import sys

from editor.cli.output import load_reporting
from editor.exporters import export_file, exporter_names, exporter_options
from editor.exporters.options import parse_assignments
from editor.storage import resolve_path

NAME = "convert"
HELP = "convert a policy between formats (format from the suffix, or --to)"


def options_help() -> str:
    """Every format's options, from what each exporter declares (the help's epilog)."""
    lines = ["options of each format (--option NAME=VALUE):"]
    for name in exporter_names():
        declared = exporter_options(name)
        if not declared:
            lines.append(f"  {name}: none")
            continue
        lines.append(f"  {name}:")
        for option in declared:
            default = "" if option.default is None else f"; default {str(option.default).lower()}"
            lines.append(f"    {option.name:<14} {option.help} ({option.accepted()}{default})")
    return "\n".join(lines)


#: The epilog's placeholder: the options are listed only when the help is printed, so a conversion
#: imports the one exporter it uses rather than every exporter module (to read their OPTIONS).
_OPTIONS_EPILOG = "(options of each format)"


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Writes :func:`options_help` in place of the epilog's placeholder, at help time only."""

    def _format_text(self, text: str) -> str:
        return super()._format_text(options_help() if text == _OPTIONS_EPILOG else text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = _HelpFormatter
    parser.epilog = _OPTIONS_EPILOG
    parser.add_argument("input", help="the file to read")
    parser.add_argument("output", help="the file to write (written atomically; never the input)")
    parser.add_argument("--to", metavar="FORMAT", help="output format: " + ", ".join(exporter_names()))
    parser.add_argument("--from", dest="fmt", metavar="FORMAT", help="input format when the suffix does not say it")
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="an option of the output format (repeatable; listed below)",
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
    options: dict[str, object] = dict(parse_assignments(args.option))
    if args.reference_doc:
        options["reference_doc"] = args.reference_doc
    if args.keep_builder:
        options["keep_builder"] = True
    policy = load_reporting(args.input, args.fmt).policy  # with cycle collection paused, as every command
    used = export_file(policy, args.output, args.to, options)
    print(f"{args.output}: written as {used}", file=sys.stderr)
    return 0
