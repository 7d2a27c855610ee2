"""Translated texts for the core's error and notice codes.

The core raises errors with a code and parameters (editor.errors); this module turns them into
the user's language with ``tr()``. Codes this table does not know yet fall back to the core's
English template (:func:`editor.errors.describe`), so a new code is never shown raw.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.errors import Notice, PolicyEditorError, describe


def _templates() -> dict[str, str]:
    """Templates by code (built on each call, so a language switch applies at once)."""
    return {
        "native.decode": QCoreApplication.translate("messages", "the file is not UTF-8 text ({detail})"),
        "native.no_header": QCoreApplication.translate(
            "messages", "the file does not start with a “---” metadata header"
        ),
        "native.header_unclosed": QCoreApplication.translate(
            "messages", "the metadata header is not closed by a “---” line"
        ),
        "native.header_line": QCoreApplication.translate("messages", "this header line is not “key: value”: {text}"),
        "native.header_duplicate": QCoreApplication.translate("messages", "the header key “{key}” appears twice"),
        "native.header_value": QCoreApplication.translate("messages", "bad value for “{key}”: {detail}"),
        "native.level_jump": QCoreApplication.translate(
            "messages", "a level {level} heading follows a level {previous} heading: a level can only go one deeper"
        ),
        "native.duplicate_id": QCoreApplication.translate("messages", "the section id “{id}” is used twice"),
        "native.bad_id": QCoreApplication.translate(
            "messages", "the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)"
        ),
        "native.format_version": QCoreApplication.translate(
            "messages", "this file was written by a newer Policy Editor (format {version})"
        ),
        "op.unknown_section": QCoreApplication.translate("messages", "there is no section with the id “{id}”"),
        "op.duplicate_id": QCoreApplication.translate("messages", "the section id “{id}” is already used"),
        "op.bad_id": QCoreApplication.translate("messages", "“{id}” is not a valid section id"),
        "op.outdent_top": QCoreApplication.translate("messages", "a top-level section cannot be outdented"),
        "op.indent_first": QCoreApplication.translate(
            "messages", "the first section of a level cannot be indented: there is no section above it to go under"
        ),
        "op.level_jump": QCoreApplication.translate(
            "messages", "a level {level} section cannot hold a level {child_level} subsection"
        ),
        "op.level_range": QCoreApplication.translate(
            "messages", "heading levels go from 1 to 6; this would make level {level}"
        ),
        "op.move_into_itself": QCoreApplication.translate(
            "messages", "a section cannot be moved into itself or into one of its subsections"
        ),
        "op.bad_position": QCoreApplication.translate("messages", "position {index} is outside 0..{size}"),
        "op.no_next": QCoreApplication.translate("messages", "there is no next section to merge with"),
        "op.no_heading": QCoreApplication.translate("messages", "line {line} of the section is not a heading"),
        "op.move_edge": QCoreApplication.translate("messages", "the section is already at the edge of its level"),
        "file.not_found": QCoreApplication.translate("messages", "the file does not exist"),
        "file.is_directory": QCoreApplication.translate("messages", "this is a folder, not a file"),
        "file.unreadable": QCoreApplication.translate("messages", "the file cannot be read ({detail})"),
        "file.unwritable": QCoreApplication.translate("messages", "the file cannot be written ({detail})"),
        "file.too_large": QCoreApplication.translate(
            "messages", "the file is too large ({size} bytes; the limit is {limit})"
        ),
        "format.unknown_input": QCoreApplication.translate(
            "messages", "this kind of file cannot be opened (known: {known})"
        ),
        "format.unknown_output": QCoreApplication.translate(
            "messages", "unknown output format “{format}” (known: {known})"
        ),
        "import.failed": QCoreApplication.translate("messages", "{detail}"),
    }


def describe_code(code: str, params: dict[str, Any]) -> str:
    """The translated text of a code, or the core's English text for codes not translated yet."""
    template = _templates().get(code)
    if template is None:
        return describe(code, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return describe(code, params)


def error_text(error: PolicyEditorError) -> str:
    """One line naming the file (and line) and the problem, in the user's language."""
    reason = describe_code(error.code, error.params)
    if error.path is not None and error.line is not None:
        return QCoreApplication.translate("messages", "{path}, line {line}: {reason}").format(
            path=error.path, line=error.line, reason=reason
        )
    if error.path is not None:
        return QCoreApplication.translate("messages", "{path}: {reason}").format(path=error.path, reason=reason)
    if error.line is not None:
        return QCoreApplication.translate("messages", "line {line}: {reason}").format(line=error.line, reason=reason)
    return reason


def notice_text(notice: Notice) -> str:
    reason = describe_code(notice.code, notice.params)
    return (
        QCoreApplication.translate("messages", "{where}: {reason}").format(where=notice.where, reason=reason)
        if notice.where
        else reason
    )
