"""The ``html-fragment`` exporter: the sanitized policy body only, for pasting into a CMS."""

from __future__ import annotations

from typing import Any

from editor.exporters.html import fragment
from editor.model.policy import Policy


def export(policy: Policy, options: dict[str, Any]) -> bytes:
    return (fragment(policy, options) + "\n").encode("utf-8")
