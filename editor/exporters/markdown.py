"""Exporter ``md``: the policy as ordinary Markdown (a ``#`` title, then the sections).

Headings carry their section id as ``{#id}`` (read by Python-Markdown's attr_list and pandoc),
so internal links keep working and the Markdown importer gives back the same sections.
"""

from __future__ import annotations

from typing import Any

from editor.model.policy import Policy


def export(policy: Policy, options: dict[str, Any]) -> bytes:
    parts = [f"# {policy.meta.title}"] if policy.meta.title else []
    for section in policy.walk():
        if section.title:
            parts.append(f"{'#' * section.level} {section.title} {{#{section.id}}}")
        if section.body:
            parts.append(section.body)
    return ("\n\n".join(parts) + "\n").encode("utf-8")
