"""Document locks (editor.locks): a live owner is detected, a dead one's lock is taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import locks


@pytest.fixture(autouse=True)
def _home(app_home: Path) -> Path:
    return app_home


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_first_acquire_takes_the_lock_and_release_removes_it(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    attempt = locks.acquire(doc)
    assert attempt.lock is not None and attempt.holder is None
    data = json.loads(locks.lock_file(doc).read_text())
    assert data["pid"] == os.getpid() and data["host"] and data["since"]
    attempt.lock.release()
    assert not locks.lock_file(doc).exists()


def test_second_window_of_this_process_sees_the_first(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    first = locks.acquire(doc)
    second = locks.acquire(tmp_path / "." / "a.policy.md")  # the same file, spelled differently
    assert second.lock is None
    assert second.holder is not None and second.holder.is_this_process
    first.lock.release()


def test_live_other_process_is_reported(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    script = (
        "import sys, time; from editor import locks; a = locks.acquire(sys.argv[1]);"
        "print('locked' if a.lock else 'failed', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(doc)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        attempt = locks.acquire(doc)
        assert attempt.lock is None
        assert attempt.holder is not None and attempt.holder.pid == child.pid
        assert not attempt.holder.is_this_process
        forced = locks.acquire(doc, force=True)
        assert forced.lock is not None and forced.holder is not None and forced.holder.pid == child.pid
    finally:
        child.kill()
        child.wait()


def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    script = "import sys, os, signal; from editor import locks; locks.acquire(sys.argv[1]); os.kill(os.getpid(), 9)"
    subprocess.run([sys.executable, "-c", script, str(doc)], check=False)
    previous = locks.read_owner(doc)
    assert previous is not None and not previous.is_alive()
    attempt = locks.acquire(doc)
    assert attempt.lock is not None and attempt.holder is None and attempt.took_over_stale
    assert locks.read_owner(doc).pid == os.getpid()


def test_reused_pid_is_not_mistaken_for_the_owner(tmp_path: Path) -> None:
    """Our own pid with another start time means the owner died and the pid was reused."""
    doc = tmp_path / "a.policy.md"
    assert locks.acquire(doc).lock is not None
    file = locks.lock_file(doc)
    data = json.loads(file.read_text())
    data["started"] = "1"
    data["token"] = "someone-else"
    file.write_text(json.dumps(data))
    if not locks.process_start_token(os.getpid()):
        pytest.skip("no process start times on this system")
    attempt = locks.acquire(doc)
    assert attempt.lock is not None and attempt.took_over_stale


def test_damaged_lock_file_is_taken_over(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    file = locks.lock_file(doc)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(b"\x00garbage")
    old = 1_000_000_000
    os.utime(file, (old, old))
    attempt = locks.acquire(doc)
    assert attempt.lock is not None


def test_release_does_not_remove_a_lock_taken_over_by_someone_else(tmp_path: Path) -> None:
    doc = tmp_path / "a.policy.md"
    mine = locks.acquire(doc).lock
    theirs = locks.acquire(doc, force=True).lock
    mine.release()
    assert theirs.holds()
    theirs.release()
    assert not locks.lock_file(doc).exists()


def test_other_host_is_assumed_alive(tmp_path: Path) -> None:
    owner = locks.LockOwner(pid=dead_pid(), host="another-machine", started="", since="", token="t", path="")
    assert owner.is_alive()


def test_unwritable_state_folder_never_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"")
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(blocker))  # state dir would be under a file
    attempt = locks.acquire(tmp_path / "a.policy.md")
    assert attempt.lock is None and attempt.holder is None
