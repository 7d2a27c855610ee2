"""What the GUI may use of the exporters: the one door from ``editor/gui`` to ``editor/exporters``.

The GUI never imports an exporter module (``tests/test_architecture.py`` checks it): the export
formats and the options each declares (for an export dialog), an export written to a file with
its options checked first, and the sanitizer and page CSS the preview shares with the HTML export.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.policy import Policy

if TYPE_CHECKING:
    from editor.exporters.options import Option

# The exporters (and the render pipeline and the sanitizer under them) are imported by each
# function when it is first called, so that opening the window does not wait for them.


def formats() -> list[str]:
    """The export format names, in menu order."""
    from editor.exporters import exporter_names

    return exporter_names()


def options_of(format_name: str) -> tuple[Option, ...]:
    """The options the format declares: name, kind, default, accepted values, one line of help."""
    from editor.exporters import exporter_options

    return exporter_options(format_name)


def export_to(policy: Policy, path: str | Path, format_name: str | None, options: Mapping[str, Any]) -> str:
    """Write ``policy`` to ``path`` (format from the suffix when None); ExportFailed names a wrong option."""
    from editor.exporters import export_file

    return export_file(policy, path, format_name, options)


def export_bytes(policy: Policy, format_name: str, options: Mapping[str, Any]) -> bytes:
    """The policy in ``format_name`` as bytes (for the clipboard, or a write the caller controls)."""
    from editor.exporters import export_bytes as _export_bytes

    return _export_bytes(policy, format_name, options)


#: File name endings for formats that are not recognised by a suffix of their own.
_OWN_SUFFIX = {"html-fragment": ".fragment.html", "wp-update": ".update.json"}


def file_suffix(format_name: str) -> str:
    """The file name ending an export in ``format_name`` gets (``.docx``, ``.policy.md``...)."""
    from editor.exporters import exporter_for

    suffixes = exporter_for("", format_name).suffixes
    return _OWN_SUFFIX.get(format_name) or suffixes[0]


def preview_safe(html: str) -> str:
    """``html`` cleaned as the exported page is (no script or handler; only embedded images stay images)."""
    from editor.exporters.sanitize import sanitize

    return sanitize(html, embedded_images_only=True)


def page_stylesheet() -> str:
    """The CSS of the exported HTML page, which the preview adapts to Qt."""
    from editor.exporters.html import stylesheet

    return stylesheet()
