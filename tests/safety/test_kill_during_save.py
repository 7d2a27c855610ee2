"""A process killed (SIGKILL) at random points while saving never leaves a truncated file.

A child process saves a large policy over and over, alternating two versions, through the same
code path as the editor's Save (editor.native.save -> storage.atomic_write). It is killed at a
random moment; the target and its backup must each be one complete version, byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor import native
from editor.model.policy import Metadata, Policy, Section

CHILD = r"""
import sys
from editor import native
target, first, second = sys.argv[1:4]
versions = [native.loads(open(first, encoding="utf-8").read()), native.loads(open(second, encoding="utf-8").read())]
print("ready", flush=True)
index = 0
while True:
    native.save(versions[index % 2], target)
    index += 1
"""


def big_policy(tag: str, sections: int = 2000) -> Policy:
    body = (f"{tag} Nous traitons vos données\u202f; « conservées\u00a0» trois ans. " * 20).strip()
    return Policy(
        Metadata(title=f"Politique {tag}"),
        tuple(Section(f"s{index}", f"Section {index} {tag}", 2, body) for index in range(sections)),
    )


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.slow
def test_kill_at_random_points_leaves_old_or_new_file(tmp_path: Path) -> None:
    rng = random.Random(7)
    first, second = tmp_path / "first.policy.md", tmp_path / "second.policy.md"
    texts = {name: native.dumps(big_policy(name)).encode("utf-8") for name in ("A", "B")}
    first.write_bytes(texts["A"])
    second.write_bytes(texts["B"])
    assert len(texts["A"]) > 1_000_000
    allowed = {digest(text) for text in texts.values()}
    target = tmp_path / "docs" / "policy.policy.md"
    target.parent.mkdir()
    target.write_bytes(texts["A"])
    env = dict(os.environ)
    kills = 0
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), str(first), str(second)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        kills += 1
        assert digest(target.read_bytes()) in allowed, "the saved file is truncated or mixed"
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            assert digest(backup.read_bytes()) in allowed, "the backup is truncated or mixed"
        visible = [p.name for p in target.parent.iterdir() if not p.name.startswith(".")]
        assert sorted(visible) in (["policy.policy.md"], ["policy.policy.md", "policy.policy.md.bak"])
    assert kills == 12
    # The temporary files of the killed saves are hidden, and the next save clears the stale ones.
    for temp in target.parent.glob(".*.tmp"):
        os.utime(temp, (0, 0))
    native.save(big_policy("C", 10), target)
    assert list(target.parent.glob(".*.tmp")) == []
