"""Placing an imported heading in the section tree: the one nesting rule the importers share.

A heading closes the open sections at its level or deeper, and goes at most one level below the
section that stays open (a jump, say h2 then h4, is clamped, with a notice naming both levels).
"""

from __future__ import annotations

from typing import Any, Protocol

from editor.errors import Notice, Where

#: The id of the untitled section that holds text before the first heading, per language.
UNTITLED_ID = {"fr": "preambule", "de": "praeambel", "es": "preambulo", "it": "preambolo"}


class OpenSection(Protocol):
    """A section being built by an importer: its level and the subsections found so far."""

    level: int
    children: list[Any]


def place(
    node: OpenSection,
    source_level: int,
    stack: list[tuple[int, Any]],
    tops: list[Any],
    notices: list[Notice],
    jump_code: str,
) -> None:
    """Attach ``node`` (whose ``level`` is ``source_level``, the heading's level in the file) under
    the right open section, clamping its level on a jump; ``stack`` holds (source level, section)."""
    while stack and stack[-1][0] >= source_level:
        stack.pop()
    if stack and source_level > stack[-1][1].level + 1:
        used = stack[-1][1].level + 1
        notices.append(
            Notice(
                jump_code,
                {"level": source_level, "previous": stack[-1][0], "used": used},
                Where(field="heading", near=getattr(node, "title", "")),
            )
        )
        node.level = used
    (stack[-1][1].children if stack else tops).append(node)
    stack.append((source_level, node))
