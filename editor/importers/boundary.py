"""The import boundary: one rule for the text of every imported policy, whatever the importer.

Importers may hand back text no file can hold: a lone UTF-16 surrogate (``"\\ud800"`` is valid
JSON), or a NUL character (valid UTF-8, but it ends a C string and reaches exports). Both are
replaced by U+FFFD in every string of the policy (titles, bodies, metadata, origin record), and a
notice says how many. Numbers are bounded before they are converted: a JSON integer longer than
:data:`MAX_INT_DIGITS` digits is refused before Python tries (and fails) to convert it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from editor.errors import Notice
from editor.model.policy import Metadata, Policy, Section

#: Longest integer a file may hold: 64-bit ids have 20 digits; past this it is damage or an attack
#: (Python refuses to convert more than 4300 digits, and conversion time grows with the square).
MAX_INT_DIGITS = 100

REPLACEMENT = "\ufffd"
_BAD = re.compile("[\ud800-\udfff\x00]")


class NumberTooLong(ValueError):
    """A number with more digits than :data:`MAX_INT_DIGITS` (raised before converting it)."""

    def __init__(self, digits: int) -> None:
        super().__init__(f"{digits} digits")
        self.digits = digits


def bounded_int(text: str) -> int:
    """``int(text)`` for JSON's ``parse_int``, refusing overlong numbers before converting them."""
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise NumberTooLong(digits)
    return int(text)


class _Counter:
    """Replaces the bad characters of every string it is given and counts them."""

    def __init__(self) -> None:
        self.surrogates = 0
        self.nuls = 0

    def text(self, value: str) -> str:
        if not _has_bad(value):
            return value
        nuls = value.count("\x00")
        self.nuls += nuls
        self.surrogates += len(_BAD.findall(value)) - nuls
        return _BAD.sub(REPLACEMENT, value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.value(key): self.value(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.value(item) for item in value)
        return value

    def section(self, section: Section) -> Section:
        title, body = self.text(section.title), self.text(section.body)
        children = tuple(self.section(child) for child in section.children)
        if title is section.title and body is section.body and all(map(_is, children, section.children)):
            return section
        return replace(section, title=title, body=body, children=children)

    def meta(self, meta: Metadata) -> Metadata:
        changes = {
            item.name: self.text(getattr(meta, item.name))
            for item in fields(meta)
            if isinstance(getattr(meta, item.name), str)
        }
        return replace(meta, **changes, extra=self.value(dict(meta.extra)))


def _has_bad(value: str) -> bool:
    """Whether ``value`` holds a NUL or a lone surrogate: two scans in C, three times quicker than
    :data:`_BAD` on a long text (a policy is read at start-up, before the window is painted)."""
    if "\x00" in value:
        return True
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _is(a: object, b: object) -> bool:
    return a is b


def clean_text(text: str) -> tuple[str, list[Notice]]:
    """``text`` with lone surrogates and NUL replaced, and the notices saying how many."""
    counter = _Counter()
    return counter.text(text), _notices(counter)


def clean_policy(policy: Policy) -> tuple[Policy, list[Notice]]:
    """``policy`` with lone surrogates and NUL replaced in every string, and the notices."""
    counter = _Counter()
    sections = tuple(counter.section(section) for section in policy.sections)
    cleaned = Policy(counter.meta(policy.meta), sections, counter.value(dict(policy.origin)))
    if not (counter.surrogates or counter.nuls):
        return policy, []
    return cleaned, _notices(counter)


def _notices(counter: _Counter) -> list[Notice]:
    notices = []
    if counter.surrogates:
        notices.append(Notice("text.surrogates", {"count": counter.surrogates}))
    if counter.nuls:
        notices.append(Notice("text.nul", {"count": counter.nuls}))
    return notices
