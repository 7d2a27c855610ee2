"""``policy-editor locales FILE [--new LOCALE] [--json]``: translation status of a policy family.

FILE is any member of a family (``politique.fr-FR.policy.md``); every translation beside it is
compared with the source section by section. Exit 1 when a section is outdated or missing.
"""

from __future__ import annotations

import argparse
import json

from editor import native
from editor.errors import PolicyEditorError
from editor.locales import Status, load_family, new_target, split_name, statuses, target_path

NAME = "locales"
HELP = "per section, is each translation of a policy translated, outdated, missing or extra?"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a member of the family, NAME.LOCALE.policy.md")
    parser.add_argument("--source", metavar="LOCALE", help="the source locale (default: the untranslated member)")
    parser.add_argument("--new", metavar="LOCALE", help="start the LOCALE file: a copy of the source, untranslated")
    parser.add_argument("--json", action="store_true", help="print the statuses as JSON")


def run(args: argparse.Namespace) -> int:
    if split_name(args.file) is None:
        raise PolicyEditorError("locales.name", path=args.file)
    family = load_family(args.file, args.source)
    if args.new:
        path = target_path(family.paths[family.source_locale], args.new)
        if path.exists():
            raise PolicyEditorError("locales.exists", path=str(path))
        native.save(new_target(family.source, args.new, family.source_locale), path)
        print(f"created {path}")
        return 0
    if not family.targets:
        raise PolicyEditorError("locales.no_targets", path=args.file)
    report: dict[str, list[dict[str, str]]] = {}
    incomplete = False
    for locale, target in sorted(family.targets.items()):
        entries = statuses(family.source, target)
        incomplete |= any(entry.status in (Status.OUTDATED, Status.MISSING) for entry in entries)
        report[locale] = [
            {"id": e.id, "status": e.status.value, "title": (e.target or e.source).title}  # type: ignore[union-attr]
            for e in entries
        ]
    if args.json:
        print(json.dumps({"source": family.source_locale, "targets": report}, ensure_ascii=False, indent=2))
        return 1 if incomplete else 0
    for locale, rows in report.items():
        print(f"{family.paths[locale].name} (from {family.source_locale})")
        for row in rows:
            print(f"  {row['status']:<10} {row['id']:<24} {row['title']}")
    return 1 if incomplete else 0
