"""The metadata header of a ``.policy.md`` file: ``key: value`` lines between two ``---`` lines.

Values are written bare when that is unambiguous and as JSON strings otherwise; the origin record
is pretty JSON indented under ``origin:`` so that it diffs line by line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from editor.errors import FileFormatError
from editor.model.policy import PROFILES, Metadata

FORMAT_NAME = "policy-editor"
FORMAT_VERSION = 1
FENCE = "---"
#: Header keys in the order they are written; each maps to a Metadata field.
KEYS: tuple[str, ...] = (
    "title",
    "locale",
    "slug",
    "status",
    "version",
    "effective",
    "updated",
    "organisation",
    "profile",
)
#: Keys written even when they hold the default, so every file says its title, locale and profile.
ALWAYS_WRITTEN = frozenset({"title", "locale", "status", "profile"})
DATE_KEYS = frozenset({"effective", "updated"})
#: The block key of a translation: one indented ``section-id: fingerprint`` line per translated section.
TRANSLATED_FROM = "translated-from"
_FINGERPRINT_LINE = re.compile(r"^[ \t]+([^\s:]+):[ \t]+([0-9a-f]{6,64})[ \t]*$")
_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$")


def encode_value(value: str) -> str:
    """A header value as written: bare when it reads back the same, else a JSON string."""
    bare = (
        value != ""
        and value == value.strip()
        and not value.startswith('"')
        and all(char.isprintable() or char == " " for char in value)
    )
    return value if bare else json.dumps(value, ensure_ascii=False)


def dump_header(meta: Metadata, origin: Mapping[str, Any], translated_from: Mapping[str, str] | None = None) -> str:
    lines = [FENCE, f"format: {FORMAT_NAME}/{FORMAT_VERSION}"]
    defaults = Metadata()
    for key in KEYS:
        value = getattr(meta, key)
        if value is None or (key not in ALWAYS_WRITTEN and value == getattr(defaults, key)):
            continue
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        lines.append(f"{key}: {encode_value(text)}")
    for key, value in meta.extra.items():
        lines.append(f"{key}: {encode_value(value)}")
    if origin:
        lines.append("origin:")
        pretty = json.dumps(origin, ensure_ascii=False, indent=2)
        lines.extend("  " + line for line in pretty.split("\n"))
    if translated_from:
        lines.append(f"{TRANSLATED_FROM}:")
        lines.extend(f"  {section_id}: {print_}" for section_id, print_ in sorted(translated_from.items()))
    lines.append(FENCE)
    return "\n".join(lines) + "\n"


def _decode_value(key: str, raw: str, path: str | None, line: int) -> str:
    if not raw.startswith('"'):
        return raw
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        raise FileFormatError("native.header_value", path=path, line=line, key=key, detail=error.msg) from None
    if not isinstance(value, str):
        raise FileFormatError("native.header_value", path=path, line=line, key=key, detail="not a string")
    return value


def parse_header(lines: list[str], path: str | None) -> tuple[Metadata, dict[str, Any], int, dict[str, str]]:
    """Read the header at the top of ``lines``.

    Returns metadata, origin, the first body line index and the ``translated-from`` fingerprints."""
    if not lines or lines[0].rstrip(" \t") != FENCE:
        raise FileFormatError("native.no_header", path=path, line=1)
    values: dict[str, str] = {}
    extra: dict[str, str] = {}
    origin: dict[str, Any] = {}
    translated_from: dict[str, str] = {}
    seen: set[str] = set()
    index = 1
    while True:
        if index >= len(lines):
            raise FileFormatError("native.header_unclosed", path=path, line=len(lines))
        text = lines[index]
        line_no = index + 1
        if text.rstrip(" \t") == FENCE:
            index += 1
            break
        if not text.strip(" \t"):
            index += 1
            continue
        match = _LINE.match(text)
        if not match:
            raise FileFormatError("native.header_line", path=path, line=line_no, text=text[:60])
        key, raw = match.group(1), match.group(2) or ""
        if key in seen:
            raise FileFormatError("native.header_duplicate", path=path, line=line_no, key=key)
        seen.add(key)
        index += 1
        if key == "origin":
            block = []
            while index < len(lines) and (lines[index].startswith((" ", "\t")) or not lines[index]):
                block.append(lines[index])
                index += 1
            origin = _parse_origin(raw, block, path, line_no)
            continue
        if key == TRANSLATED_FROM and not raw:
            while index < len(lines) and lines[index].startswith((" ", "\t")):
                found = _FINGERPRINT_LINE.match(lines[index])
                if not found:
                    raise FileFormatError(
                        "native.header_value", path=path, line=index + 1, key=key, detail=lines[index].strip()[:60]
                    )
                translated_from[found.group(1)] = found.group(2)
                index += 1
            continue
        value = _decode_value(key, raw, path, line_no)
        if key == "format":
            _check_format(value, path, line_no)
        elif key in KEYS:
            values[key] = value
            _check_value(key, value, path, line_no)
        else:
            extra[key] = value
    meta = Metadata(
        **{key: _convert(key, value) for key, value in values.items()},
        extra=extra,
    )
    return meta, origin, index, translated_from


def _parse_origin(raw: str, block: list[str], path: str | None, line: int) -> dict[str, Any]:
    text = raw + "\n" + "\n".join(block)
    try:
        value = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as error:
        raise FileFormatError(
            "native.header_value", path=path, line=line + max(error.lineno - 1, 0), key="origin", detail=error.msg
        ) from None
    if not isinstance(value, dict):
        raise FileFormatError("native.header_value", path=path, line=line, key="origin", detail="not a JSON object")
    return value


def _check_format(value: str, path: str | None, line: int) -> None:
    name, _, version = value.partition("/")
    if name != FORMAT_NAME or not version.isdigit():
        raise FileFormatError("native.header_value", path=path, line=line, key="format", detail=value)
    if int(version) > FORMAT_VERSION:
        raise FileFormatError("native.format_version", path=path, line=line, version=version)


def _check_value(key: str, value: str, path: str | None, line: int) -> None:
    if key in DATE_KEYS:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise FileFormatError(
                "native.header_value", path=path, line=line, key=key, detail="not a YYYY-MM-DD date"
            ) from None
    elif key == "profile" and value not in PROFILES:
        raise FileFormatError(
            "native.header_value", path=path, line=line, key=key, detail="expected " + " or ".join(PROFILES)
        )


def _convert(key: str, value: str) -> Any:
    return dt.date.fromisoformat(value) if key in DATE_KEYS else value
