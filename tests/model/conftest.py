"""A small policy shared by the model tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tests_model_fixture import base_policy

from editor.model import Policy


@pytest.fixture
def policy() -> Policy:
    return base_policy()
