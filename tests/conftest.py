"""Test set-up shared by every test: Qt offscreen, app files in a temporary home, fixtures path."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The application's own files (settings, recovery journals, logs) go to a throwaway folder.
os.environ["POLICY_EDITOR_HOME"] = tempfile.mkdtemp(prefix="policy-editor-tests-")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder for the application's own files, for tests that look inside it."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(home))
    return home
