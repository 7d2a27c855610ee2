"""``policy-editor typo``: fixed text, --check exit codes and lines, --diff, stdin, errors."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_fixes_a_file_and_prints_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, "a.txt", 'Note: "x"...\n')
    assert main(["typo", str(path)]) == 0
    assert capsys.readouterr().out == "Note\u00a0: «\u202fx\u202f»…\n"
    assert path.read_bytes() == b'Note: "x"...\n'


def test_reads_stdin_with_the_nbsp_profile(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _stdin(monkeypatch, "Vraiment ?")
    assert main(["typo", "--profile", "nbsp"]) == 0
    assert capsys.readouterr().out == "Vraiment\u00a0?"


def test_format_comes_from_the_suffix_or_the_option(tmp_path: Path, capsys) -> None:
    html = _file(tmp_path, "page.html", '<a title="Note: x">Note: x</a>')
    assert main(["typo", str(html)]) == 0
    assert capsys.readouterr().out == '<a title="Note: x">Note\u00a0: x</a>'
    md = _file(tmp_path, "page.md", "`a: b` c: d")
    assert main(["typo", str(md)]) == 0
    assert capsys.readouterr().out == "`a: b` c\u00a0: d"
    assert main(["typo", "--format", "text", str(md)]) == 0
    assert capsys.readouterr().out == "`a\u00a0: b` c\u00a0: d"


def test_check_lists_findings_with_line_and_column_and_exits_1(tmp_path: Path, capsys) -> None:
    path = _file(tmp_path, "a.md", "Titre\n\nNote: voir 20%!\n")
    assert main(["typo", "--check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "3:5 punctuation a no-break space (U+00A0) before ':'",
        "3:14 numbers a no-break space (U+00A0) before a percent or currency sign",
        "3:15 punctuation a narrow no-break space (U+202F) before '!'",
    ]


def test_check_on_clean_text_prints_nothing_and_exits_0(tmp_path: Path, capsys) -> None:
    path = _file(tmp_path, "a.txt", "Note\u00a0: voir\u202f! Les données - sauf exception.\n")
    assert main(["typo", "--check", str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["typo", "--check", "--review", str(path)]) == 0
    assert capsys.readouterr().out == "1:26 dashes a hyphen between spaces: an incise wants a dash '–' (review)\n"


def test_diff_shows_invisible_spaces(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _stdin(monkeypatch, "Ligne sans rien\nNote: voir ; fin\n")
    assert main(["typo", "--diff"]) == 1
    assert capsys.readouterr().out == (
        "--- <stdin>\n+++ <stdin> (fixed)\n@@ -1,2 +1,2 @@\n Ligne sans rien\n-Note: voir ; fin\n+Note⍽: voir⁔; fin\n"
    )
    _stdin(monkeypatch, "Rien à corriger.")
    assert main(["typo", "--diff"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["typo", "missing.txt"], "missing.txt: the file does not exist"),
        (["typo", "--profile", "thin", "x.txt"], "unknown typography profile “thin” (known: fine, nbsp)"),
        (["typo", "--format", "rtf", "x.txt"], "unknown text format “rtf” (known: text, markdown, html)"),
        (["typo", "--check", "--diff", "x.txt"], "--check and --diff cannot be used together"),
        (["typo", "binary.txt"], "binary.txt: the file is not UTF-8 text (byte 1:"),
        (["typo", "."], ".: this is a folder, not a file"),
    ],
)
def test_errors_are_one_line_with_exit_2(args, expected, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"a\xff\xfe")
    assert main(args) == 2
    captured = capsys.readouterr()
    assert expected in captured.err and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "Traceback" not in captured.err


def test_real_process_reads_stdin_and_writes_utf8() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "typo", "--check"],
        input=b"Note: x",
        capture_output=True,
        cwd=ROOT,
        env={"PYTHONIOENCODING": "ascii", "PATH": "", "SYSTEMROOT": ""},
        check=False,
    )
    assert result.returncode == 1, result.stderr
    fixed = subprocess.run(
        [sys.executable, "-m", "editor", "typo"], input=b"Note: x", capture_output=True, cwd=ROOT, check=True
    )
    assert fixed.stdout.decode("utf-8") == "Note\u00a0: x"
