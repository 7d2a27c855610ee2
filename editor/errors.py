"""Errors and warnings of the core: each carries a code and parameters, never UI prose.

The GUI turns codes into translated text (``editor.gui.messages``); the CLI uses the English
templates in :data:`MESSAGES` through :func:`describe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: English templates for the command line, keyed by code. The GUI has its own tr() table.
MESSAGES: dict[str, str] = {
    # native format
    "native.decode": "not UTF-8 text ({detail})",
    "native.no_header": "the file does not start with a '---' metadata header",
    "native.header_unclosed": "the metadata header is not closed by a '---' line",
    "native.header_line": "this header line is not 'key: value': {text!r}",
    "native.header_duplicate": "the header key {key!r} appears twice",
    "native.header_value": "bad value for {key!r}: {detail}",
    "native.level_jump": "heading level {level} follows level {previous}: a level can only go one deeper",
    "native.duplicate_id": "the section id {id!r} is used twice",
    "native.bad_id": "the section id {id!r} is not a valid id (ASCII letters, digits, '-' or '_', at most 40)",
    "native.format_version": "this file was written by a newer Policy Editor (format {version})",
    # model operations
    "op.unknown_section": "there is no section with id {id!r}",
    "op.duplicate_id": "the section id {id!r} is already used",
    "op.bad_id": "{id!r} is not a valid section id",
    "op.outdent_top": "a top-level section cannot be outdented",
    "op.indent_first": "the first section of a level cannot be indented (there is no section above it to go under)",
    "op.level_jump": "a section at level {level} cannot hold a child at level {child_level}",
    "op.level_range": "heading levels go from 1 to 6; this would make level {level}",
    "op.move_into_itself": "a section cannot be moved into itself or its own subsections",
    "op.bad_position": "position {index} is outside 0..{size}",
    "op.no_next": "there is no next section to merge with",
    "op.no_heading": "line {line} of the section body is not a heading",
    "op.move_edge": "the section is already at the {edge} of its level",
    # files and formats
    "file.not_found": "no such file",
    "file.is_directory": "this is a folder, not a file",
    "file.unreadable": "cannot be read ({detail})",
    "file.unwritable": "cannot be written ({detail})",
    "file.too_large": "the file is too large ({size} bytes; the limit is {limit})",
    "format.unknown_input": "the kind of file cannot be recognised (known: {known})",
    "format.unknown_output": "unknown output format {format!r} (known: {known})",
    "import.failed": "{detail}",
}


def register_messages(messages: dict[str, str]) -> None:
    """Add English CLI templates for a module's own codes (call at import time of that module)."""
    for code, template in messages.items():
        MESSAGES.setdefault(code, template)


def describe(code: str, params: dict[str, Any]) -> str:
    """English text for a code, for the CLI; falls back to the code and its parameters."""
    template = MESSAGES.get(code)
    if template is None:
        return code + (f" {params}" if params else "")
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} {params}"


class PolicyEditorError(Exception):
    """Base of every error the core raises on purpose: a code, parameters, and where."""

    def __init__(self, code: str, /, *, path: str | None = None, line: int | None = None, **params: Any):
        self.code = code
        self.params = params
        self.path = path
        self.line = line
        super().__init__(self.message())

    def message(self) -> str:
        """One line: ``path:line: reason`` (the parts that are known)."""
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        return where + describe(self.code, self.params)


class FileFormatError(PolicyEditorError):
    """A file that cannot be read as the format it claims to be (names file, line and reason)."""


class OperationError(PolicyEditorError):
    """A model operation that is not allowed; the policy is left unchanged."""


class ImportFailed(PolicyEditorError):
    """Input that an importer cannot read at all."""


class ExportFailed(PolicyEditorError):
    """An export that cannot be produced or written."""


@dataclass(frozen=True)
class Notice:
    """A warning an importer or exporter reports: what was repaired, dropped or guessed, and where."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    where: str = ""

    def message(self) -> str:
        text = describe(self.code, self.params)
        return f"{self.where}: {text}" if self.where else text
