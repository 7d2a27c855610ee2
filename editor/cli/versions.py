"""``policy-editor versions FILE [--publish LABEL --by NAME --note TEXT]``: list or publish versions.

Publishing records an immutable snapshot in ``NAME.versions/`` and sets the version and the
last-updated date in FILE (a ``.policy.md``, written atomically).
"""

from __future__ import annotations

import argparse
import json

from editor import native
from editor.errors import PolicyEditorError
from editor.legal.versions import list_versions, publish

NAME = "versions"
HELP = "list the published versions of a policy, or publish the current text as a new version"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a .policy.md file")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.add_argument("--publish", metavar="LABEL", help="publish the current text as version LABEL (e.g. 2.1)")
    parser.add_argument("--by", default="", help="who publishes (recorded with the version)")
    parser.add_argument("--note", default="", help="why: a short note recorded with the version")


def run(args: argparse.Namespace) -> int:
    if args.publish:
        if not args.file.endswith(native.SUFFIX):
            raise PolicyEditorError("cli.publish_native", path=args.file)
        policy = native.load(args.file)
        published, version = publish(policy, args.file, args.publish, args.by, args.note)
        native.save(published, args.file)
        print(f"published {version.label} ({version.published.isoformat()}) as {version.file}")
        return 0
    versions = list_versions(args.file)
    if args.json:
        rows = [{**vars(v), "published": v.published.isoformat()} for v in versions]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for version in versions:
        note = f"  {version.note}" if version.note else ""
        print(f"{version.label:<10} {version.published.isoformat()}  {version.author or '-'}{note}")
    return 0
