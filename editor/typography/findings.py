"""What :func:`editor.typography.check` reports: one :class:`Finding` per place to change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.errors import describe
from editor.typography.chars import NBSP, NNBSP, THIN

SPACE_NAMES = {
    NBSP: "a no-break space (U+00A0)",
    NNBSP: "a narrow no-break space (U+202F)",
    THIN: "a thin space (U+2009)",
    " ": "a space",
}


@dataclass(frozen=True)
class Finding:
    """A place in the checked text: ``offset`` and ``length`` in characters of the original text,
    the ``rule`` (family name), the message ``key`` (an error code with an English template), and
    the ``replacement`` the fixer would write there (None: shown for review, never changed)."""

    offset: int
    length: int
    rule: str
    key: str
    replacement: str | None
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    def message(self) -> str:
        return describe(self.key, self.params)


def expected_text(replacement: str | None) -> str:
    """How a replacement reads in a message: 'a narrow no-break space (U+202F)', "'«'", 'no space'."""
    if replacement is None:
        return ""
    if replacement == "":
        return "no space"
    if replacement in SPACE_NAMES:
        return SPACE_NAMES[replacement]
    return repr(replacement)
