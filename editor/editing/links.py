"""Links: check what the user typed as a target, and write or remove ``[text](target)``.

A target is a web address (``https://``; ``www.`` gets ``https://``), an e-mail address
(``mailto:``), a telephone number (``tel:``) or another section of the policy (``#id``). Anything
else (``javascript:``, a bare word, spaces) is refused with a code the GUI words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.editing.edit import TextEdit, shrink
from editor.editing.emphasis import block_prefix_end, unsplit, word_at

_WEB = re.compile(r"^https?://[^\s/?#@]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
_WWW = re.compile(r"^www\.[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
_MAIL = re.compile(r"^(?:mailto:)?[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$", re.IGNORECASE)
_TEL = re.compile(r"^tel:\+?[0-9 .()-]{3,}$", re.IGNORECASE)
_SECTION = re.compile(r"^#[^\s#()]+$")
#: An inline link ``[text](target)`` (no nested brackets).
LINK = re.compile(r"(?<!!)\[((?:\\.|[^\]\\])*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_TEXT_ESCAPE = re.compile(r"([\[\]\\])")


@dataclass(frozen=True)
class Target:
    """A checked target (``href``), or the code of the problem (``error``)."""

    href: str = ""
    error: str = ""


def check_target(value: str) -> Target:
    """The link target for what was typed, or why it cannot be one."""
    value = value.strip()
    if not value:
        return Target(error="link.empty")
    if _SECTION.match(value):
        return Target(value)
    if _WEB.match(value):
        return Target(value)
    if _WWW.match(value):
        return Target("https://" + value)
    if _MAIL.match(value):
        return Target(value if value.lower().startswith("mailto:") else "mailto:" + value)
    if _TEL.match(value):
        return Target(value.replace(" ", ""))
    if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE) and not value.lower().startswith(("http", "mailto")):
        return Target(error="link.scheme")
    return Target(error="link.invalid")


@dataclass(frozen=True)
class LinkAt:
    """A link found around a position: its span in the text, its text and its target."""

    start: int
    end: int
    text: str
    target: str


def link_at(text: str, start: int, end: int) -> LinkAt | None:
    """The inline link that holds the selection ``start``..``end``, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for match in LINK.finditer(text, line_start, line_end):
        if match.start() <= start and end <= match.end():
            return LinkAt(match.start(), match.end(), match.group(1), match.group(2))
    return None


def link_text_for(text: str, start: int, end: int) -> tuple[int, int]:
    """The span a new link goes around: the selection without edge spaces, or the word at the cursor;
    within one line's text (after its list marker), grown so it splits no emphasis, code span or
    address (``[**gros** mot](…)``, not ``**gr[os** mot](…)``)."""
    a, b = word_at(text, start) if start == end else shrink(text, start, end)
    if a == b:
        return a, b
    a = max(a, block_prefix_end(text, a))
    line_end = text.find("\n", a)
    a, b = shrink(text, a, b if line_end < 0 else min(b, line_end))
    return unsplit(text, a, b) if a < b else (a, b)


def set_link(text: str, start: int, end: int, label: str, href: str) -> TextEdit:
    """Write ``[label](href)`` in place of the link at the selection, or around the selection's text.

    ``label`` is the link text as shown (escaped here); edge white space stays outside the brackets.
    """
    existing = link_at(text, start, end)
    if existing is not None:
        a, b = existing.start, existing.end
    else:
        a, b = link_text_for(text, start, end)
    lead = label[: len(label) - len(label.lstrip())]
    trail = label[len(label.rstrip()) :]
    core = _TEXT_ESCAPE.sub(r"\\\1", label.strip()) or href
    new = f"{lead}[{core}]({href}){trail}"
    result = text[:a] + new + text[b:]
    return TextEdit(result, a, a + len(new))


def remove_link(text: str, start: int, end: int) -> TextEdit:
    """The link at the selection replaced by its text."""
    existing = link_at(text, start, end)
    if existing is None:
        return TextEdit(text, start, end)
    plain = existing.text
    result = text[: existing.start] + plain + text[existing.end :]
    return TextEdit(result, existing.start, existing.start + len(plain))


def shown_text(link_text: str) -> str:
    """A link text without its escapes, as the dialog shows it."""
    return re.sub(r"\\(.)", r"\1", link_text)
