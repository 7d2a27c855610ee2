"""The two typography profiles of the reference note (§4): which space goes where."""

from __future__ import annotations

from dataclasses import dataclass

from editor.errors import PolicyEditorError
from editor.typography.chars import NBSP, NNBSP


@dataclass(frozen=True)
class Profile:
    """The space character of each context.

    ``colon``: before ``:``; ``high``: before ``; ! ?``; ``quote``: inside ``« »``; ``digits``:
    between digit groups; ``bind``: before ``%``, currency signs, units, after ``M.``, ``n°``.
    """

    name: str
    colon: str
    high: str
    quote: str
    digits: str
    bind: str


PROFILES: dict[str, Profile] = {
    "fine": Profile("fine", colon=NBSP, high=NNBSP, quote=NNBSP, digits=NNBSP, bind=NBSP),
    "nbsp": Profile("nbsp", colon=NBSP, high=NBSP, quote=NBSP, digits=NBSP, bind=NBSP),
}


def get_profile(name: str | Profile) -> Profile:
    """The profile called ``name`` (``"fine"`` or ``"nbsp"``), or a PolicyEditorError."""
    if isinstance(name, Profile):
        return name
    try:
        return PROFILES[name]
    except (KeyError, TypeError):
        raise PolicyEditorError("typo.unknown_profile", profile=name, known=", ".join(PROFILES)) from None
