"""Bytes -> text for the HTML and Markdown importers: BOM, declared charset, UTF-8, then a reported guess."""

from __future__ import annotations

import codecs

from editor.errors import ImportFailed, Notice, Where

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_document(data: bytes, path: str, kind: str, declared: str | None = None) -> tuple[str, list[Notice]]:
    """Decode a text document; ``declared`` is a charset the document names (HTML ``<meta charset>``).

    Order: byte-order mark, then the declared charset, then UTF-8, then Windows-1252 (reported).
    Undecodable bytes under a declared charset are replaced and reported, never a crash.
    """
    notices: list[Notice] = []
    if not data.strip():
        raise ImportFailed("text.empty", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), notices
    if b"\x00" in data[:4096]:
        utf16 = utf16_without_bom(data)
        if utf16 is None:
            raise ImportFailed("text.binary", path=path, kind=kind)
        text = data.decode(utf16, errors="replace")
        notices.append(Notice("text.utf16_no_bom", {"charset": utf16.upper()}))
        return text, notices
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            notices.append(Notice("text.unknown_charset", {"charset": declared, "used": "UTF-8"}, Where(field="file")))
        else:
            if codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # a page read as ASCII cannot be UTF-16
                codec = "utf-8"
            elif codec in ("latin-1", "iso8859-1", "ascii"):  # browsers read these labels as Windows-1252
                codec = "cp1252"
            text = data.decode(codec, errors="replace")
            bad = text.count("\ufffd") - _count_replacement_chars(data, codec)
            if bad > 0:
                notices.append(Notice("text.replaced", {"count": bad, "charset": codec}, Where(field="file")))
            return text, notices
    try:
        return data.decode("utf-8"), notices
    except UnicodeDecodeError:
        notices.append(Notice("text.not_utf8", {}, Where(field="file")))
        return data.decode("cp1252", errors="replace"), notices


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` looks like UTF-16 text without a BOM, else None.

    Text in a Latin script written as UTF-16 has a NUL in every other byte (the high byte of each
    character), on odd offsets for little-endian and even offsets for big-endian; binary data has
    NULs at both. The sample must also decode to printable text.
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd >= 0.5 and even <= 0.02:
        encoding = "utf-16-le"
    elif even >= 0.5 and odd <= 0.02:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, errors="replace")
    printable = sum(char.isprintable() or char in "\t\r\n" for char in text)
    return encoding if printable >= 0.95 * len(text) else None


def _count_replacement_chars(data: bytes, codec: str) -> int:
    """U+FFFD characters the document really contains (so only new ones count as damage)."""
    marker = "\ufffd".encode(codec, errors="ignore")
    return data.count(marker) if marker else 0
