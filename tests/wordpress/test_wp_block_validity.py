"""Every exported page of our fixtures passes the block editor's own validator (node + jsdom).

The npm packages are the pinned set of the shared WordPress recipe, installed once into a cache
folder (``~/.cache/policy-editor-tests/block-validator``, or ``POLICY_EDITOR_BLOCK_VALIDATOR``);
``.ci/run`` installs them. Skipped where node or npm is absent.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.exporters import context_for_export
from editor.importers import import_file
from editor.wordpress.page import block_markup

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures"
PACKAGES = (
    "@wordpress/block-library@11.0.0",
    "@wordpress/blocks@16.1.0",
    "@wordpress/element@8.8.0",
    "@wordpress/core-data@8.0.0",
    "jsdom@29.1.1",
)


def validator_folder() -> Path:
    default = Path.home() / ".cache" / "policy-editor-tests" / "block-validator"
    return Path(os.environ.get("POLICY_EDITOR_BLOCK_VALIDATOR", default))


def installed(folder: Path) -> bool:
    return all((folder / "node_modules" / name.rsplit("@", 1)[0]).is_dir() for name in PACKAGES)


@pytest.fixture(scope="module")
def node_modules() -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed (Debian: apt-get install nodejs npm)")
    folder = validator_folder()
    if not installed(folder):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "block-validator", "private": true}\n')
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", *PACKAGES],
            cwd=folder, capture_output=True, text=True, timeout=900, check=False,
        )  # fmt: skip
        if done.returncode != 0 or not installed(folder):
            pytest.skip(f"the npm packages of the block validator cannot be installed: {done.stderr.strip()[-300:]}")
    return folder / "node_modules"


def validate(node_modules: Path, pages: list[dict[str, str]]) -> list[dict[str, object]]:
    done = subprocess.run(
        ["node", str(HERE / "validate_blocks.js")],
        input=json.dumps(pages), capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "NODE_PATH": str(node_modules)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results


def exported_pages() -> list[dict[str, str]]:
    """The block markup (what ``wp-update`` and a push send) of every policy among the fixtures."""
    pages = []
    for path in sorted(FIXTURES.rglob("*.policy.md")):
        try:
            policy = import_file(path).policy
        except Exception:  # noqa: BLE001 - fixtures of bad files are not pages
            continue
        pages.append(
            {
                "name": str(path.relative_to(FIXTURES)),
                "markup": block_markup(policy, context_for_export(policy, "wp-update").render),
            }
        )
    return pages


BAD = '<!-- wp:heading {"level":3} -->\n<h2 class="wp-block-heading">Title</h2>\n<!-- /wp:heading -->'
GOOD = "<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->"


@pytest.fixture(scope="module")
def results(node_modules: Path) -> dict[str, list[object]]:
    """One node run (loading the block library takes seconds): the checker's check, then the fixtures."""
    pages = [{"name": "check:bad", "markup": BAD}, {"name": "check:good", "markup": GOOD}, *exported_pages()]
    return {str(result["name"]): list(result["invalid"]) for result in validate(node_modules, pages)}  # type: ignore[call-overload]


def test_the_validator_catches_an_invalid_block(results: dict[str, list[object]]) -> None:
    assert results["check:bad"] and not results["check:good"]


def test_every_exported_fixture_page_is_valid_for_the_block_editor(results: dict[str, list[object]]) -> None:
    pages = {name: invalid for name, invalid in results.items() if not name.startswith("check:")}
    assert len(pages) >= 10
    assert {name: invalid for name, invalid in pages.items() if invalid} == {}
