"""Table column alignment as the dialect's renderer records it, for every renderer to read.

The tables extension writes a column's alignment row (``:--``, ``:-:``, ``--:``) as
``style="text-align: ..."`` on each ``th``/``td``; the HTML renderer keeps that attribute (the
sanitizer allows exactly these values) and the DOCX and WordPress renderers ask here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

_ALIGN = re.compile(r"text-align:\s*(left|right|center)", re.IGNORECASE)


def cell_alignment(cell: etree.Element) -> str | None:
    """``"left"``, ``"center"``, ``"right"`` or None (no alignment given) for a table cell."""
    match = _ALIGN.search(cell.get("style", ""))
    return match.group(1).lower() if match else None
