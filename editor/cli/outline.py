"""``policy-editor outline FILE [--json]``: the section tree with ids, levels, titles and words."""

from __future__ import annotations

import argparse
import json

from editor.cli.output import load_reporting
from editor.model.policy import Policy

NAME = "outline"
HELP = "print the section tree of a policy (id, level, title, word count)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .policy.md file or any importable format")
    parser.add_argument("--json", action="store_true", help='print a JSON list of {"id","level","title","words"}')
    parser.add_argument("--from", dest="fmt", metavar="FORMAT", help="input format when the suffix does not say it")


def outline_rows(policy: Policy) -> list[dict[str, object]]:
    return [
        {"id": section.id, "level": section.level, "title": section.title, "words": section.words}
        for section in policy.walk()
    ]


def run(args: argparse.Namespace) -> int:
    policy = load_reporting(args.file, args.fmt).policy
    rows = outline_rows(policy)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    top = min((row["level"] for row in rows), default=1)
    for row in rows:
        indent = "  " * (int(row["level"]) - int(top))  # type: ignore[call-overload]
        title = row["title"] or "(untitled)"
        print(f"{indent}{title}  [#{row['id']}, h{row['level']}, {row['words']} words]")
    return 0
