"""The native ``.policy.md`` format: Markdown with a small metadata header, one file per locale.

Saving then loading gives back an equal Policy; loading then saving a canonical file gives the
same bytes. U+00A0 and U+202F are content and are kept exactly.
"""

from __future__ import annotations

from pathlib import Path

from editor.errors import FileFormatError
from editor.model.policy import Policy
from editor.native.header import dump_header, parse_header
from editor.native.sections import dump_sections, parse_sections

SUFFIX = ".policy.md"


def dumps(policy: Policy) -> str:
    """The canonical text of a policy."""
    return dump_header(policy.meta, policy.origin, policy.translated_from) + dump_sections(policy.sections)


def loads(text: str, path: str | None = None) -> Policy:
    """Parse a ``.policy.md`` text; errors name ``path``, the line and the reason."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    meta, origin, first, translated_from = parse_header(lines, path)
    sections = parse_sections(lines, first, path)
    return Policy(meta, sections, origin, translated_from)


def decode(data: bytes, path: str | None = None) -> str:
    """UTF-8 text of a file, or a FileFormatError naming the line of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileFormatError(
            "native.decode", path=path, line=line, detail=f"byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None


def load(path: str | Path) -> Policy:
    from editor.storage import read_bytes

    data = read_bytes(path)
    return loads(decode(data, str(path)), str(path))


def save(policy: Policy, path: str | Path) -> None:
    from editor.storage import atomic_write

    atomic_write(path, dumps(policy).encode("utf-8"))


__all__ = ["SUFFIX", "FileFormatError", "decode", "dumps", "load", "loads", "save"]
