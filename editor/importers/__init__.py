"""Importers: files of every supported kind -> Policy, found through a registry.

Each importer module provides ``import_bytes(data: bytes, path: str) -> ImportResult``; adding a
format is one module plus one :data:`IMPORTERS` line. Importers never write anything.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from editor.errors import ImportFailed, Notice
from editor.model.policy import Policy
from editor.storage import read_bytes


@dataclass(frozen=True)
class ImportResult:
    """The policy read from a file and what the importer repaired, dropped or guessed."""

    policy: Policy
    notices: tuple[Notice, ...] = ()


@dataclass(frozen=True)
class ImporterSpec:
    name: str
    module: str
    suffixes: tuple[str, ...]


#: Longer suffixes are tried first, so ``.policy.md`` wins over ``.md``.
IMPORTERS: tuple[ImporterSpec, ...] = (
    ImporterSpec("policy", "editor.importers.native", (".policy.md",)),
    ImporterSpec("wordpress", "editor.wordpress.importer", (".json",)),
    ImporterSpec("html", "editor.importers.html_file", (".html", ".htm")),
    ImporterSpec("markdown", "editor.importers.markdown", (".md", ".markdown")),
    ImporterSpec("docx", "editor.importers.docx", (".docx",)),
)


def importer_names() -> list[str]:
    return [spec.name for spec in IMPORTERS]


def importer_for(path: str | Path, name: str | None = None) -> ImporterSpec:
    """The importer named ``name``, or the one whose suffix matches the file name."""
    known = ", ".join(sorted({suffix for spec in IMPORTERS for suffix in spec.suffixes}))
    if name is not None:
        for spec in IMPORTERS:
            if spec.name == name:
                return spec
        raise ImportFailed("format.unknown_input", path=str(path), known=", ".join(importer_names()))
    lowered = Path(path).name.lower()
    candidates = [(suffix, spec) for spec in IMPORTERS for suffix in spec.suffixes if lowered.endswith(suffix)]
    if not candidates:
        raise ImportFailed("format.unknown_input", path=str(path), known=known)
    return max(candidates, key=lambda pair: len(pair[0]))[1]


#: Most sections a document may have: far beyond any real policy, it keeps a hostile file (a page
#: with a million headings) from freezing the outline and the preview.
MAX_SECTIONS = 10_000


def import_bytes(data: bytes, path: str | Path, name: str | None = None) -> ImportResult:
    """The import boundary: every importer's result passes here, whatever the format.

    Overlong numbers and runaway nesting become an ImportFailed naming the file; lone surrogates
    and NUL characters are replaced in every string of the policy, with a notice (see
    :mod:`editor.importers.boundary`).
    """
    from editor.importers.boundary import MAX_INT_DIGITS, NumberTooLong, clean_policy

    spec = importer_for(path, name)
    module = importlib.import_module(spec.module)
    try:
        result: ImportResult = module.import_bytes(data, str(path))
    except NumberTooLong as error:
        limit = MAX_INT_DIGITS
        raise ImportFailed("import.number_too_long", path=str(path), digits=error.digits, limit=limit) from None
    except RecursionError:
        raise ImportFailed("import.too_deep", path=str(path)) from None
    count = sum(1 for _ in result.policy.walk())
    if count > MAX_SECTIONS:
        raise ImportFailed("import.too_many_sections", path=str(path), count=count, limit=MAX_SECTIONS)
    policy, notices = clean_policy(result.policy)
    if notices:
        result = ImportResult(policy, (*notices, *result.notices))
    return result


def import_file(path: str | Path, name: str | None = None) -> ImportResult:
    """Read any supported file; errors are ImportFailed/FileFormatError naming the file."""
    spec = importer_for(path, name)
    return import_bytes(read_bytes(path), path, spec.name)
