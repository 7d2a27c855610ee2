"""Work-safety benchmarks: a recovery journal write and a safe save, against a plain file write.

The journal is written on a worker thread about once a second while someone types, so its cost
is what typing can feel (the worker holds the GIL while it serialises). The anchor is writing the
same bytes with a plain ``open().write()`` (no fsync, no atomic replace).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from corpus import make_policy
from harness import Benchmark

from editor import native, recovery, storage
from editor.model import EditBody

POLICY = make_policy(3000)
TEXT = native.dumps(POLICY).encode("utf-8")
FOLDER = Path(tempfile.mkdtemp(prefix="bench-recovery-"))
os.environ.setdefault("POLICY_EDITOR_HOME", str(FOLDER / "home"))
JOURNAL = recovery.Journal()
TARGET = FOLDER / "policy.policy.md"
PLAIN = FOLDER / "plain.policy.md"
_MIDDLE = POLICY.sections[len(POLICY.sections) // 2]
VERSIONS = [POLICY, EditBody(_MIDDLE.id, _MIDDLE.body + " Ajout.").apply(POLICY).policy]
_turn = [0]


def _journal_after_an_edit() -> None:
    """What the recovery controller does a second after a keystroke: one section changed."""
    _turn[0] += 1
    JOURNAL.write(VERSIONS[_turn[0] % 2], str(TARGET), recovery.Selection(_MIDDLE.id, 10))


def _plain_write() -> None:
    with open(PLAIN, "wb") as out:
        out.write(TEXT)


BENCHMARKS = [
    Benchmark(
        "recovery.journal write after one edit, 3000 sections",
        ours=_journal_after_an_edit,
        anchor=_plain_write,
        anchor_label="plain open().write() of the native text",
        target="well under the 1 s journal period",
    ),
    Benchmark(
        "storage.atomic_write (save) 3000 sections",
        ours=lambda: storage.atomic_write(TARGET, TEXT),
        anchor=_plain_write,
        anchor_label="plain open().write() of the same bytes",
    ),
]
