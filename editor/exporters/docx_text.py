"""Text as WordprocessingML: escaping, characters XML cannot hold, runs with their properties.

U+00A0 and U+202F are written as themselves in ``w:t`` (never as spaces); tabs become
``w:tab``; characters XML 1.0 forbids (control characters) are dropped.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What :func:`escape` changes: the forbidden characters and the four escaped ones.
_SPECIAL = re.compile('[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')

#: Run properties in CT_RPr schema order: (flag, XML).
RUN_FLAGS: tuple[tuple[str, str], ...] = (
    ("b", "<w:b/><w:bCs/>"),
    ("i", "<w:i/><w:iCs/>"),
    ("strike", "<w:strike/>"),
    ("code", ""),  # handled as a style or fonts, see run_properties
    ("mark", '<w:highlight w:val="yellow"/>'),
    ("u", '<w:u w:val="single"/>'),
    ("sup", '<w:vertAlign w:val="superscript"/>'),
    ("sub", '<w:vertAlign w:val="subscript"/>'),
)
CODE_FONTS = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>'


def clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters)."""
    return _FORBIDDEN.sub("", text) if _FORBIDDEN.search(text) else text


def escape(text: str) -> str:
    """Text for XML content or a double-quoted attribute, without characters XML cannot hold."""
    if not _SPECIAL.search(text):
        return text  # most runs of prose: one scan instead of five
    if _FORBIDDEN.search(text):
        text = _FORBIDDEN.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run_properties(flags: frozenset[str], char_style: str | None = None, code_style: str | None = None) -> str:
    """The ``w:rPr`` for a run with ``flags`` (b, i, strike, code, mark, u, sup, sub)."""
    parts = []
    if char_style:
        parts.append(f'<w:rStyle w:val="{char_style}"/>')
    elif "code" in flags and code_style:
        parts.append(f'<w:rStyle w:val="{code_style}"/>')
    if "code" in flags and (char_style or not code_style):
        parts.append(CODE_FONTS)
    for flag, xml in RUN_FLAGS:
        if flag in flags and xml:
            if flag == "sub" and "sup" in flags:
                continue
            parts.append(xml)
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def runs(text: str, rpr: str) -> str:
    """One or more runs for ``text`` (tabs split it into ``w:tab`` runs)."""
    if not text:
        return ""
    if "\t" not in text:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    pieces = []
    for index, piece in enumerate(text.split("\t")):
        if index:
            pieces.append(f"<w:r>{rpr}<w:tab/></w:r>")
        if piece:
            pieces.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(pieces)
