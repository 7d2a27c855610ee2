"""Compile Qt Linguist ``.ts`` files into the binary ``.qm`` files QTranslator loads, without Qt.

The wheel build (setup.py) and the app use ``pyside6-lrelease`` when it is there; this writer is
the fallback where it is not (a build in an isolated environment, a Qt without its tools). It writes
what ``lrelease`` writes in its default mode, so a translator finds the same texts:

- the magic number, then tagged sections (a tag byte and a 32-bit big-endian length each):
  the language, the hash table (``elfHash(source + disambiguation)`` and the offset of the message,
  sorted), the messages, and the plural rules of the language;
- each message: its translations (one per plural form, UTF-16BE), its disambiguation, source text
  and context (UTF-8), then an end tag.

Like lrelease, unfinished messages that have a text are kept, empty and obsolete ones are left out.
tests/gui/test_qm.py checks every message of our ``.ts`` files against lrelease's output through
QTranslator.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Section tags (Qt: QTranslatorPrivate).
_LANGUAGE, _HASHES, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
# Message item tags.
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
# Plural rule operators (Qt: qtranslator_p.h); a rule per plural form but the last.
_EQ, _LEQ, _LT, _BETWEEN, _NOT, _MOD_10, _MOD_100, _AND, _OR, _NEW_RULE = (
    0x01,
    0x03,
    0x02,
    0x04,
    0x08,
    0x10,
    0x20,
    0xFD,
    0xFE,
    0xFF,
)


def _codes(text: str) -> list[str]:
    return text.split()


_ONE_IS_SINGULAR = bytes([_EQ, 1])  # English, German, Spanish... : 1 | other
_ZERO_AND_ONE_SINGULAR = bytes([_LEQ, 1])  # French, Portuguese: 0, 1 | other
_NO_PLURAL = b""  # Japanese, Chinese, Korean, Hungarian... : one form
_SLAVIC = bytes(  # Russian, Ukrainian, Serbian, Croatian, Bosnian, Belarusian: one | few | many
    [_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NOT | _EQ, 11, _NEW_RULE, _MOD_10 | _BETWEEN, 2, 4, _AND]
    + [_MOD_100 | _NOT | _BETWEEN, 10, 19]
)
_POLISH = bytes([_EQ, 1, _NEW_RULE, _MOD_10 | _BETWEEN, 2, 4, _AND, _MOD_100 | _NOT | _BETWEEN, 10, 19])
_CZECH = bytes([_EQ, 1, _NEW_RULE, _BETWEEN, 2, 4])  # Czech, Slovak: one | few | other
_ICELANDIC = bytes([_MOD_10 | _EQ, 1, _AND, _MOD_100 | _NOT | _EQ, 11])
#: Qt's plural rules by language code, as pyside6-lrelease 6.11 writes them (tests/gui/test_qm.py
#: compares each); a language missing here needs lrelease.
PLURAL_RULES: dict[str, bytes] = {
    **dict.fromkeys(
        _codes(
            "en de nl sv da nb nn no fi et el it es ca gl eu bg af sq eo fo fy he ka kk mn ky ne "
            "sw ta te ur ml kn mr gu bn hi pa so az uz ps km lo ln mg oc"
        ),
        _ONE_IS_SINGULAR,
    ),
    **dict.fromkeys(_codes("fr pt br ti"), _ZERO_AND_ONE_SINGULAR),
    **dict.fromkeys(_codes("ja zh ko vi th id ms my bo dz tr fa hu tt ak"), _NO_PLURAL),
    **dict.fromkeys(_codes("ru uk sr hr bs be"), _SLAVIC),
    "pl": _POLISH,
    **dict.fromkeys(_codes("cs sk"), _CZECH),
    "is": _ICELANDIC,
}


class QmError(ValueError):
    """A .ts file this writer cannot compile (not a .ts, or a language without known plural rules)."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    translations: tuple[str, ...]


def elf_hash(data: bytes) -> int:
    """Qt's elfHash over UTF-8 bytes (never 0)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _translation_text(element: etree.Element) -> str:
    """A translation's text; length variants are joined with U+009C as lrelease does."""
    variants = element.findall("lengthvariant")
    if variants:
        return "\u009c".join(variant.text or "" for variant in variants)
    return element.text or ""


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language (``fr_FR``) and the messages lrelease would compile from a .ts file."""
    try:
        root = etree.parse(path).getroot()
    except etree.ParseError as error:
        raise QmError(f"{path}: not an XML file ({error})") from error
    if root.tag != "TS":
        raise QmError(f"{path}: not a Qt Linguist .ts file")
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = tuple(_translation_text(form) for form in forms) if forms else (_translation_text(translation),)
            if not any(texts):
                continue
            source = message.findtext("source") or ""
            messages.append(Message(name, source, message.findtext("comment") or "", texts))
    return root.get("language") or "", messages


def plural_rules(language: str) -> bytes:
    code = language.split("_")[0].lower()
    if code not in PLURAL_RULES:
        raise QmError(f"no plural rules known for the language {language!r}: compile it with pyside6-lrelease")
    return PLURAL_RULES[code]


def _utf8(tag: int, text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack(">BI", tag, len(data)) + data


def _message_bytes(message: Message) -> bytes:
    out = bytearray()
    for text in message.translations:
        if not text:  # a form left empty: a null string, so Qt shows the source text
            out += struct.pack(">BI", _TRANSLATION, 0xFFFFFFFF)
            continue
        data = text.encode("utf-16-be")
        out += struct.pack(">BI", _TRANSLATION, len(data)) + data
    out += _utf8(_COMMENT, message.disambiguation)
    out += _utf8(_SOURCE_TEXT, message.source)
    out += _utf8(_CONTEXT, message.context)
    out.append(_END)
    return bytes(out)


def _section(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data if data else b""


def qm_bytes(language: str, messages: list[Message]) -> bytes:
    """The .qm file of ``messages`` in ``language``."""
    rules = plural_rules(language) if language else b""
    unique = {(m.context, m.source, m.disambiguation): m for m in messages}
    body = bytearray()
    offsets = []
    for message in sorted(unique.values(), key=lambda m: (m.context, m.source, m.disambiguation)):
        offsets.append((elf_hash((message.source + message.disambiguation).encode("utf-8")), len(body)))
        body += _message_bytes(message)
    hashes = b"".join(struct.pack(">II", value, offset) for value, offset in sorted(offsets))
    return (
        MAGIC
        + _section(_LANGUAGE, language.encode("utf-8"))
        + _section(_HASHES, hashes)
        + _section(_MESSAGES, bytes(body))
        + _section(_NUMERUS_RULES, rules)
    )


def compile_ts(source: Path, target: Path) -> Path:
    """Write ``target`` (.qm) from ``source`` (.ts), atomically; returns ``target``."""
    language, messages = read_ts(source)
    data = qm_bytes(language, messages)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
