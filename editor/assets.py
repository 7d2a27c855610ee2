"""Paths of the bundled resources (samples, templates, CSS, translations).

The ``resources/`` folder of the repository is installed as the package ``editor.resources``
(see pyproject.toml), so the same lookup works from a checkout, a wheel and a frozen bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    from importlib import resources as importlib_resources  # an installed wheel only

    return Path(str(importlib_resources.files("editor.resources")))


def resource(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource("samples", "x.policy.md")``."""
    return resources_dir().joinpath(*parts)


def sample_policy() -> Path:
    """The policy the application opens on first start."""
    return resource("samples", "politique-de-confidentialite.policy.md")
