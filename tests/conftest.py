"""Test set-up shared by every test: Qt offscreen, app files in a temporary home, fixtures path."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

import pytest

from editor.cycle_collection import collect_due

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The application's own files (settings, recovery journals, logs) go to a throwaway folder.
os.environ["POLICY_EDITOR_HOME"] = tempfile.mkdtemp(prefix="policy-editor-tests-")

FIXTURES = Path(__file__).parent / "fixtures"

# As in the window (editor/gui/gui_thread_gc.py): cyclic garbage is collected on the main thread
# only, after each test, never by whichever thread allocates. A worker thread of one test (the
# font set-up, an export) would otherwise delete the Qt objects an earlier test left in cycles.
gc.disable()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    collect_due()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder for the application's own files, for tests that look inside it."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(home))
    return home
