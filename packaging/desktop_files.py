"""The Linux desktop integration files, filled from packaging/metadata.py, and their validation.

- ``NAME.desktop``: the menu entry, handling our own MIME type (``*.policy.md``) only;
- ``NAME.xml`` for shared-mime-info: that MIME type, a subclass of text/markdown;
- ``APP_ID.metainfo.xml`` for AppStream: description, screenshot, releases
  (from packaging/release-notes.toml).

``validate`` runs desktop-file-validate and ``appstreamcli validate`` (Debian packages
desktop-file-utils and appstream), and checks the MIME XML with update-mime-database.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
import tomllib
from pathlib import Path

from metadata import PACKAGING, App, render

LINUX = PACKAGING / "linux"


def releases(application: App) -> list[dict]:
    """The release notes, newest first; the current version must have one."""
    entries = tomllib.loads((PACKAGING / "release-notes.toml").read_text(encoding="utf-8"))["release"]
    if not any(entry["version"] == application.version for entry in entries):
        raise LookupError(f"packaging/release-notes.toml has no entry for version {application.version}")
    return entries


def releases_xml(application: App) -> str:
    blocks = []
    for entry in releases(application):
        items = "\n".join(f"          <li>{html.escape(note)}</li>" for note in entry["notes"])
        blocks.append(
            f'    <release version="{html.escape(entry["version"])}" date="{html.escape(str(entry["date"]))}">\n'
            f"      <description>\n        <ul>\n{items}\n        </ul>\n      </description>\n    </release>"
        )
    return "\n".join(blocks)


def write_desktop_files(application: App, usr_share: Path) -> dict[str, Path]:
    """Write the three files under ``usr_share`` (applications/, mime/packages/, metainfo/)."""
    targets = {
        "desktop": usr_share / "applications" / f"{application.name}.desktop",
        "mime": usr_share / "mime" / "packages" / f"{application.name}.xml",
        "metainfo": usr_share / "metainfo" / f"{application.app_id}.metainfo.xml",
    }
    texts = {
        "desktop": render(LINUX / "policy-editor.desktop.in", application),
        "mime": render(LINUX / "policy-editor-mime.xml.in", application),
        "metainfo": render(LINUX / "metainfo.xml.in", application, releases=releases_xml(application)),
    }
    for key, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(texts[key], encoding="utf-8")
    return targets


def validate(files: dict[str, Path]) -> list[str]:
    """Problems found by the freedesktop validators; an empty list when all pass.

    A missing validator is a problem too: the check must not pass silently."""
    problems: list[str] = []
    commands = {
        "desktop": ["desktop-file-validate", str(files["desktop"])],
        "metainfo": ["appstreamcli", "validate", "--no-net", "--explain", str(files["metainfo"])],
    }
    for command in commands.values():
        if shutil.which(command[0]) is None:
            problems.append(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
            continue
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            problems.append(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    if shutil.which("update-mime-database") is None:
        problems.append("update-mime-database is not installed (Debian: shared-mime-info)")
    else:
        with tempfile.TemporaryDirectory() as folder:
            packages = Path(folder) / "mime" / "packages"
            packages.mkdir(parents=True)
            shutil.copy(files["mime"], packages / files["mime"].name)
            result = subprocess.run(
                ["update-mime-database", str(packages.parent)],
                capture_output=True,
                text=True,
                env={**os.environ, "XDG_DATA_DIRS": folder},
            )
            if result.returncode != 0 or result.stderr.strip():
                problems.append(f"update-mime-database rejects {files['mime'].name}:\n{result.stderr}")
    return problems
