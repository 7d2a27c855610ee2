"""Exporter to the native ``.policy.md`` format."""

from __future__ import annotations

from editor import native
from editor.exporters.options import ExportContext, Option
from editor.model.policy import Policy

#: The text is written as typed: no options.
OPTIONS: tuple[Option, ...] = ()


def export(policy: Policy, context: ExportContext) -> bytes:
    return native.dumps(policy).encode("utf-8")
