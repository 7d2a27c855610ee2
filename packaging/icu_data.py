"""A smaller ICU data library for the Linux bundle: the locales we ship, not all 800 of them.

Qt links ICU, and the PySide6 wheel's ``libicudata.so.73`` (31 MB, a quarter of the bundle) holds
the ICU "common data" package: locale data for every language, collation, charset converters.
Qt uses ICU for collation, locale-aware case mapping and legacy text codecs. The editor's UI is
English and French and its text is decoded by Python, so the bundle keeps the root data, English
and French locales and everything that is not per-locale (normalization, case, break rules,
time zones, break dictionaries) and leaves out the other locales and the .cnv charset tables.
Other locales fall back to the root collation, as ICU does for any locale it lacks.

The common data format (ICU's udata.cpp, "CmnD"): a data header, then a table of contents
(count, then name and data offsets relative to the end of the header), the item names, and the
items, each aligned on 16 bytes. The library exports that blob as ``icudtNN_dat``; it is rebuilt
with the binutils assembler and linker (``as``, ``ld``).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Iterable
from pathlib import Path

#: A per-locale resource: "fr.res", "fr_CA.res", "coll/de__PHONEBOOK.res", "zone/yue_Hant.res".
LOCALE_RESOURCE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]*)*\.res$")
MAGIC = b"\xda\x27"


def split_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != MAGIC or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian CmnD)")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * index) for index in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(blob) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[header_size + data_offset : header_size + end]))
    return blob[:header_size], items


def _pad(size: int) -> int:
    return (size + 15) & ~15


def join_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package made of ``header`` and ``items`` (names stay sorted: ICU searches them by bisection)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    toc_size = 4 + 8 * len(items)
    position = _pad(toc_size + len(names))
    name_position = toc_size
    toc = [struct.pack("<I", len(items))]
    body = []
    for name, data in items:
        toc.append(struct.pack("<II", name_position, position))
        name_position += len(name) + 1
        body.append(data + b"\0" * (_pad(len(data)) - len(data)))
        position += _pad(len(data))
    head = b"".join(toc) + names
    return header + head + b"\0" * (_pad(len(head)) - len(head)) + b"".join(body)


def keep(item: str, languages: Iterable[str]) -> bool:
    """Whether the bundle keeps the item named ``icudt73l/coll/fr.res`` (say) for ``languages``."""
    relative = item.split("/", 1)[1] if "/" in item else item
    name = relative.rsplit("/", 1)[-1]
    if name.endswith(".cnv"):
        return False
    if LOCALE_RESOURCE.match(name):
        return name[: -len(".res")].split("_")[0] in set(languages)
    return True


def filter_package(blob: bytes, languages: Iterable[str]) -> bytes:
    languages = list(languages)
    header, items = split_items(blob)
    return join_items(header, [(name, data) for name, data in items if keep(name, languages)])


def _elf_section(blob: bytes, wanted: str) -> tuple[int, int]:
    """File offset and size of the section named ``wanted`` in a 64-bit little-endian ELF file."""
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", blob, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", blob, 0x3A)

    def section(index: int) -> tuple[int, int, int]:
        name, _type, _flags, _addr, offset, size = struct.unpack_from("<IIQQQQ", blob, shoff + index * shentsize)
        return name, offset, size

    _name, strings, _size = section(shstrndx)
    for index in range(shnum):
        name, offset, size = section(index)
        end = blob.index(b"\0", strings + name)
        if blob[strings + name : end].decode() == wanted:
            return offset, size
    raise ValueError(f"no {wanted} section")


def shrink_library(library: Path, out_dir: Path, languages: Iterable[str]) -> Path:
    """Write a smaller copy of ``library`` (libicudataNN.so) into ``out_dir``; return its path."""
    blob = library.read_bytes()
    offset, size = _elf_section(blob, ".rodata")
    package = blob[offset : offset + size]
    _header, items = split_items(package)  # checks it is the common data
    prefix = items[0][0].split("/", 1)[0]  # icudt73l: version 73, little-endian
    symbol = re.sub(r"[lbe]$", "", prefix) + "_dat"
    out_dir.mkdir(parents=True, exist_ok=True)
    data = out_dir / f"{prefix}.dat"
    data.write_bytes(filter_package(package, languages))
    source = out_dir / "icudata.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{data.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    assembler, linker = shutil.which("as"), shutil.which("ld")
    if not assembler or not linker:
        raise FileNotFoundError("the ICU data library is rebuilt with as and ld (Debian: binutils)")
    target = out_dir / library.name
    subprocess.run([assembler, "-o", "icudata.o", source.name], cwd=out_dir, check=True)
    subprocess.run(
        [linker, "-shared", "-soname", library.name, "-o", target.name, "icudata.o"], cwd=out_dir, check=True
    )
    return target
