"""Published versions: immutable snapshots kept next to the document, readable and git-friendly.

Publishing ``politique.policy.md`` as version "2.0" writes ``politique.versions/2.0.policy.md``
(the policy exactly as published, in the native format) and appends an entry to
``politique.versions/index.toml`` (label, date, who, note, file, SHA-256 of the snapshot). A
snapshot is never changed afterwards: its file is created exclusively and read-only, a label
can be published once, the index only grows, and reading a snapshot checks it against the hash
recorded when it was published.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from editor import native
from editor.errors import PolicyEditorError
from editor.model.policy import Policy
from editor.storage import atomic_write

INDEX = "index.toml"
_LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_HEADER = (
    "# Published versions of this policy: one entry per version, oldest first.\n"
    "# Written by Policy Editor; entries are never changed. Each snapshot is the policy as published.\n"
)


class VersionError(PolicyEditorError):
    """A publication that is refused, or a snapshot that cannot be trusted."""


@dataclass(frozen=True)
class Version:
    """One published version, as recorded in the index."""

    label: str
    published: dt.datetime
    author: str
    note: str
    file: str
    sha256: str


def versions_dir(document: str | Path) -> Path:
    """``NAME.versions`` next to ``NAME.policy.md`` (or next to any other document name)."""
    path = Path(document)
    name = path.name.removesuffix(native.SUFFIX) if path.name.endswith(native.SUFFIX) else path.stem
    return path.with_name(f"{name}.versions")


def list_versions(document: str | Path) -> list[Version]:
    """The versions published so far, oldest first (none when nothing was published)."""
    index = versions_dir(document) / INDEX
    if not index.exists():
        return []
    try:
        data = tomllib.loads(index.read_text(encoding="utf-8"))
        return [
            Version(
                str(raw["label"]),
                dt.datetime.fromisoformat(str(raw["published"])),
                str(raw.get("author", "")),
                str(raw.get("note", "")),
                str(raw["file"]),
                str(raw["sha256"]),
            )
            for raw in data.get("versions", [])
        ]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as error:
        raise VersionError("legal.versions_index", path=str(index), detail=str(error)) from None


def _entry(version: Version) -> str:
    quoted = {key: json.dumps(value, ensure_ascii=False) for key, value in vars(version).items() if key != "published"}
    return (
        "\n[[versions]]\n"
        f"label = {quoted['label']}\n"
        f"published = {json.dumps(version.published.isoformat(timespec='seconds'))}\n"
        f"author = {quoted['author']}\n"
        f"note = {quoted['note']}\n"
        f"file = {quoted['file']}\n"
        f"sha256 = {quoted['sha256']}\n"
    )


def published_policy(policy: Policy, label: str, when: dt.datetime) -> Policy:
    """``policy`` as it is published: version label, last-updated date and status set."""
    meta = replace(policy.meta, version=label, updated=when.date(), status="publish")
    return replace(policy, meta=meta)


def publish(
    policy: Policy, document: str | Path, label: str, author: str = "", note: str = "", when: dt.datetime | None = None
) -> tuple[Policy, Version]:
    """Record ``policy`` as version ``label`` next to ``document``.

    Returns the policy with its version and last-updated date set (the caller saves it as the
    document) and the index entry. Nothing is written when the label is taken or invalid.
    """
    if not _LABEL.match(label):
        raise VersionError("legal.version_label", label=label)
    existing = list_versions(document)
    if any(version.label == label for version in existing):
        raise VersionError("legal.version_exists", path=str(document), label=label)
    when = (when or dt.datetime.now(dt.UTC).astimezone()).replace(microsecond=0)
    published = published_policy(policy, label, when)
    data = native.dumps(published).encode("utf-8")
    folder = versions_dir(document)
    file_name = f"{label}{native.SUFFIX}"
    try:
        folder.mkdir(exist_ok=True)
        descriptor = os.open(folder / file_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except FileExistsError:
        raise VersionError("legal.version_exists", path=str(folder / file_name), label=label) from None
    except OSError as error:
        raise VersionError("legal.version_write", path=str(folder / file_name), detail=error.strerror) from None
    version = Version(label, when, author, note, file_name, hashlib.sha256(data).hexdigest())
    index = folder / INDEX
    previous = index.read_text(encoding="utf-8") if index.exists() else _HEADER
    atomic_write(index, (previous + _entry(version)).encode("utf-8"), keep_backup=False)
    return published, version


def load_version(document: str | Path, label: str) -> Policy:
    """The policy exactly as version ``label`` was published (checked against its recorded hash)."""
    versions = list_versions(document)
    version = next((v for v in versions if v.label == label), None)
    if version is None:
        known = ", ".join(v.label for v in versions) or "none"
        raise VersionError("legal.version_unknown", path=str(document), label=label, known=known)
    path = versions_dir(document) / version.file
    from editor.storage import read_bytes

    data = read_bytes(path)
    if hashlib.sha256(data).hexdigest() != version.sha256:
        raise VersionError("legal.version_altered", path=str(path), label=label, file=version.file)
    return native.loads(native.decode(data, str(path)), str(path))


def is_read_only(path: str | Path) -> bool:
    """True when nobody may write the file (how snapshots are created)."""
    return not Path(path).stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
