"""The command line: outline in both forms, version, and one clear line for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

CANONICAL = Path(__file__).resolve().parent.parent / "fixtures" / "native" / "canonical.policy.md"


def test_outline_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(CANONICAL)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Qui sommes-nous\u202f?  [#qui-sommes-nous, h2, 15 words]"
    assert lines[2].startswith("  Cookies  [#cookies, h3,")
    assert lines[3].startswith("(untitled)  [#sans-titre, h2,")


def test_outline_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(CANONICAL), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [list(row) for row in rows] == [["id", "level", "title", "words"]] * 4
    assert [(row["id"], row["level"]) for row in rows] == [
        ("qui-sommes-nous", 2),
        ("donnees", 2),
        ("cookies", 3),
        ("sans-titre", 2),
    ]
    assert rows[1]["words"] == 9  # "Données collectées" + "Nous collectons : votre nom ; votre adresse e-mail."


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["outline", "missing.policy.md"], "missing.policy.md: the file does not exist"),
        (["outline", "notes.xyz"], "notes.xyz: this kind of file cannot be opened"),
        (["outline", "."], "this kind of file cannot be opened"),
    ],
)
def test_user_errors_are_one_line_with_exit_2(args, expected, capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_broken_file_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.policy.md"
    path.write_text("---\ntitle: x\n---\n\n## A {#a}\n\n#### B {#b}\n", encoding="utf-8")
    assert main(["outline", str(path)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"policy-editor: {path}:7: a level 4 heading follows a level 2 heading: a level can only go one deeper"
    )


def test_convert_to_native_is_canonical_and_never_overwrites_input(tmp_path: Path) -> None:
    out = tmp_path / "copy.policy.md"
    assert main(["convert", str(CANONICAL), str(out)]) == 0
    assert out.read_bytes() == CANONICAL.read_bytes()
    assert main(["convert", str(out), str(out)]) == 2


def test_installed_command_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "outline", str(tmp_path / "nope.policy.md")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("policy-editor: ") and "Traceback" not in result.stderr


def test_a_command_runs_without_cycle_collection_and_gives_it_back(monkeypatch, capsys) -> None:
    """Commands run with the cycle collector off (start-up and conversions make hardly any cyclic
    garbage); a caller running them in its own process finds it as it was, even after an error."""
    import gc

    from editor.cli import outline

    seen = []
    run = outline.run
    monkeypatch.setattr(outline, "run", lambda options: seen.append(gc.isenabled()) or run(options))
    was_enabled = gc.isenabled()  # the test suite collects on the main thread (tests/conftest.py)
    try:
        gc.enable()
        assert main(["outline", str(CANONICAL)]) == 0
        assert main(["outline", "/no/such/file.policy.md"]) == 2
        assert seen == [False, False]
        assert gc.isenabled()
        gc.disable()
        main(["outline", str(CANONICAL)])
        assert not gc.isenabled(), "left off when the caller had it off"
    finally:
        (gc.enable if was_enabled else gc.disable)()
