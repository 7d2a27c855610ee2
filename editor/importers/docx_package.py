"""Opening a .docx safely: what kind of file it really is, and a zip-bomb check before extracting.

A .docx is a zip package. Before anything is decompressed, the declared sizes are checked (total,
per entry, compression ratio, number of entries); then each part is read with a hard cap, so a
header that lies about its size is caught too. Every XML part is parsed with entity resolution
and DTDs off, and a part that declares a DTD is refused. Word's encrypted (password-protected)
documents and old .doc files are OLE compound files, recognised by their signature; other zip files
(.xlsx, .odt, ...) are recognised by the parts they lack.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from editor.errors import ImportFailed

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
#: Limits for a legal document's package (Word documents with pictures stay far below).
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_PART_UNCOMPRESSED = 128 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 4 * 1024 * 1024  # small parts may compress very well (repetitive XML)
MAX_ENTRIES = 5000
MAIN_PART = "word/document.xml"


@dataclass(frozen=True)
class Package:
    """The verified parts of a .docx (name -> bytes)."""

    parts: dict[str, bytes]

    def get(self, name: str) -> bytes | None:
        return self.parts.get(name)

    def as_zip(self) -> io.BytesIO:
        """The verified parts as a new, uncompressed zip (what the reader is given)."""
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED) as package:
            for name, data in self.parts.items():
                package.writestr(name, data)
        stream.seek(0)
        return stream


def open_package(data: bytes, path: str) -> Package:
    """The parts of the .docx in ``data``, or ImportFailed saying what the file is and why it is refused."""
    if data.startswith(OLE_SIGNATURE):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise ImportFailed("docx.encrypted", path=path)
        raise ImportFailed("docx.legacy_doc", path=path)
    if not data.startswith(ZIP_SIGNATURES):
        raise ImportFailed("docx.not_docx", path=path, detail=_what_it_is(data))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError) as error:
        raise ImportFailed("docx.corrupt", path=path, detail=str(error) or "bad zip archive") from None
    _check_declared_sizes(infos, path)
    names = {info.filename for info in infos}
    if MAIN_PART not in names:
        kind = "a spreadsheet" if "xl/workbook.xml" in names else "an OpenDocument file" if "mimetype" in names else ""
        raise ImportFailed("docx.not_docx", path=path, detail=kind or f"no {MAIN_PART} in the zip archive")
    parts: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        limit = min(info.file_size, MAX_PART_UNCOMPRESSED)
        try:
            with archive.open(info) as stream:
                content = stream.read(limit + 1)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as error:
            if "encrypted" in str(error).lower():
                raise ImportFailed("docx.encrypted", path=path) from None
            raise ImportFailed("docx.corrupt", path=path, detail=f"{info.filename}: {error}") from None
        except Exception as error:  # noqa: BLE001 - zlib.error and friends on damaged data
            raise ImportFailed("docx.corrupt", path=path, detail=f"{info.filename}: {error}") from None
        if len(content) > limit:
            raise ImportFailed("docx.zip_bomb", path=path, detail=f"{info.filename} is larger than it declares")
        total += len(content)
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ImportFailed("docx.zip_bomb", path=path, detail="more than 256 MB uncompressed")
        if info.filename.lower().endswith((".xml", ".rels")):
            check_xml_part(content, info.filename, path)
        parts[info.filename] = content
    return Package(parts)


def _safe_parser() -> etree.XMLParser:
    """An XML parser that resolves no entity, loads no DTD and fetches nothing from the network."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def check_xml_part(content: bytes, name: str, path: str) -> None:
    """Parse one XML part of the package safely; a DTD anywhere in it, or broken XML, refuses the file.

    Word never writes a DOCTYPE: one is an attempt at entity expansion (billion laughs) or at
    reading local files (XXE), wherever it sits in the part.
    """
    try:
        tree = etree.fromstring(content, _safe_parser()).getroottree()
    except etree.XMLSyntaxError as error:
        raise ImportFailed("docx.corrupt", path=path, detail=f"{name}: {error}") from None
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise ImportFailed("docx.corrupt", path=path, detail=f"{name} declares a DTD")


def _check_declared_sizes(infos: list[zipfile.ZipInfo], path: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ImportFailed("docx.zip_bomb", path=path, detail=f"{len(infos)} files in the archive")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportFailed("docx.zip_bomb", path=path, detail=f"{total // (1024 * 1024)} MB uncompressed")
    for info in infos:
        if info.file_size > MAX_PART_UNCOMPRESSED:
            raise ImportFailed("docx.zip_bomb", path=path, detail=f"{info.filename} is {info.file_size} bytes")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ImportFailed("docx.zip_bomb", path=path, detail=f"{info.filename} is compressed {ratio}:1")


def _what_it_is(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "it is a PDF file"
    if head.startswith((b"<!doctype html", b"<html")):
        return "it is an HTML page"
    if head.startswith(b"{\\rtf"):
        return "it is an RTF file"
    if not data:
        return "the file is empty"
    return "it is not a zip package"
