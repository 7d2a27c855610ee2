"""Exporters: Policy -> bytes in each output format, found through a registry.

Each exporter module declares its options (``OPTIONS``, a tuple of
:class:`~editor.exporters.options.Option`) and provides ``export(policy, context) -> bytes``, where
``context`` is the :class:`~editor.exporters.options.ExportContext` the options were parsed into,
once, here. Adding a format is one module plus one :data:`EXPORTERS` line. Files are written
atomically (``editor.storage``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from editor.errors import ExportFailed
from editor.exporters.options import ExportContext, Option, export_context
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


def _module(name: str) -> ModuleType:
    return importlib.import_module(exporter_for("", name).module)


def exporter_options(name: str) -> tuple[Option, ...]:
    """The options the exporter ``name`` declares (what the CLI help and an export dialog list)."""
    options: tuple[Option, ...] = _module(name).OPTIONS
    return options


def context_for_export(policy: Policy, name: str, options: Mapping[str, Any] | None = None) -> ExportContext:
    """``options`` (text or typed values) checked against what ``name`` declares, as an ExportContext."""
    return export_context(policy, name, exporter_options(name), options)


def export_bytes(policy: Policy, name: str, options: Mapping[str, Any] | ExportContext | None = None) -> bytes:
    """The policy in format ``name``; ``options`` are parsed and checked first (ExportFailed if wrong)."""
    context = options if isinstance(options, ExportContext) else context_for_export(policy, name, options)
    data: bytes = _module(name).export(policy, context)
    return data


def export_file(
    policy: Policy,
    path: str | Path,
    name: str | None = None,
    options: Mapping[str, Any] | ExportContext | None = None,
) -> str:
    """Write ``policy`` to ``path``; returns the format name used. Nothing is written if an option is wrong.

    An ExportFailed that names no file names ``path``, the file that could not be written.
    """
    spec = exporter_for(path, name)
    try:
        data = export_bytes(policy, spec.name, options)
    except ExportFailed as error:
        if error.path is not None:
            raise
        raise ExportFailed(error.code, path=str(path), line=error.line, **error.params) from None
    atomic_write(path, data)
    return spec.name
