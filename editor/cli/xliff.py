"""``policy-editor xliff export SOURCE --target-locale L -o F.xlf`` and ``xliff import F.xlf``.

Export writes XLIFF 1.2 for a CAT tool from the source policy and the target locale's file (if
any); import writes the translated units into the target locale's file beside the source and
lists, on stderr, the units it could not use. Exit 1 when some did not match.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor import native
from editor.errors import PolicyEditorError
from editor.locales import new_target, target_path
from editor.locales.history import remember
from editor.model.policy import Policy
from editor.storage import atomic_write, read_bytes
from editor.xliff import export_xliff, import_xliff
from editor.xliff.importer import read_header

NAME = "xliff"
HELP = "exchange a translation with a CAT tool: export XLIFF 1.2, import it back"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    export = sub.add_parser("export", help="write XLIFF 1.2 for one target locale")
    export.add_argument("source", help="the source policy, NAME.LOCALE.policy.md")
    export.add_argument("--target-locale", required=True, metavar="LOCALE", help="e.g. en-GB")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlf")
    imported = sub.add_parser("import", help="update the target locale's file from a translated XLIFF file")
    imported.add_argument("file", metavar="FILE.xlf")
    imported.add_argument("--source", help="the source policy (default: the file's 'original', beside FILE.xlf)")


def _target(source_path: Path, source_locale: str, locale: str) -> tuple[Path, Policy]:
    path = target_path(source_path, locale)
    if path.exists():
        return path, native.load(path)
    return path, new_target(native.load(source_path), locale, source_locale)


def run(args: argparse.Namespace) -> int:
    if args.action == "export":
        source = native.load(args.source)
        _, target = _target(Path(args.source), source.meta.locale, args.target_locale)
        atomic_write(args.output, export_xliff(source, target, Path(args.source).name))
        remember(source.walk())  # so the translator view can show what changes after this
        print(f"wrote {args.output}")
        return 0
    data = read_bytes(args.file)
    _, header = read_header(data, args.file)
    source_path = Path(args.source) if args.source else Path(args.file).parent / header.get("original", "")
    if not source_path.is_file():
        raise PolicyEditorError("xliff.no_source", path=args.file, source=str(source_path))
    locale = header.get("target-language", "")
    if not locale:
        raise PolicyEditorError("xliff.parse", path=args.file, detail="no target-language")
    source = native.load(source_path)
    path, target = _target(source_path, source.meta.locale, locale)
    updated, report = import_xliff(data, source, target, args.file)
    native.save(updated, path)
    for unit_id, reason in report.unmatched:
        print(f"{args.file}: unit {unit_id}: {reason}", file=sys.stderr)
    print(f"updated {path}: {len(report.updated)} sections, {len(report.marked)} marked translated")
    return 1 if report.unmatched else 0
