"""A failed save explains itself, offers Save As, keeps the document open and modified; Save stays enabled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from safety_helpers import Answers

from editor import native
from editor.model import EditBody


def edit(window) -> None:
    window.document.apply(EditBody("intro", "Texte à ne pas perdre."))


def test_missing_folder_offers_save_as_which_saves(qtbot, window, prompts, tmp_path: Path) -> None:
    gone = tmp_path / "clé-usb" / "politique.policy.md"
    window.document.set_path(str(gone))
    edit(window)
    prompts.save_path = str(tmp_path / "ailleurs.policy.md")
    answers = Answers("save_as_button")
    assert window.save() is True
    assert answers.seen == ["save_error_box"]
    assert "could not be saved" in answers.texts[0]
    assert "clé-usb" in answers.texts[0] and "does not exist any more" in answers.texts[0]
    assert "nothing is lost" in answers.texts[0]
    assert native.load(tmp_path / "ailleurs.policy.md").find("intro").body == "Texte à ne pas perdre."
    assert window.document.path == str(tmp_path / "ailleurs.policy.md")
    assert not window.document.is_modified()


def test_cancel_keeps_the_document_open_modified_and_saving_enabled(qtbot, window, tmp_path: Path) -> None:
    window.document.set_path(str(tmp_path / "gone" / "p.policy.md"))
    edit(window)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    assert window.save() is False
    assert answers.done
    assert window.document.is_modified()
    assert window.document.policy.find("intro").body == "Texte à ne pas perdre."
    assert window.actions["file_save"].isEnabled()
    assert window.actions["file_save_as"].isEnabled()


def test_try_again_succeeds_once_the_problem_is_fixed(qtbot, window, tmp_path: Path) -> None:
    folder = tmp_path / "drive"
    window.document.set_path(str(folder / "p.policy.md"))
    edit(window)
    answers = Answers("retry_button")
    original = window.safety.save_failed

    def fix_then_answer(path, error):
        folder.mkdir()
        return original(path, error)

    window.safety.save_failed = fix_then_answer
    assert window.save() is True
    assert answers.done
    assert (folder / "p.policy.md").exists()
    assert not window.document.is_modified()


def test_disk_full_message_says_so(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    import errno
    import os

    from editor import storage

    folder = tmp_path / "docs"
    folder.mkdir()
    window.document.set_path(str(folder / "p.policy.md"))
    edit(window)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage.os, "fsync", full)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    assert window.save() is False
    assert "disk is full" in answers.texts[0]
    assert not (folder / "p.policy.md").exists()
    assert [p.name for p in folder.iterdir()] == []  # no temporary file left behind
