"""Reading the JSON of a WordPress export, repairing the damage real exports carry.

In order: strict JSON; then JSON with raw control characters (newlines) inside strings, which
copy-pasted exports often have; then a truncated file, closed at its last complete token (an
unfinished string is kept up to its last whole character, dangling keys are dropped, open objects
and arrays are closed). Each repair is reported; input that is not JSON at all, is empty or is
binary raises :class:`~editor.errors.ImportFailed` naming the file and the reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from editor.errors import ImportFailed, Notice, Where
from editor.importers.boundary import bounded_int

_TOKEN = re.compile(
    r"""\s+|"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null""",
    re.DOTALL,
)

_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass
class LoadedJson:
    value: Any
    notices: list[Notice] = field(default_factory=list)
    #: Key path of the string the file was cut off in (e.g. ("content", "rendered")), or None.
    truncated_in: tuple[str, ...] | None = None
    truncated: bool = False


def decode_text(data: bytes, path: str) -> tuple[str, list[Notice]]:
    """The text of a JSON export (UTF-8 with or without BOM; Windows-1252 as a reported fallback)."""
    if not data.strip():
        raise ImportFailed("wp.empty", path=path)
    head = data[:8192]
    if b"\x00" in head or sum(byte < 9 or 13 < byte < 32 for byte in head) > len(head) // 20:
        raise ImportFailed("wp.binary", path=path)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [Notice("wp.encoding", {}, Where(field="file"))]


def load_json(data: bytes, path: str) -> LoadedJson:
    """Parse an export, repairing raw newlines and truncation; raise ImportFailed if it is not JSON."""
    text, notices = decode_text(data, path)
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        raise ImportFailed("wp.not_json", path=path, found=stripped[:20])
    try:
        return LoadedJson(json.loads(text, parse_int=bounded_int), notices)
    except json.JSONDecodeError:
        pass
    except RecursionError:
        raise ImportFailed("wp.bad_json", path=path, column=1, detail="nested too deeply") from None
    try:
        value = json.loads(text, strict=False, parse_int=bounded_int)
        notices.append(Notice("wp.raw_newlines", {"count": _raw_controls(text)}, Where(field="file")))
        return LoadedJson(value, notices)
    except json.JSONDecodeError as error:
        first_error = error
    except RecursionError:
        raise ImportFailed("wp.bad_json", path=path, column=1, detail="nested too deeply") from None
    closed = close_truncated(text)
    if closed is None:
        raise ImportFailed(
            "wp.bad_json", path=path, line=first_error.lineno, column=first_error.colno, detail=first_error.msg
        )
    repaired, inside, cut_at = closed
    try:
        value = json.loads(repaired, strict=False, parse_int=bounded_int)
    except (json.JSONDecodeError, RecursionError):
        raise ImportFailed(
            "wp.bad_json", path=path, line=first_error.lineno, column=first_error.colno, detail=first_error.msg
        ) from None
    raw = _raw_controls(text[:cut_at])
    if raw:
        notices.append(Notice("wp.raw_newlines", {"count": raw}, Where(field="file")))
    line = text.count("\n", 0, cut_at) + 1
    where = ".".join(inside) if inside else "the top-level value"
    notices.append(Notice("wp.truncated", {"line": line, "inside": where}, Where(field="file", position=line)))
    return LoadedJson(value, notices, inside, True)


def _raw_controls(text: str) -> int:
    """Raw control characters inside JSON strings (newlines and tabs that should be escaped).

    One left-to-right pass over the tokens (linear even when the last string is unterminated).
    """
    count = 0
    position = 0
    length = len(text)
    while position < length:
        match = _TOKEN.match(text, position)
        if match is None:
            rest = text[position:]
            if rest.startswith('"'):
                count += len(_CONTROL.findall(rest))
            break
        token = match.group(0)
        if token[0] == '"':
            count += len(_CONTROL.findall(token))
        position = match.end()
    return count


def close_truncated(text: str) -> tuple[str, tuple[str, ...], int] | None:
    """Close a JSON text that ends early; return (closed text, key path at the cut, cut offset).

    Returns None when the text is broken somewhere other than at its end.
    """
    # one entry per open container: [kind "{" or "[", current key, what comes next]
    stack: list[list[Any]] = []
    position = 0
    last_good = 0  # end of the last complete value or container opening
    length = len(text)
    while position < length:
        match = _TOKEN.match(text, position)
        if match is None:
            break
        token = match.group(0)
        end = match.end()
        if token[0].isspace():
            position = end
            continue
        if token in ("{", "["):
            if stack and stack[-1][2] != "value":
                return None
            stack.append([token, None, "key" if token == "{" else "value"])
            last_good = end
        elif token in ("}", "]"):
            if not stack or (stack[-1][0] == "{") != (token == "}") or stack[-1][2] in ("colon",):
                return None
            stack.pop()
            last_good = end
            if not stack:
                return None  # the top-level value is complete: the damage is elsewhere
            stack[-1][2] = "comma"
        elif token == ":":
            if not stack or stack[-1][2] != "colon":
                return None
            stack[-1][2] = "value"
        elif token == ",":
            if not stack or stack[-1][2] != "comma":
                return None
            stack[-1][2] = "key" if stack[-1][0] == "{" else "value"
        else:  # a string, number or literal
            if not stack:
                return None
            top = stack[-1]
            if top[0] == "{" and top[2] == "key":
                if token[0] != '"':
                    return None
                try:
                    top[1] = json.loads(token, strict=False, parse_int=bounded_int)
                except ValueError:
                    return None
                top[2] = "colon"
            elif top[2] == "value":
                top[2] = "comma"
                last_good = end
            else:
                return None
        position = end
    if not stack:
        return None
    rest = text[position:]
    path = tuple(str(entry[1]) for entry in stack if entry[0] == "{" and entry[1] is not None)
    if rest.startswith('"') and stack[-1][2] == "value":
        body = text[:position] + '"' + _whole_characters(rest[1:]) + '"'
        return body + _closers(stack), path, length
    if rest.strip() and not rest.startswith('"') and not _PARTIAL_SCALAR.fullmatch(rest):
        return None  # garbage, not an early end
    return _close_at(text, last_good), path[:-1], last_good


_PARTIAL_SCALAR = re.compile(r"\s*(?:t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-?[\d.eE+-]*)\s*")


def _closers(stack: list[list[Any]]) -> str:
    return "".join("}" if entry[0] == "{" else "]" for entry in reversed(stack))


def _close_at(text: str, cut: int) -> str:
    """The text up to ``cut`` (the end of a complete value), trailing comma removed, containers closed."""
    open_kinds: list[str] = []
    for match in _TOKEN.finditer(text, 0, cut):
        token = match.group(0)
        if token in ("{", "["):
            open_kinds.append(token)
        elif token in ("}", "]") and open_kinds:
            open_kinds.pop()
    body = text[:cut].rstrip()
    return body + "".join("}" if kind == "{" else "]" for kind in reversed(open_kinds))


def _whole_characters(fragment: str) -> str:
    """A cut string body without a trailing half escape sequence (``\\``, ``\\u00``, a lone surrogate)."""
    match = re.search(r"(\\+)(u[0-9a-fA-F]{0,3})?$", fragment)
    if match and len(match.group(1)) % 2 == 1:
        fragment = fragment[: match.end(1) - 1]
    return re.sub(r"(?<!\\)((?:\\\\)*)\\u[dD][89abAB][0-9a-fA-F]{2}$", r"\1", fragment)
