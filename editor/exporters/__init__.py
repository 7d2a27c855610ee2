"""Exporters: Policy -> bytes in each output format, found through a registry.

Each exporter module provides ``export(policy: Policy, options: dict) -> bytes``; adding a format
is one module plus one :data:`EXPORTERS` line. Files are written atomically (``editor.storage``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.errors import ExportFailed
from editor.model.policy import Policy
from editor.storage import atomic_write


@dataclass(frozen=True)
class ExporterSpec:
    name: str
    module: str
    suffixes: tuple[str, ...]


EXPORTERS: tuple[ExporterSpec, ...] = (
    ExporterSpec("policy", "editor.exporters.native", (".policy.md",)),
    ExporterSpec("html", "editor.exporters.html", (".html", ".htm")),
    ExporterSpec("html-fragment", "editor.exporters.html_fragment", ()),
    ExporterSpec("docx", "editor.exporters.docx", (".docx",)),
    ExporterSpec("wp-page", "editor.wordpress.page", (".json",)),
    ExporterSpec("wp-update", "editor.wordpress.update", ()),
    ExporterSpec("md", "editor.exporters.markdown", (".md", ".markdown")),
)


def exporter_names() -> list[str]:
    return [spec.name for spec in EXPORTERS]


def exporter_for(path: str | Path, name: str | None = None) -> ExporterSpec:
    """The exporter named ``name``, or the first whose suffix matches the file name."""
    if name is not None:
        for spec in EXPORTERS:
            if spec.name == name:
                return spec
        raise ExportFailed("format.unknown_output", path=str(path), format=name, known=", ".join(exporter_names()))
    lowered = Path(path).name.lower()
    candidates = [(suffix, spec) for spec in EXPORTERS for suffix in spec.suffixes if lowered.endswith(suffix)]
    if not candidates:
        raise ExportFailed(
            "format.unknown_output", path=str(path), format=Path(path).suffix, known=", ".join(exporter_names())
        )
    return max(candidates, key=lambda pair: len(pair[0]))[1]


def export_bytes(policy: Policy, name: str, options: dict[str, Any] | None = None) -> bytes:
    spec = exporter_for("", name)
    module = importlib.import_module(spec.module)
    data: bytes = module.export(policy, dict(options or {}))
    return data


def export_file(
    policy: Policy, path: str | Path, name: str | None = None, options: dict[str, Any] | None = None
) -> str:
    """Write ``policy`` to ``path``; returns the format name used."""
    spec = exporter_for(path, name)
    atomic_write(path, export_bytes(policy, spec.name, options))
    return spec.name
