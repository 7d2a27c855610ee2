"""``policy-editor check FILE [--json] [--kind privacy|mentions-legales]``: the completeness check.

Text report or JSON ``{"kind", "items": [{"id", "status", "section", "evidence"}, ...]}``. Exit 1
when a required item that applies is missing, 0 otherwise, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json

from editor.cli.output import load_reporting
from editor.legal import DISCLAIMER, Report, check, load_checklist
from editor.legal.checklist import KINDS

NAME = "check"
HELP = "check a privacy policy or mentions légales for missing items (an aid for legal review)"
MARKS = {"covered": "ok", "partial": "partial", "suspicious": "check", "missing": "MISSING"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .policy.md file or any importable format")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        help="which checklist (repeat for a page that is both); guessed from the title and content by default",
    )
    parser.add_argument(
        "--checklist", metavar="TOML", help="another checklist file (default: resources/legal/checklist.toml)"
    )
    parser.add_argument("--from", dest="fmt", metavar="FORMAT", help="input format when the suffix does not say it")


def text_report(report: Report) -> str:
    lines = [f"Checklist: {' + '.join(report.kinds)}", DISCLAIMER, ""]
    for result in report.results:
        item = result.item
        need = "required" if result.required else ("not applicable" if not result.applies else item.severity)
        mark = MARKS[result.status] if result.applies or result.status != "missing" else "n/a"
        lines.append(f"[{mark:>7}] {item.id}: {item.name_en} ({item.reference}; {need})")
        for evidence in result.evidence[:3]:
            where = f"#{evidence.section_id}" if evidence.section_id else "metadata"
            kind = "heading" if evidence.heading else ("denies" if evidence.negated else "says")
            lines.append(f"           {where} {kind}: {evidence.text[:160]}")
        if result.missing_facts:
            lines.append(f"           not found: {', '.join(result.missing_facts)}")
        if result.trap is not None:
            lines.append(f"           {result.trap.reason}")
    missing = report.required_missing()
    lines.append("")
    lines.append(
        f"{len(missing)} required item(s) missing" + (f": {', '.join(r.item.id for r in missing)}" if missing else "")
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    policy = load_reporting(args.file, args.fmt).policy
    checklist = load_checklist(args.checklist) if args.checklist else None
    report = check(policy, args.kind, checklist)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(text_report(report))
    return 1 if report.required_missing() else 0
