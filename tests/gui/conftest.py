"""GUI fixtures: a shown main window on a small policy, with its prompts answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtWidgets import QMessageBox

from editor import native
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.preview.pane import PreviewPane
from editor.gui.safety.lock_warning import LockWarning


class Prompts:
    """Records and answers the window's prompts instead of showing modal dialogs."""

    def __init__(self) -> None:
        self.save_answer = QMessageBox.StandardButton.Discard
        self.save_path = ""
        self.discard_whole = True
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []


@pytest.fixture
def prompts() -> Prompts:
    return Prompts()


@pytest.fixture
def window(qtbot, app_home: Path, prompts: Prompts, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """A shown main window on :func:`make_policy`, with its prompts answered by ``prompts``."""

    def ask_save_changes(self: MainWindow) -> QMessageBox.StandardButton:
        prompts.asked.append("save_changes")
        return prompts.save_answer

    def ask_save_path(self: MainWindow) -> str:
        prompts.asked.append("save_path")
        return prompts.save_path

    def ask_discard(self: MainWindow) -> bool:
        prompts.asked.append("discard_whole")
        return prompts.discard_whole

    def show_error(self: MainWindow, title: str, text: str) -> None:
        prompts.errors.append((title, text))

    monkeypatch.setattr(MainWindow, "ask_save_changes", ask_save_changes)
    monkeypatch.setattr(MainWindow, "ask_save_path", ask_save_path)
    monkeypatch.setattr(MainWindow, "ask_discard_whole_document", ask_discard)
    monkeypatch.setattr(MainWindow, "show_error", show_error)

    def ask_keep_open(self, path: str, holder: object) -> bool:
        prompts.asked.append("lock")
        return True

    monkeypatch.setattr(LockWarning, "ask_keep_open", ask_keep_open)
    win = MainWindow(Document(make_policy()))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.document.undo_stack.setClean()
    win.whole_editor.discard()


@pytest.fixture
def saved_policy(tmp_path: Path) -> Path:
    path = tmp_path / "politique.policy.md"
    native.save(make_policy(), path)
    return path


@pytest.fixture
def pane(qtbot) -> PreviewPane:
    """A shown preview pane (600x500)."""
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
