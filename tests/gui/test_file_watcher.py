"""External changes: the user is told and chooses; nothing is overwritten silently either way."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtWidgets import QMessageBox
from safety_helpers import Answers

from editor import native
from editor.gui.document.document import Document
from editor.gui.safety.file_watcher import FileWatcher
from editor.model import EditBody, Policy, Section


@pytest.fixture
def opened(qtbot, app_home: Path, tmp_path: Path) -> tuple[Document, FileWatcher, Path]:
    path = tmp_path / "politique.policy.md"
    native.save(make_policy(), path)
    document = Document(native.load(path), str(path))
    watcher = FileWatcher(document)
    return document, watcher, path


def other_version() -> Policy:
    return Policy(make_policy().meta, (Section("autre", "Autre", 2, "Écrit par un autre programme."),))


def external_write(path: Path, policy: Policy) -> None:
    """Another program replaces the file (write to a temporary, rename: like git, editors, sync tools)."""
    temp = path.with_name("other-program.tmp")
    temp.write_text(native.dumps(policy), "utf-8")
    os.replace(temp, path)


def test_keep_mine_keeps_my_text_marks_it_unsaved_and_does_not_ask_again(qtbot, opened) -> None:
    document, watcher, path = opened
    document.apply(EditBody("intro", "Mon texte."))
    answers = Answers("keep_button")
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):
        external_write(path, other_version())
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    assert answers.seen == ["external_change_box"]
    assert "politique.policy.md" in answers.texts[0]
    assert document.policy.find("intro").body == "Mon texte."
    assert document.is_modified()
    assert native.load(path) == other_version()  # the other program's file is untouched too
    watcher.check()  # the same disk version: no second prompt
    assert len(answers.seen) == 1


def test_reload_takes_the_disk_version_and_can_be_undone(qtbot, opened) -> None:
    document, watcher, path = opened
    answers = Answers("reload_button")
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        external_write(path, other_version())
    assert answers.done
    assert document.policy == other_version()
    assert not document.is_modified()
    document.undo_stack.undo()
    assert document.policy.find("intro") is not None


def test_compare_shows_both_versions_then_asks_again(qtbot, opened) -> None:
    document, watcher, path = opened
    document.apply(EditBody("intro", "Ma version."))
    seen_diff: list[str] = []
    original = watcher.compare

    def compare() -> None:
        from editor.gui.safety.diff_view import DiffDialog

        real_exec = DiffDialog.exec

        def exec_and_read(dialog: DiffDialog) -> int:
            seen_diff.extend(dialog.view.lines)
            return 0

        DiffDialog.exec = exec_and_read
        try:
            original()
        finally:
            DiffDialog.exec = real_exec

    watcher.compare = compare
    answers = Answers("compare_button", "keep_button")
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):
        external_write(path, other_version())
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    assert answers.seen == ["external_change_box", "external_change_box"]
    assert "-Ma version." in seen_diff
    assert "+Écrit par un autre programme." in seen_diff
    assert document.policy.find("intro").body == "Ma version."


def test_own_saves_never_prompt_and_the_watch_survives_atomic_replace(qtbot, opened) -> None:
    document, watcher, path = opened
    prompts = []
    watcher.ask_external_change = lambda: prompts.append("asked")  # must not be called
    for text in ("un", "deux", "trois"):
        document.apply(EditBody("intro", text))
        document.save()
        qtbot.wait(300)
    assert prompts == []
    assert str(path) in watcher.watched()
    answers = Answers("keep_button")
    del watcher.ask_external_change
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):
        external_write(path, other_version())
    qtbot.waitUntil(lambda: answers.done, timeout=3000)


def test_deleted_file_stays_open_as_modified_and_its_return_is_noticed(qtbot, opened) -> None:
    document, watcher, path = opened
    answers = Answers(QMessageBox.StandardButton.Ok, "keep_button")
    with qtbot.waitSignal(watcher.file_deleted, timeout=3000):
        path.unlink()
    qtbot.waitUntil(lambda: answers.seen == ["file_deleted_box"], timeout=3000)
    assert document.is_modified()
    assert document.policy == make_policy()
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):  # e.g. git checkout brings it back changed
        external_write(path, other_version())
    qtbot.waitUntil(lambda: answers.done, timeout=3000)


def test_git_checkout_of_another_version_is_noticed(qtbot, opened, tmp_path: Path) -> None:
    document, watcher, path = opened
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t"]
    if subprocess.run([*git, "init", "-q"], capture_output=True).returncode != 0:
        pytest.skip("git not available")
    subprocess.run([*git, "add", path.name], check=True)
    subprocess.run([*git, "commit", "-qm", "one"], check=True)
    native.save(other_version(), path)
    subprocess.run([*git, "commit", "-qam", "two"], check=True)
    watcher._on_saved(str(path))  # we know version two (as if we had saved it)
    answers = Answers("reload_button")
    with qtbot.waitSignal(watcher.reloaded, timeout=3000):
        subprocess.run([*git, "checkout", "-q", "HEAD~1", "--", path.name], check=True)
    assert answers.done
    assert document.policy == make_policy()


def test_unreadable_new_version_cannot_be_reloaded_and_mine_is_kept(qtbot, opened) -> None:
    document, watcher, path = opened
    answers = Answers("reload_button", QMessageBox.StandardButton.Ok, "keep_button")
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):
        path.write_bytes(b"\xff\xfe not a policy")
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    assert document.policy == make_policy()
    assert document.is_modified()


def test_save_over_a_changed_file_asks_first(qtbot, opened) -> None:
    _document, watcher, path = opened
    watcher._settle.stop()
    watcher._watcher.blockSignals(True)
    external_write(path, other_version())
    answers = Answers(QMessageBox.StandardButton.Cancel)
    assert watcher.confirm_overwrite() is False
    assert answers.done
    answers = Answers(QMessageBox.StandardButton.Save)
    assert watcher.confirm_overwrite() is True


def test_save_after_keep_mine_asks_again(qtbot, opened) -> None:
    document, watcher, path = opened
    document.apply(EditBody("intro", "Mon texte."))
    answers = Answers("keep_button")
    with qtbot.waitSignal(watcher.file_changed, timeout=3000):
        external_write(path, other_version())
    qtbot.waitUntil(lambda: answers.done, timeout=3000)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    assert watcher.confirm_overwrite() is False  # saved over the other program's version without asking before
    assert answers.done
    assert native.load(path) == other_version()
    answers = Answers(QMessageBox.StandardButton.Save)
    assert watcher.confirm_overwrite() is True
    document.save()
    assert watcher.confirm_overwrite() is True  # saved: the disk is ours again, no question
