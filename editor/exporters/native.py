"""Exporter to the native ``.policy.md`` format."""

from __future__ import annotations

from typing import Any

from editor import native
from editor.model.policy import Policy


def export(policy: Policy, options: dict[str, Any]) -> bytes:
    return native.dumps(policy).encode("utf-8")
