"""End to end: a real Policy Editor process is typed into and SIGKILLed; a new instance recovers the text.

The promise: whatever was typed until one second before the kill comes back at the next start.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gui_helpers import make_policy
from safety_helpers import Answers

from editor import native, recovery
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow

HERE = Path(__file__).parent
#: Typed into the "intro" section: accents, « », U+00A0 and U+202F, a new line.
TYPED = " Nous conservons «\u00a0vos données\u00a0» trois ans\u202f; l’accès est libre.\nFin."


def type_and_kill(tmp_path: Path, home: Path, saved: Path, seed: int) -> tuple[int, float]:
    """Run the real editor on ``saved``, let it type, SIGKILL it; (chars typed a second before, kill time)."""
    env = dict(os.environ, POLICY_EDITOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(HERE / "e2e_typist.py"), str(saved), "intro", TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    typed_at: list[float] = []
    kill_after = random.Random(seed).randint(40, len(TYPED) - 3)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(typed_at) < kill_after:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"the editor stopped by itself: {child.stderr.read()[-2000:]}")
            if line.startswith("typed"):
                typed_at.append(float(line.split()[2]))
    finally:
        child.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return sum(1 for when in typed_at if when <= killed_at - 1.0), killed_at


@pytest.mark.slow
def test_the_next_start_of_the_real_app_offers_and_restores(tmp_path: Path) -> None:
    """Both sides are real processes: the restarted ``policy-editor`` offers the recovery at start."""
    home = tmp_path / "home"
    saved = tmp_path / "politique.policy.md"
    native.save(make_policy(), saved)
    promised, _killed_at = type_and_kill(tmp_path, home, saved, seed=3)
    env = dict(os.environ, POLICY_EDITOR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(HERE / "e2e_restarter.py"), "intro"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    lines = done.stdout.splitlines()
    assert "dialog recovery_dialog" in lines, done.stdout + done.stderr[-2000:]
    shown = json.loads(next(line for line in lines if line.startswith("shown "))[len("shown ") :])
    original = make_policy().find("intro").body
    assert shown["path"] == str(saved) and shown["modified"] and shown["section"] == "intro"
    recovered = shown["body"][len(original) :]
    assert shown["body"].startswith(original) and TYPED.startswith(recovered)
    assert len(recovered) >= len(TYPED[:promised].rstrip())


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_text_typed_until_a_second_before_sigkill_is_recovered(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(home))
    saved = tmp_path / "politique.policy.md"
    native.save(make_policy(), saved)
    before = saved.read_bytes()
    promised, _killed_at = type_and_kill(tmp_path, home, saved, seed)
    assert promised >= 5, "too little was typed a second before the kill to test anything"
    assert saved.read_bytes() == before, "autosave must never touch the user's file"

    # The next start (a new instance with the same application home) offers and restores it.
    window = MainWindow(Document())
    qtbot.addWidget(window)
    window.show()
    answers = Answers("restore_button")
    assert window.safety.offer_recovery() == 1
    assert answers.done
    body = window.document.policy.find("intro").body
    original = make_policy().find("intro").body
    assert body.startswith(original)
    recovered = body[len(original) :]
    assert TYPED.rstrip().startswith(recovered.rstrip()) or recovered == "", recovered
    assert len(recovered) >= len(TYPED[:promised].rstrip()), (
        f"lost keystrokes: {promised} typed a second before the kill, {len(recovered)} recovered"
    )
    assert window.document.path == str(saved)
    assert window.document.is_modified()
    assert window.section_editor.section_id() == "intro"
    # Restored, then saved: the journal is gone and nothing is offered any more.
    window.save()
    qtbot.waitUntil(lambda: recovery.orphaned_journals() == ([], []) and not recovery.all_journals(), timeout=3000)
    assert native.load(saved).find("intro").body == body
