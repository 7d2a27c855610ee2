"""Embedded pictures (``![alt](data:image/png;base64,...)``) in the DOCX export, with their alt text.

A section body keeps pictures as ``data:`` URLs (the DOCX import puts them there). This module
decodes one, has the document add it as an inline picture (scaled to the text width by the
caller's inliner) and gives the picture its alternative text (``wp:docPr/@descr``, which Word
shows in "Alt Text" and readers such as mammoth give back), so a picture survives
import -> export -> import with its description.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from editor.exporters.docx_text import escape

#: Formats python-docx can measure and Word shows.
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|jpg|gif|bmp|tiff);base64,(.*)\Z", re.IGNORECASE | re.DOTALL)
_DOC_PR = re.compile(r"<wp:docPr\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode(source: str) -> bytes | None:
    """The picture bytes of a ``data:image/...;base64,`` URL, or None for any other source."""
    match = _DATA_IMAGE.match(source.strip())
    if match is None:
        return None
    try:
        data = base64.b64decode("".join(match.group(2).split()), validate=False)
    except (binascii.Error, ValueError):
        return None
    return data or None


def picture_run(source: str, alt: str, inline: Callable[[bytes], str | None]) -> str | None:
    """``<w:r>`` holding the picture of ``source`` described by ``alt``; None when it cannot be embedded."""
    data = decode(source)
    drawing = inline(data) if data else None
    if not drawing:
        return None
    alt = " ".join(_CONTROL.sub("", alt).split())
    if alt:
        drawing = _DOC_PR.sub(lambda m: f'{m.group(0)} descr="{escape(alt)}"', drawing, count=1)
    return f"<w:r>{drawing}</w:r>"
