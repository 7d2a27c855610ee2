"""The ``html-fragment`` exporter: the sanitized policy body only, for pasting into a CMS."""

from __future__ import annotations

from editor.exporters.html import FRAGMENT_OPTIONS, fragment
from editor.exporters.options import ExportContext, Option
from editor.model.policy import Policy

OPTIONS: tuple[Option, ...] = FRAGMENT_OPTIONS


def export(policy: Policy, context: ExportContext) -> bytes:
    return (fragment(policy, context) + "\n").encode("utf-8")
