"""The "incomplete" mark of a policy imported from a cut-off (damaged) export.

The importer that finds the file cut off records the last section, the one that was cut, in the
metadata (``extra``, so the native file keeps it across saves). While the mark is there, the
outline shows that section as cut off, and exports and publishing ask for a confirmation. The
user removes the mark (Document Properties) once the text has been completed.
"""

from __future__ import annotations

from dataclasses import replace

from editor.model.policy import Metadata, Policy

#: Header key holding the id of the section the import was cut off in.
CUT_OFF_KEY = "import-cut-off"


def cut_off_section(policy: Policy) -> str | None:
    """The id of the section the import was cut off in, or None for a complete policy."""
    value = str(policy.meta.extra.get(CUT_OFF_KEY, "")).strip()
    return value or None


def is_incomplete(policy: Policy) -> bool:
    return cut_off_section(policy) is not None


def marked_complete(meta: Metadata) -> Metadata:
    """``meta`` without the incomplete mark."""
    return replace(meta, extra={key: value for key, value in meta.extra.items() if key != CUT_OFF_KEY})
