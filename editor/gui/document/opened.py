"""What opening a file read: the importer used and its result (read at start-up or by a worker)."""

from __future__ import annotations

from dataclasses import dataclass

from editor.importers import ImporterSpec, ImportResult


@dataclass(frozen=True)
class Opened:
    """The importer used for a file and what it read."""

    spec: ImporterSpec
    result: ImportResult
