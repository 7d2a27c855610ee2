"""Fixtures for the installer tests: the packaging/ modules on the path, and a built bundle when given.

The recipe tests run in every test run. The bundle tests need a bundle built by
``python packaging/build.py bundle``: ``.ci/packaging.sh`` runs them after the build with
``POLICY_EDITOR_BUNDLE=dist/policy-editor``; without that variable they are skipped.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the built bundle in a temporary folder outside the source tree."""
    given = os.environ.get("POLICY_EDITOR_BUNDLE")
    if not given:
        pytest.skip("no built bundle: set POLICY_EDITOR_BUNDLE=dist/policy-editor (.ci/packaging.sh does)")
    source = Path(given).resolve()
    assert (source / "_internal").is_dir(), f"{source}: not a one-folder bundle"
    copy = tmp_path_factory.mktemp("bundle-outside-tree") / source.name
    assert ROOT not in copy.parents
    shutil.copytree(source, copy, symlinks=True)
    yield copy
