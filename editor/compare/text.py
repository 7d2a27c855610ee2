"""Section bodies as readable text blocks: the unit the comparison and the legal check work on.

A body is split into blocks at blank lines (a paragraph, a list item, a table row); Markdown's
inline marks (emphasis, link targets, escapes) are removed so a reader sees the words, the way
the page shows them. This is deliberately a light, fast pass (no Markdown parse): both the
check and the diff run on whole policies while the user types.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"!?\[([^\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)?[^<>\s@]*@?[^<>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`\n]+)`+")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_ORDERED = re.compile(r"^(\s*)(\d{1,9})[.)]\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")


def inline_text(text: str) -> str:
    """One line of Markdown as the words a reader sees."""
    if not any(mark in text for mark in "[<*_`\\~"):
        return text
    text = _CODE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _TAG.sub("", text)
    for _ in range(3):  # nested emphasis
        stripped = _EMPHASIS.sub(r"\2", text)
        if stripped == text:
            break
        text = stripped
    return _ESCAPE.sub(r"\1", text)


def _line_text(line: str) -> str:
    line = _HARD_BREAK.sub("", line.rstrip())
    line = _QUOTE.sub("", line)
    bullet = _BULLET.match(line)
    if bullet:
        return "• " + inline_text(line[bullet.end() :])
    ordered = _ORDERED.match(line)
    if ordered:
        return f"{ordered.group(2)}. " + inline_text(line[ordered.end() :])
    if line.lstrip().startswith("|"):
        cells = [inline_text(cell.strip()) for cell in line.strip().strip("|").split("|")]
        return " | ".join(cells)
    return inline_text(line.strip())


def blocks(body: str) -> list[str]:
    """The readable blocks of a Markdown body: paragraphs (soft line breaks joined by a space),
    each list item and each table row on its own; table rules and blank lines dropped."""
    result: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    for raw in body.split("\n"):
        if not raw.strip() or _TABLE_RULE.match(raw):
            flush()
            continue
        starts_item = bool(_BULLET.match(raw) or _ORDERED.match(raw) or raw.lstrip().startswith("|"))
        if starts_item:
            flush()
        text = _line_text(raw)
        if raw.lstrip().startswith("|"):
            result.append(text)
            continue
        if text:
            current.append(text)
    flush()
    return result
