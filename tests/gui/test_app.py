"""The real ``policy-editor`` process: it starts on the sample, runs its event loop, and quits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CANONICAL = Path(__file__).resolve().parent.parent / "fixtures" / "native" / "canonical.policy.md"


def start(args: list[str], home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICY_EDITOR_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-m", "editor", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


@pytest.mark.parametrize("args", [[], [str(CANONICAL)]], ids=["first-start", "file-argument"])
def test_process_runs_its_event_loop_until_asked_to_quit(tmp_path: Path, args: list[str]) -> None:
    """Once its event loop runs (the log says so), SIGTERM closes the window through the event
    loop (the handler only runs while the loop turns) and the exit code is 0. Waiting for the log
    line rather than a fixed time keeps a slow, loaded machine from signalling too early."""
    process = start(args, tmp_path / "home")
    log_file = tmp_path / "home" / "log" / "policy-editor.log"
    try:
        deadline = time.monotonic() + 90
        while "event loop running" not in (log_file.read_text(encoding="utf-8") if log_file.exists() else ""):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the window never started its event loop"
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()[1]
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    settings = (tmp_path / "home" / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "splitter_sizes" in settings, "the window closed through its normal path (settings saved)"


def test_bad_file_argument_is_reported_on_screenshot(tmp_path: Path) -> None:
    broken = tmp_path / "broken.policy.md"
    broken.write_text("pas d'en-tête\n", encoding="utf-8")
    process = start(["--screenshot", str(tmp_path / "x.png"), str(broken)], tmp_path / "home")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "broken.policy.md" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_sample_on_first_start_only(app_home: Path) -> None:
    from editor.assets import sample_policy
    from editor.gui.app import _initial_file

    assert sample_policy().exists(), "the bundled sample is part of the package"
    assert _initial_file(None, None) == str(sample_policy())
    assert _initial_file(None, None) is None, "later starts open a new policy"
    assert _initial_file("x.policy.md", None) == "x.policy.md"
    assert _initial_file(None, "out.png") == str(sample_policy()), "screenshots always show the sample"
