"""The comparison's exports, as one door for the GUI and the CLI: the Word redline (tracked
changes), the HTML page and the change log, chosen by file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.compare.changelog import change_log_markdown
from editor.compare.sections import Comparison
from editor.errors import ExportFailed
from editor.storage import atomic_write

#: File name endings and what they get.
FORMATS = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def redline_bytes(comparison: Comparison, fmt: str, options: dict[str, Any] | None = None) -> bytes:
    """``docx`` (tracked changes; options ``author``, ``date``), ``html`` (options ``old_label``,
    ``new_label``) or ``md`` (the change log)."""
    if fmt == "docx":
        from editor.exporters.redline_docx import export_redline

        return export_redline(comparison, options)
    if fmt == "html":
        from editor.exporters.redline_html import export_redline_html

        return export_redline_html(comparison, options)
    if fmt == "md":
        return change_log_markdown(comparison).encode("utf-8")
    raise ExportFailed("format.unknown_output", format=fmt, known=", ".join(sorted(set(FORMATS.values()))))


def write_redline(comparison: Comparison, path: str | Path, options: dict[str, Any] | None = None) -> str:
    """Write the export the name of ``path`` asks for (atomically); returns the format used."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise ExportFailed("format.unknown_output", path=str(path), format=Path(path).suffix, known=known)
    atomic_write(path, redline_bytes(comparison, fmt, options), keep_backup=False)
    return fmt
