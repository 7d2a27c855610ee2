"""Data-driven DOCX import: each fixture in tests/fixtures/docx/signals/ against the outline a reader sees.

The documents show one structural signal each (heading styles in French Word, styles based on
headings, outline levels, article and number patterns, numbered list items, heading numbering,
underline, capitals, font size, lead-ins, lists/preformatted/pictures, tracked changes), written by
python-docx or by LibreOffice; ``build.py`` next to them rebuilds them and their expected JSON.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from editor.importers.docx import import_bytes
from editor.model.policy import Section, count_words

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "docx" / "signals"
_DATA_URL = re.compile(r"\(data:[^)]*\)")
CASES = sorted(path.stem for path in FOLDER.glob("*.json"))


def _reader_words(section: Section) -> int:
    """Words a reader sees: an embedded picture's data URL is not text (its alternative text is)."""
    return count_words(section.title) + count_words(_DATA_URL.sub("", section.body))


@functools.cache
def _load(name: str) -> tuple[dict[str, object], object]:
    expected = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    result = import_bytes((FOLDER / f"{name}.docx").read_bytes(), f"{name}.docx")
    return expected, result


def test_every_fixture_has_its_document() -> None:
    assert len(CASES) >= 15
    for name in CASES:
        assert (FOLDER / f"{name}.docx").is_file(), name


@pytest.mark.parametrize("name", CASES)
def test_outline_levels_and_words(name: str) -> None:
    expected, result = _load(name)
    policy = result.policy
    found = [{"level": s.level, "title": s.title, "words": _reader_words(s)} for s in policy.walk()]
    assert found == expected["outline"]
    assert policy.meta.title == expected["title"]
    assert policy.meta.locale == expected["locale"]


@pytest.mark.parametrize("name", CASES)
def test_metadata_from_the_line_under_the_title(name: str) -> None:
    expected, result = _load(name)
    meta = result.policy.meta
    for field in ("updated", "effective"):
        value = getattr(meta, field)
        assert (value.isoformat() if value else None) == expected.get(field)
    assert meta.version == expected.get("version", "")


@pytest.mark.parametrize("name", CASES)
def test_every_guess_is_a_notice(name: str) -> None:
    expected, result = _load(name)
    codes = [notice.code for notice in result.notices]
    for code in expected["notices"]:
        assert code in codes
    for notice in result.notices:
        assert "{" not in notice.message()  # every parameter given
    if "revisions" in expected:
        wanted = expected["revisions"]
        revisions = next(n for n in result.notices if n.code == "docx.revisions").params
        assert {k: revisions[k] for k in ("count", "insertions", "deletions")} == {
            k: wanted[k] for k in ("count", "insertions", "deletions")
        }
        assert next(n for n in result.notices if n.code == "docx.comments").params["count"] == wanted["comments"]


@pytest.mark.parametrize(
    "name", [name for name in CASES if "contains" in json.loads((FOLDER / f"{name}.json").read_text())]
)
def test_content_kept(name: str) -> None:
    expected, result = _load(name)
    text = "\n\n".join(section.body for section in result.policy.walk())
    for snippet in expected["contains"]:
        assert snippet in text
