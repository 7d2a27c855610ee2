"""Recovery journals (editor.recovery): written atomically, listed after a crash, removed when done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import native, recovery
from editor.errors import FileFormatError
from editor.model import EditBody
from editor.model.policy import Metadata, Policy, Section


@pytest.fixture(autouse=True)
def _home(app_home: Path) -> Path:
    return app_home


def sample(text: str = "Nous collectons\u202f: vos «\u00a0données\u00a0».") -> Policy:
    return Policy(
        Metadata(title="Politique de confidentialité"),
        (Section("donnees", "Données", 2, text, (Section("cookies", "Cookies", 3, "Des cookies."),)),),
    )


def test_journal_lives_in_the_state_folder_and_holds_everything(app_home: Path, tmp_path: Path) -> None:
    journal = recovery.Journal()
    saved = tmp_path / "p.policy.md"
    journal.write(sample(), str(saved), recovery.Selection("cookies", 4, 1))
    assert journal.file.is_relative_to(app_home / "state")
    head, text = journal.file.read_text("utf-8").split("\n", 1)
    data = json.loads(head)
    assert text == native.dumps(sample())  # the policy as plain native text after one JSON line
    assert data["path"] == str(saved) and data["pid"] == os.getpid()
    assert data["section"] == "cookies" and data["cursor"] == 4 and data["time"]
    entry = recovery.read_journal(journal.file)
    assert entry.policy() == sample()
    assert entry.selection == recovery.Selection("cookies", 4, 1)
    assert entry.title == "Politique de confidentialité"
    assert entry.owner_alive
    assert list(journal.file.parent.iterdir()) == [journal.file]  # no temporary, no .bak


def test_journal_of_a_live_process_is_not_offered() -> None:
    recovery.Journal().write(sample(), None)
    found, damaged = recovery.orphaned_journals()
    assert found == [] and damaged == []


def test_journal_of_a_killed_process_is_offered_and_can_be_discarded(tmp_path: Path) -> None:
    script = (
        "import os, sys; from editor import native, recovery; from editor.recovery import Selection;"
        "p = native.loads(sys.stdin.read());"
        "recovery.Journal().write(p, sys.argv[1], Selection('cookies', 2)); os.kill(os.getpid(), 9)"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "p.policy.md")],
        input=native.dumps(sample()),
        text=True,
        env=dict(os.environ),
        check=False,
    )
    found, damaged = recovery.orphaned_journals()
    assert damaged == []
    assert len(found) == 1
    entry = found[0]
    assert entry.policy() == sample()
    assert entry.path == str(tmp_path / "p.policy.md")
    assert entry.selection.section == "cookies"
    recovery.discard(entry)
    assert recovery.orphaned_journals() == ([], [])


def test_saved_text_reads_the_saved_file_for_the_diff(tmp_path: Path) -> None:
    saved = tmp_path / "p.policy.md"
    native.save(sample("Ancien texte."), saved)
    journal = recovery.Journal()
    journal.write(sample("Nouveau texte."), str(saved))
    entry = recovery.read_journal(journal.file)
    assert "Ancien texte." in entry.saved_text()
    assert "Nouveau texte." in entry.text
    saved.unlink()
    assert entry.saved_text() is None


def test_remove_forgets_the_journal() -> None:
    journal = recovery.Journal()
    journal.write(sample(), None)
    assert journal.exists()
    journal.remove()
    journal.remove()
    assert not journal.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe garbage",
        b"[1, 2]",
        b'{"format": "other/9"}\n',
        b'{"format": "policy-editor-journal/1"}\n---\n',
        b'{"format": "policy-editor-journal/1", "document": "d", "pid": 1}',
        b'{"format": "policy-editor-journal/1", "document": "d", "pid": 1}\n\xff',
    ],
)
def test_damaged_journals_are_reported_not_raised(content: bytes) -> None:
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / ("bad" + recovery.JOURNAL_SUFFIX)
    bad.write_bytes(content)
    found, damaged = recovery.orphaned_journals()
    assert found == []
    assert len(damaged) == 1 and str(bad) in damaged[0].message()
    with pytest.raises(FileFormatError):
        recovery.read_journal(bad)


def test_text_cache_gives_the_same_text_as_native_dumps() -> None:
    journal = recovery.Journal()
    policy = sample()
    for index in range(4):
        policy = EditBody("cookies", f"Version {index}\u202f!").apply(policy).policy
        journal.write(policy, None)
        assert recovery.read_journal(journal.file).text == native.dumps(policy)
        assert recovery.read_journal(journal.file).policy() == policy


def test_newest_first_and_rewrite_keeps_one_file() -> None:
    journal = recovery.Journal()
    for index in range(5):
        journal.write(sample(f"version {index}"), None)
    files = recovery.all_journals()
    assert files == [journal.file]
    assert "version 4" in recovery.read_journal(journal.file).text
