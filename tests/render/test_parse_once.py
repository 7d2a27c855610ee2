"""One Markdown parse per section per process, whatever the input format.

Importing a file and exporting it (HTML, then DOCX in the same process) must parse each section's
body once, in the render pipeline; no importer parses the text as a whole first. Every call of
Python-Markdown's block parser is counted, wherever it comes from.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from markdown.blockparser import BlockParser

import editor.render.pipeline as pipeline
from editor.exporters import export_bytes
from editor.importers import import_file
from editor.render import clear_cache

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = [
    FIXTURES / "native" / "canonical.policy.md",
    FIXTURES / "markdown" / "dialect.md",
    FIXTURES / "importers" / "html" / "levels.html",
    FIXTURES / "docx" / "pandoc-written.docx",
    FIXTURES / "wordpress" / "gutenberg-edit.json",
]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> tuple[Counter[str], list[str]]:
    """(bodies parsed by the pipeline, with their counts; every block-parser call's first line)."""
    by_pipeline: Counter[str] = Counter()
    every: list[str] = []
    pipeline_parse = pipeline.parse
    parse_document = BlockParser.parseDocument

    def counted_parse(text: str):
        by_pipeline[text] += 1
        return pipeline_parse(text)

    def counted_document(self: BlockParser, lines: list[str]):
        every.append(lines[0] if lines else "")
        return parse_document(self, lines)

    monkeypatch.setattr(pipeline, "parse", counted_parse)
    monkeypatch.setattr(BlockParser, "parseDocument", counted_document)
    clear_cache()
    yield by_pipeline, every
    clear_cache()


@pytest.mark.parametrize("path", INPUTS, ids=lambda path: path.name)
def test_each_section_is_parsed_once_from_import_to_export(path: Path, parses) -> None:
    by_pipeline, every = parses
    policy = import_file(path).policy
    assert not every, "the importer parsed Markdown"
    export_bytes(policy, "html", {})
    export_bytes(policy, "docx", {})
    bodies = {section.body for section in policy.walk()}
    assert len(bodies) > 1
    assert set(by_pipeline) == bodies  # every body, each once
    assert max(by_pipeline.values()) == 1
    assert len(every) == len(bodies)  # and nothing parsed outside the pipeline
