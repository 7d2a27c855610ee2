"""The log file is rotated at start once it has passed its size, keeping two old copies."""

from __future__ import annotations

from pathlib import Path

from editor.logfile import rotate


def test_a_small_log_is_kept(tmp_path: Path) -> None:
    log = tmp_path / "policy-editor.log"
    log.write_text("a line\n", encoding="utf-8")
    assert not rotate(log, max_bytes=100)
    assert log.read_text(encoding="utf-8") == "a line\n"
    assert not rotate(tmp_path / "missing.log", max_bytes=100)


def test_a_large_log_becomes_the_first_old_copy_and_the_oldest_is_dropped(tmp_path: Path) -> None:
    log = tmp_path / "policy-editor.log"
    for number, text in ((2, "oldest"), (1, "older")):
        log.with_name(f"{log.name}.{number}").write_text(text, encoding="utf-8")
    log.write_text("x" * 200, encoding="utf-8")
    assert rotate(log, max_bytes=100, copies=2)
    assert not log.exists()
    assert log.with_name(f"{log.name}.1").read_text(encoding="utf-8") == "x" * 200
    assert log.with_name(f"{log.name}.2").read_text(encoding="utf-8") == "older"
    assert not log.with_name(f"{log.name}.3").exists()
