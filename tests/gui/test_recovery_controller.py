"""The recovery controller writes the journal within 1 s of a change, off the GUI thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from gui_helpers import make_policy

from editor import native, recovery
from editor.gui.document.document import Document
from editor.gui.safety.recovery_controller import MAX_DELAY_MS, RecoveryController
from editor.model import EditBody
from editor.recovery import Selection


@pytest.fixture
def document(qtbot, app_home: Path) -> Document:
    return Document(make_policy())


def journal_text(controller: RecoveryController) -> str | None:
    try:
        return recovery.read_journal(controller.journal.file).text
    except Exception:  # noqa: BLE001 - not written yet
        return None


def test_journal_written_within_a_second_of_the_last_change(qtbot, document: Document) -> None:
    controller = RecoveryController(document, lambda: Selection("intro", 3))
    assert not controller.journal.exists()
    start = time.monotonic()
    document.apply(EditBody("intro", "Bonjour\u00a0!"))
    qtbot.waitUntil(controller.journal.exists, timeout=1000)
    assert time.monotonic() - start < 1.0
    entry = recovery.read_journal(controller.journal.file)
    assert entry.policy() == document.policy
    assert entry.selection == Selection("intro", 3)
    assert controller.journal.file.parent == recovery.recovery_dir()
    controller.close()


def test_continuous_typing_still_writes_every_second(qtbot, document: Document) -> None:
    """Someone who never pauses must not lose more than about a second of typing."""
    controller = RecoveryController(document)
    typed = ""
    samples: list[tuple[float, str]] = []
    end = time.monotonic() + 2.5
    while time.monotonic() < end:
        typed += "a"
        document.type_text(EditBody("intro", typed))
        samples.append((time.monotonic(), typed))
        qtbot.wait(50)
        text = journal_text(controller)
        if text is not None:
            last = native.loads(text).find("intro").body
            written_at = next(when for when, body in samples if body == last)
            assert time.monotonic() - written_at < 1.0 + 0.5, "the journal lags more than a second behind"
    assert journal_text(controller) is not None
    assert MAX_DELAY_MS <= 1000
    controller.close()


def test_writes_happen_on_a_worker_thread(qtbot, document: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real = recovery.Journal.write

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(recovery.Journal, "write", spy)
    controller = RecoveryController(document)
    document.apply(EditBody("intro", "x"))
    qtbot.waitUntil(controller.journal.exists, timeout=1000)
    assert threads and threads[0] != threading.main_thread().name
    controller.close()


def test_save_removes_the_journal(qtbot, document: Document, tmp_path: Path) -> None:
    controller = RecoveryController(document)
    document.apply(EditBody("intro", "x"))
    qtbot.waitUntil(controller.journal.exists, timeout=1000)
    document.save(str(tmp_path / "p.policy.md"))
    qtbot.waitUntil(lambda: not controller.journal.exists(), timeout=1000)
    document.apply(EditBody("intro", "y"))
    qtbot.waitUntil(controller.journal.exists, timeout=1000)
    controller.close()


def test_undo_back_to_saved_state_removes_the_journal(qtbot, document: Document) -> None:
    controller = RecoveryController(document)
    document.apply(EditBody("intro", "x"))
    qtbot.waitUntil(controller.journal.exists, timeout=1000)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: not controller.journal.exists(), timeout=1000)
    controller.close()


def test_clean_close_removes_unclean_close_keeps(qtbot, document: Document) -> None:
    first = RecoveryController(document)
    document.apply(EditBody("intro", "x"))
    first.flush()
    assert first.journal.exists()
    first.close(clean=True)
    assert not first.journal.exists()
    other = Document(make_policy())
    second = RecoveryController(other)
    other.apply(EditBody("intro", "kept"))
    second.close(clean=False)  # written at once, and left for the next start
    assert "kept" in journal_text(second)


def test_unwritable_state_folder_is_reported_and_editing_goes_on(
    qtbot, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"")
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(blocker))
    controller = RecoveryController(document)
    with qtbot.waitSignal(controller.journal_failed, timeout=2000) as failed:
        document.apply(EditBody("intro", "x"))
    assert "blocker" in failed.args[0]
    assert document.is_modified()
    document.apply(EditBody("intro", "xy"))
    assert document.policy.find("intro").body == "xy"
    controller.close()
