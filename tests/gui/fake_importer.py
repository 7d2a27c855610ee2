"""An importer for the GUI tests: reads ``.fake`` files (one title per line) and reports one notice per line."""

from __future__ import annotations

from editor.errors import ImportFailed, Notice, Where
from editor.importers import ImportResult
from editor.model import Metadata, Policy, Section, slugify


def import_bytes(data: bytes, path: str) -> ImportResult:
    lines = [line for line in data.decode("utf-8").split("\n") if line.strip()]
    if not lines:
        raise ImportFailed("import.failed", path=path, detail="empty fake file")
    sections = tuple(Section(slugify(line), line, 2, f"Corps de {line}.") for line in lines)
    notices = tuple(
        Notice("fake.guessed", {"title": line}, Where(field="file", position=n, near=line))
        for n, line in enumerate(lines, 1)
    )
    return ImportResult(Policy(Metadata(title="Importée"), sections), notices)
