"""Exporter ``md``: the policy as ordinary Markdown (a ``#`` title, then the sections).

Headings carry their section id as ``{#id}`` (read by Python-Markdown's attr_list and pandoc),
so internal links keep working and the Markdown importer gives back the same sections.
"""

from __future__ import annotations

from editor.exporters.options import ExportContext, Option
from editor.model.policy import Policy

#: The text is written as typed: no options.
OPTIONS: tuple[Option, ...] = ()


def export(policy: Policy, context: ExportContext) -> bytes:
    parts = [f"# {policy.meta.title}"] if policy.meta.title else []
    for section in policy.walk():
        if section.title:
            parts.append(f"{'#' * section.level} {section.title} {{#{section.id}}}")
        if section.body:
            parts.append(section.body)
    return ("\n\n".join(parts) + "\n").encode("utf-8")
