"""A document open in two windows or two processes is detected; stale locks are taken over."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from safety_helpers import Answers

from editor import locks
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.safety.lock_warning import LockWarning

#: The real prompt (the shared ``window`` fixture answers it silently; these tests click it).
REAL_ASK = LockWarning.ask_keep_open


@pytest.fixture(autouse=True)
def real_lock_prompt(window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LockWarning, "ask_keep_open", REAL_ASK)


def second_window(qtbot) -> MainWindow:
    other = MainWindow(Document())
    qtbot.addWidget(other)
    other.show()
    return other


def test_second_window_is_warned_and_can_close_it(qtbot, window, saved_policy: Path) -> None:
    assert window.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: locks.read_owner(saved_policy) is not None, timeout=2000)
    other = second_window(qtbot)
    answers = Answers("close_here_button")
    assert other.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    assert answers.seen == ["lock_warning_box"]
    assert "another window" in answers.texts[0]
    qtbot.waitUntil(lambda: other.document.path is None, timeout=2000)
    assert window.document.path == str(saved_policy.resolve())


def test_open_anyway_keeps_it_open(qtbot, window, saved_policy: Path) -> None:
    assert window.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: locks.read_owner(saved_policy) is not None, timeout=2000)
    other = second_window(qtbot)
    answers = Answers("open_anyway_button")
    assert other.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    qtbot.wait(50)
    assert other.document.path == str(saved_policy.resolve())


def test_other_process_is_named(qtbot, window, saved_policy: Path) -> None:
    script = (
        "import sys, time; from editor import locks; a = locks.acquire(sys.argv[1]);"
        "print('locked', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(saved_policy)], stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        answers = Answers("close_here_button")
        assert window.open_path(str(saved_policy), ask=False)
        qtbot.waitUntil(lambda: answers.done, timeout=3000)
        assert f"process {holder.pid}" in answers.texts[0]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_lock_of_a_killed_process_is_taken_over_silently(qtbot, window, saved_policy: Path) -> None:
    script = "import os, sys; from editor import locks; locks.acquire(sys.argv[1]); os.kill(os.getpid(), 9)"
    subprocess.run([sys.executable, "-c", script, str(saved_policy)], env=dict(os.environ), check=False)
    assert locks.read_owner(saved_policy) is not None
    assert window.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: locks.read_owner(saved_policy).pid == os.getpid(), timeout=2000)


def test_closing_the_window_releases_the_lock(qtbot, window, saved_policy: Path) -> None:
    assert window.open_path(str(saved_policy), ask=False)
    qtbot.waitUntil(lambda: locks.read_owner(saved_policy) is not None, timeout=2000)
    window.close()
    deadline = time.monotonic() + 2
    while locks.read_owner(saved_policy) is not None and time.monotonic() < deadline:
        qtbot.wait(20)
    assert locks.read_owner(saved_policy) is None
