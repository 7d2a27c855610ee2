"""The native format's ``translated-from`` header block: round trips, old files, broken lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "model"))

from strategies import policies

from editor import native
from editor.errors import FileFormatError
from editor.model import Policy

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@st.composite
def translations(draw: st.DrawFn) -> Policy:
    policy = draw(policies())
    ids = sorted(policy.ids())
    chosen = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    prints = {section_id: draw(st.from_regex(r"[0-9a-f]{12}", fullmatch=True)) for section_id in chosen}
    return Policy(policy.meta, policy.sections, policy.origin, prints)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(translations())
def test_fingerprints_survive_save_and_load(policy: Policy) -> None:
    text = native.dumps(policy)
    assert native.loads(text) == policy
    assert native.dumps(native.loads(text)) == text


def test_block_is_one_sorted_line_per_section() -> None:
    policy = native.load(FIXTURES / "native" / "canonical.policy.md")
    marked = Policy(policy.meta, policy.sections, policy.origin, {"qui-sommes-nous": "b" * 12, "cookies": "a" * 12})
    header = native.dumps(marked).split("\n---\n", 1)[0]
    assert header.endswith(f"translated-from:\n  cookies: {'a' * 12}\n  qui-sommes-nous: {'b' * 12}")


def test_a_file_without_the_block_reads_as_before() -> None:
    text = (FIXTURES / "native" / "canonical.policy.md").read_text(encoding="utf-8")
    policy = native.loads(text)
    assert policy.translated_from == {}
    assert native.dumps(policy) == text


@pytest.mark.parametrize("line", ["  intro 1234567890ab", "  intro: not-hex!", "  : 1234567890ab"])
def test_a_broken_fingerprint_line_is_reported_with_its_line(line: str) -> None:
    text = "---\ntitle: T\ntranslated-from:\n" + line + "\n---\n\n## A {#intro}\n"
    with pytest.raises(FileFormatError) as caught:
        native.loads(text, "x.policy.md")
    assert caught.value.line == 4
    assert "translated-from" in caught.value.message()
