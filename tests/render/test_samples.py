"""The bundled sample and the design sample keep their outline and rendered text: the dialect's
extensions (lists, bare links) change structure only where the text asked for it.

``tests/fixtures/render/samples/outline-and-text.txt`` was written by the code before the dialect
moved to ``editor/markdown``: each section's id, level and title, then its rendered text.
"""

from __future__ import annotations

from pathlib import Path

from editor.importers import import_file
from editor.render.html import context_for
from editor.render.pipeline import body_tree

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = [
    ROOT / "resources" / "samples" / "politique-de-confidentialite.policy.md",
    ROOT / "tests" / "fixtures" / "wordpress" / "design-sample.damaged.json",
]
EXPECTED = ROOT / "tests" / "fixtures" / "render" / "samples" / "outline-and-text.txt"


def snapshot(path: Path) -> str:
    policy = import_file(path).policy
    context = context_for(policy)
    lines = []
    for section in policy.walk():
        text = " ".join("".join(body_tree(section.body, context).itertext()).split())
        lines.append(f"{section.id}\t{section.level}\t{section.title}\n{text}")
    return "\n".join(lines) + "\n"


def test_samples_keep_their_outline_and_text() -> None:
    assert "".join(snapshot(path) for path in SAMPLES) == EXPECTED.read_text(encoding="utf-8")
