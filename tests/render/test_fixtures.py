"""Every construct of the dialect, rendered: ``tests/fixtures/render/*.md`` against the expected
``.html`` and ``docx/*.xml`` beside them (regenerate with ``tests/render/render_fixtures.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_fixtures import docx_of, expected_paths, html_of, sources

SOURCES = sources()


def test_every_fixture_has_its_expected_files() -> None:
    assert len(SOURCES) >= 10
    for source in SOURCES:
        html_path, docx_path = expected_paths(source)
        assert html_path.exists() and docx_path.exists(), f"run tests/render/render_fixtures.py {source.stem}"


@pytest.mark.parametrize("source", SOURCES, ids=[path.stem for path in SOURCES])
def test_html(source: Path) -> None:
    html_path, _ = expected_paths(source)
    assert html_of(source.read_text(encoding="utf-8")) == html_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", SOURCES, ids=[path.stem for path in SOURCES])
def test_docx_body(source: Path) -> None:
    _, docx_path = expected_paths(source)
    assert docx_of(source.read_text(encoding="utf-8")) == docx_path.read_text(encoding="utf-8")
