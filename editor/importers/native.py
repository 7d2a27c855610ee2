"""Importer for the native ``.policy.md`` format (no repairs: a broken file is an error)."""

from __future__ import annotations

from editor import native
from editor.importers import ImportResult


def import_bytes(data: bytes, path: str) -> ImportResult:
    return ImportResult(native.loads(native.decode(data, path), path))
