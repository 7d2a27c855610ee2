"""An unexpected error never loses text: the save paths report it, the journal keeps the text,
the window stays open; a failing state folder is a lasting warning until journaling works again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from safety_helpers import Answers

from editor import native, paths, recovery
from editor.gui.safety import exception_hook
from editor.gui.safety.recovery_controller import RecoveryController
from editor.model import EditBody

TEXT = "Texte tapé qui ne doit pas se perdre."


class break_encoding:  # noqa: N801 - used as a context manager
    """Inject an encoding error into the save path (what a lone surrogate used to cause)."""

    def __enter__(self) -> None:
        def dumps(policy):
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

        self.real = native.dumps
        native.dumps = dumps

    def __exit__(self, *exc: object) -> None:
        native.dumps = self.real


def journal_text(window) -> str:
    controller = window.safety.controller
    controller.flush()
    return recovery.read_journal(controller.journal.file).text


def test_save_with_an_encoding_error_reports_it_and_keeps_the_text(
    qtbot, window, saved_policy: Path, tmp_path: Path
) -> None:
    target = saved_policy
    before = target.read_bytes()
    window.document.set_path(str(target))
    window.document.apply(EditBody("intro", TEXT))
    answers = Answers(QMessageBox.StandardButton.Cancel)
    with break_encoding():
        assert window.save() is False  # raised UnicodeEncodeError out of the slot before
    assert answers.seen == ["save_error_box"]
    assert "internal problem" in answers.texts[0]
    assert window.isVisible() and window.document.is_modified()
    assert window.document.policy.find("intro").body == TEXT
    assert target.read_bytes() == before and not list(tmp_path.glob(".*.tmp"))
    assert TEXT in journal_text(window)
    crash_log = paths.log_dir() / "crash.log"
    assert "UnicodeEncodeError" in crash_log.read_text(encoding="utf-8")


def test_save_as_with_an_encoding_error_reports_it(qtbot, window, prompts, tmp_path: Path) -> None:
    window.document.apply(EditBody("intro", TEXT))
    prompts.save_path = str(tmp_path / "nouveau.policy.md")
    answers = Answers(QMessageBox.StandardButton.Cancel)
    with break_encoding():
        assert window.save_as() is False
    assert answers.seen == ["save_error_box"]
    assert window.document.is_modified() and not (tmp_path / "nouveau.policy.md").exists()


def test_quit_then_save_with_an_encoding_error_keeps_the_window_and_the_journal(
    qtbot, window, prompts, tmp_path: Path
) -> None:
    window.document.apply(EditBody("intro", TEXT))
    prompts.save_answer = QMessageBox.StandardButton.Save
    prompts.save_path = str(tmp_path / "nouveau.policy.md")
    answers = Answers(QMessageBox.StandardButton.Cancel)
    with break_encoding():
        assert window.close() is False  # the app exited with no file and no journal before
    assert answers.done
    assert window.isVisible() and window.document.is_modified()
    assert TEXT in journal_text(window)


def test_a_journal_and_the_preview_take_a_lone_surrogate(qtbot, window) -> None:
    window.document.apply(EditBody("intro", "a\ud800b"))
    assert "a\ud800b" in journal_text(window)  # kept exactly: the journal is the last resort
    qtbot.waitUntil(lambda: "a\ufffdb" in window.preview.toPlainText(), timeout=5000)


def test_exception_hook_shows_plain_words_writes_the_journal_and_keeps_the_window(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = exception_hook.ExceptionHook()
    shown: list[tuple[BaseException, str]] = []
    hook.show = lambda parent, error, log: shown.append((error, log))
    monkeypatch.setattr("sys.excepthook", hook)
    window.document.apply(EditBody("intro", TEXT))
    window.safety.controller._cancel_timers()  # the journal is not written yet

    def broken_slot() -> None:
        raise ValueError("un bogue")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0][0], ValueError) and shown[0][1]
    assert window.isVisible()
    assert TEXT in recovery.read_journal(window.safety.controller.journal.file).text


def test_exception_dialog_is_in_plain_words(qtbot, window) -> None:
    answers = Answers(QMessageBox.StandardButton.Ok)
    exception_hook.show_dialog(window, ValueError("x"), "/tmp/crash.log")
    assert answers.seen == ["unexpected_error_box"]
    assert "nothing is lost" in answers.texts[0] and "Traceback" not in answers.texts[0]


# -- a full or unwritable state folder --------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_unwritable_state_folder_is_a_lasting_warning_until_journaling_works(qtbot, window) -> None:
    _check_lasting_warning(qtbot, window, lambda folder: folder.chmod(0o500), lambda folder: folder.chmod(0o700))


def test_failing_state_folder_is_a_lasting_warning_until_journaling_works(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = {"on": True}
    real_write = recovery.Journal.write

    def write(self, *args, **kwargs):
        if failing["on"]:
            raise OSError(28, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(recovery.Journal, "write", write)
    monkeypatch.setattr("editor.gui.safety.recovery_controller.RETRY_MS", 100)
    _check_lasting_warning(qtbot, window, lambda _f: None, lambda _f: failing.update(on=False))


def _check_lasting_warning(qtbot, window, break_folder, repair_folder) -> None:
    controller: RecoveryController = window.safety.controller
    controller._retry.setInterval(100)
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    warning = window.safety.journal_warning
    failures: list[str] = []
    controller.journal_failed.connect(failures.append)
    break_folder(folder)
    try:
        window.document.apply(EditBody("intro", TEXT))
        qtbot.waitUntil(warning.isVisible, timeout=5000)
        # it stays through the retries that fail too (a status message would have been replaced)
        qtbot.waitUntil(lambda: len(failures) >= 3, timeout=5000)
        assert warning.isVisible() and warning.reason
        assert not controller.journal.exists()
    finally:
        repair_folder(folder)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)  # the retry wrote the journal
    assert TEXT in recovery.read_journal(controller.journal.file).text
