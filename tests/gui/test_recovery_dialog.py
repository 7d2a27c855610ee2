"""Recovery at start: each unsaved document is offered with a diff; restore, discard (confirmed), later."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtWidgets import QMessageBox
from safety_helpers import Answers

from editor import native, recovery
from editor.gui.safety.recovery_dialog import RecoveryDialog, offer_recovery
from editor.model import EditBody, Policy

KILLED_WRITER = (
    "import os, sys; from editor import native, recovery;"
    "p = native.loads(sys.stdin.read()); path = sys.argv[1] or None;"
    "recovery.Journal().write(p, path, recovery.Selection(sys.argv[2], int(sys.argv[3])));"
    "os.kill(os.getpid(), 9)"
)


def orphan_journal(policy: Policy, path: Path | None, section: str = "", cursor: int = 0) -> None:
    """A journal left by a process that was killed."""
    subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(path or ""), section, str(cursor)],
        input=native.dumps(policy),
        text=True,
        env=dict(os.environ),
        check=False,
    )


def edited() -> Policy:
    return EditBody("cookies", "Des cookies\u202f; et des «\u00a0traceurs\u00a0».").apply(make_policy()).policy


def test_dialog_shows_a_diff_against_the_saved_file(qtbot, app_home: Path, saved_policy: Path) -> None:
    orphan_journal(edited(), saved_policy, "cookies", 4)
    entries, _ = recovery.orphaned_journals()
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "Politique de test" in dialog.list.item(0).text()
    assert str(saved_policy) in dialog.details.text()
    assert "-Des cookies." in dialog.diff.lines
    assert "+Des cookies\u202f; et des «\u00a0traceurs\u00a0»." in dialog.diff.lines


def test_never_saved_document_shows_its_whole_text(qtbot, app_home: Path) -> None:
    orphan_journal(edited(), None)
    entries, _ = recovery.orphaned_journals()
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    assert "never saved" in dialog.details.text()
    assert any("traceurs" in line for line in dialog.diff.lines if line.startswith("+"))


def test_discard_needs_a_confirmation(qtbot, app_home: Path, saved_policy: Path) -> None:
    orphan_journal(edited(), saved_policy)
    entries, _ = recovery.orphaned_journals()
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    dialog.discard_current()
    assert answers.seen == ["confirm_discard_box"]
    assert entries[0].file.exists() and dialog.list.count() == 1
    answers = Answers("confirm_discard_button")
    dialog.discard_current()
    assert answers.done
    assert not entries[0].file.exists()
    assert dialog.list.count() == 0 and dialog.result() == RecoveryDialog.DialogCode.Accepted


def test_decide_later_keeps_the_journal_for_the_next_start(qtbot, app_home: Path, saved_policy: Path) -> None:
    orphan_journal(edited(), saved_policy)
    answers = Answers("later_button")
    assert offer_recovery() == []
    assert answers.done
    assert len(recovery.orphaned_journals()[0]) == 1


def test_nothing_to_recover_shows_nothing(qtbot, app_home: Path) -> None:
    recovery.Journal().write(make_policy(), None)  # a live process's journal (ours) is not offered
    assert offer_recovery() == []


def test_restore_reopens_with_file_title_selection_and_undo_to_saved(qtbot, window, saved_policy: Path) -> None:
    orphan_journal(edited(), saved_policy, "cookies", 4)
    answers = Answers("restore_button")
    assert window.safety.offer_recovery() == 1
    assert answers.done
    document = window.document
    assert document.policy == edited()
    assert document.path == str(saved_policy)
    assert document.is_modified() and window.isWindowModified()
    assert "politique.policy.md" in window.windowTitle()
    assert window.section_editor.section_id() == "cookies"
    assert window.section_editor.body.textCursor().position() == 4
    # The journal now belongs to this process: it is not offered again while we run...
    qtbot.waitUntil(lambda: recovery.orphaned_journals() == ([], []), timeout=2000)
    entry = recovery.read_journal(window.safety.controller.journal.file)
    assert entry.pid == os.getpid() and entry.policy() == edited()
    # ...and undo goes back to what was saved.
    document.undo_stack.undo()
    assert document.policy == make_policy()


def test_several_documents_open_in_their_own_windows(qtbot, window, saved_policy: Path, tmp_path: Path) -> None:
    orphan_journal(edited(), saved_policy, "cookies", 1)
    orphan_journal(make_policy(), None)
    answers = Answers("restore_button", "restore_button")
    assert window.safety.offer_recovery() == 2
    assert answers.done
    extra = window.safety.extra_windows
    assert len(extra) == 1
    for other in extra:
        qtbot.addWidget(other)
    shown = sorted([window.document.path or "", extra[0].document.path or ""])
    assert shown == ["", str(saved_policy)]
    for other in extra:
        other.document.undo_stack.setClean()


@pytest.mark.parametrize("content", [b"{broken", b""])
def test_damaged_journal_is_named_and_left_alone(qtbot, app_home: Path, saved_policy: Path, content: bytes) -> None:
    orphan_journal(edited(), saved_policy)
    bad = recovery.recovery_dir() / ("bad" + recovery.JOURNAL_SUFFIX)
    bad.write_bytes(content)
    entries, damaged = recovery.orphaned_journals()
    dialog = RecoveryDialog(entries, damaged)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    note = dialog.findChild(QLabel, "recovery_damaged")
    assert note is not None and str(bad) in note.text()
    assert bad.exists()
