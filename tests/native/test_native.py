"""The .policy.md format: exact round trips, canonical bytes, and clear errors for broken files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "model"))

from strategies import policies

from editor import native
from editor.errors import FileFormatError
from editor.model import Policy

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "native"


def broken_cases() -> list[tuple[str, int, str]]:
    text = (FIXTURES / "broken.txt").read_text(encoding="utf-8")
    cases = []
    for block in text.split("\n== ")[1:]:
        head, _, body = block.partition("\n")
        code, line = head.split()
        cases.append((code, int(line), body))
    return cases


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policies())
def test_save_then_load_gives_an_equal_policy(policy: Policy) -> None:
    text = native.dumps(policy)
    assert native.loads(text) == policy
    assert native.dumps(native.loads(text)) == text


def test_canonical_file_loads_and_saves_to_the_same_bytes() -> None:
    data = (FIXTURES / "canonical.policy.md").read_bytes()
    policy = native.loads(data.decode("utf-8"))
    assert native.dumps(policy).encode("utf-8") == data


def test_canonical_file_content() -> None:
    policy = native.load(FIXTURES / "canonical.policy.md")
    assert policy.meta.title == "Politique de confidentialité"
    assert policy.meta.extra == {"x-reviewer": "  Mme\u00a0Durand "}
    assert policy.origin == {"id": 3, "type": "page", "meta": []}
    assert [(s.id, s.level) for s in policy.walk()] == [
        ("qui-sommes-nous", 2),
        ("donnees", 2),
        ("cookies", 3),
        ("sans-titre", 2),
    ]
    assert policy.sections[0].title == "Qui sommes-nous\u202f?"
    assert "Exemple\u00a0SAS, 10\u00a0rue" in policy.sections[0].body
    cookies = policy.find("cookies")
    assert cookies.body.startswith("## Ceci reste du texte {#pas-une-section}")
    assert "## code {#non}" in cookies.body
    assert policy.find("sans-titre").title == ""


def test_no_break_spaces_are_kept_exactly(tmp_path: Path) -> None:
    policy = native.load(FIXTURES / "canonical.policy.md")
    target = tmp_path / "copy.policy.md"
    native.save(policy, target)
    text = target.read_text(encoding="utf-8")
    assert text.count("\u00a0") == (FIXTURES / "canonical.policy.md").read_text(encoding="utf-8").count("\u00a0")
    assert "\u202f" in text


def test_crlf_and_bom_are_accepted() -> None:
    text = (FIXTURES / "canonical.policy.md").read_text(encoding="utf-8")
    crlf = "\ufeff" + text.replace("\n", "\r\n")
    assert native.loads(crlf) == native.loads(text)


def test_text_before_the_first_heading_becomes_an_untitled_section() -> None:
    policy = native.loads("---\ntitle: x\n---\nUn préambule.\n\n## A {#a}\n")
    assert [(s.id, s.title, s.body) for s in policy.sections] == [("preamble", "", "Un préambule."), ("a", "A", "")]


@pytest.mark.parametrize(("code", "line", "text"), broken_cases())
def test_broken_files_name_file_line_and_reason(code: str, line: int, text: str) -> None:
    with pytest.raises(FileFormatError) as raised:
        native.loads(text, "broken.policy.md")
    error = raised.value
    assert (error.code, error.line, error.path) == (code, line, "broken.policy.md")
    assert error.message().startswith(f"broken.policy.md:{line}: ")


def test_bad_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.policy.md"
    path.write_bytes("---\ntitle: x\n---\n\n## Donn\xe9es {#d}\n".encode("latin-1"))
    with pytest.raises(FileFormatError) as raised:
        native.load(path)
    assert raised.value.code == "native.decode" and raised.value.line == 5
