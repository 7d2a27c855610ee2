"""Opening a file imports it off the UI thread: the window keeps turning, the document changes at the end.

``open_path`` returns once the import is done, turning the event loop meanwhile; so the test acts
from a timer that runs inside that loop, step by step as the import's events arrive (no sleeps).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import slow_importer
from gui_helpers import type_at_end
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from editor import importers
from editor.gui.mainwindow import MainWindow


@pytest.fixture
def slow_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    spec = importers.ImporterSpec("slow", "slow_importer", (".slow",))
    monkeypatch.setattr(importers, "IMPORTERS", (*importers.IMPORTERS, spec))
    slow_importer.RELEASE.clear()
    slow_importer.STARTED.clear()
    path = tmp_path / "énorme.slow"
    path.write_text("Politique lente\n", encoding="utf-8")
    yield path
    slow_importer.RELEASE.set()  # never leave a worker waiting


def _busy_label(window: MainWindow) -> QLabel | None:
    for label in window.statusBar().findChildren(QLabel):
        if "énorme.slow" in label.text() and label.isVisible():
            return label
    return None


def _every_tick(window: MainWindow, step: Callable[[], None]) -> QTimer:
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(step)
    timer.start()
    return timer


def test_window_keeps_turning_while_a_slow_import_runs(window: MainWindow, slow_file: Path, prompts) -> None:
    before = window.document.policy
    seen: dict[str, object] = {"ticks": 0}

    def step() -> None:
        if not slow_importer.STARTED.is_set() or _busy_label(window) is None or "typed" in seen:
            return
        seen["ticks"] = int(seen["ticks"]) + 1  # timers fire while the worker is still busy
        if int(seen["ticks"]) < 3:
            return
        window.outline.select_section("contact")
        type_at_end(window.section_editor.body, " Merci.")  # typing reaches the open document meanwhile
        seen["typed"] = window.document.policy.find("contact").body
        seen["old_document_open"] = window.document.policy is not before and window.document.policy.meta.title
        slow_importer.RELEASE.set()

    timer = _every_tick(window, step)
    assert window.open_path(str(slow_file), ask=False)
    timer.stop()
    assert prompts.asked == ["save_changes"], "text typed while reading is not dropped without asking"
    assert seen["typed"] == "Écrivez-nous. Merci."
    assert seen["old_document_open"] == before.meta.title, "the document is replaced only at the end"
    assert window.document.policy.meta.title == "Politique lente"
    assert _busy_label(window) is None


def test_text_typed_while_reading_can_be_kept(window: MainWindow, slow_file: Path, prompts) -> None:
    prompts.save_answer = QMessageBox.StandardButton.Cancel

    def step() -> None:
        if _busy_label(window) is not None and not slow_importer.RELEASE.is_set():
            type_at_end(window.section_editor.body, " Gardé.")
            slow_importer.RELEASE.set()

    timer = _every_tick(window, step)
    assert not window.open_path(str(slow_file), ask=False)
    timer.stop()
    assert window.section_editor.body.toPlainText().endswith(" Gardé.")
    assert window.document.policy.meta.title != "Politique lente"


def test_cancel_keeps_the_open_document(window: MainWindow, slow_file: Path) -> None:
    before = window.document

    def step() -> None:
        if _busy_label(window) is not None:
            next(b for b in window.statusBar().findChildren(QPushButton) if b.isVisible()).click()

    timer = _every_tick(window, step)
    assert not window.open_path(str(slow_file), ask=False)
    timer.stop()
    slow_importer.RELEASE.set()
    assert window.document is before
    assert _busy_label(window) is None
