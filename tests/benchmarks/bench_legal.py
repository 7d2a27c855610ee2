"""Legal tools on the 300-section policy: the completeness check and the section-aware comparison
(target: under 1 s each), next to anchors measured in the same run."""

from __future__ import annotations

import difflib

import markdown
from corpus import make_policy, policy_markdown
from harness import Benchmark

from editor import native
from editor.compare import compare
from editor.legal import check
from editor.model import DeleteSection, EditBody, MoveSection, Rename

POLICY = make_policy(300)


def _edited():
    policy = Rename("section-2", "Données que nous collectons").apply(POLICY).policy
    for number in range(7, 300, 25):
        section = policy.find(f"section-{number}")
        policy = EditBody(section.id, section.body.replace("conserve", "garde", 2) + "\n\nAjout.").apply(policy).policy
    policy = MoveSection("section-41", None, 0).apply(policy).policy
    return DeleteSection("section-96").apply(policy).policy


EDITED = _edited()
OLD_LINES = native.dumps(POLICY).splitlines()
NEW_LINES = native.dumps(EDITED).splitlines()
MARKDOWN = policy_markdown(POLICY)

BENCHMARKS = [
    Benchmark(
        "legal.check 300 sections",
        ours=lambda: check(POLICY),
        anchor=lambda: markdown.markdown(MARKDOWN, extensions=["tables", "attr_list"]),
        anchor_label="markdown.markdown(whole doc)",
        target="< 1 s",
    ),
    Benchmark(
        "compare 300 sections (move, rename, 12 edits, delete)",
        ours=lambda: compare(POLICY, EDITED),
        anchor=lambda: list(difflib.unified_diff(OLD_LINES, NEW_LINES, lineterm="")),
        anchor_label="difflib.unified_diff of the .policy.md lines",
        target="< 1 s",
    ),
]
