"""The ``html-fragment`` exporter: the sanitized policy body only, for pasting into a CMS."""

from __future__ import annotations

from editor.exporters.html import fragment
from editor.exporters.options import PROFILE, ExportContext, Option
from editor.model.policy import Policy

OPTIONS: tuple[Option, ...] = (PROFILE,)


def export(policy: Policy, context: ExportContext) -> bytes:
    return (fragment(policy, context) + "\n").encode("utf-8")
