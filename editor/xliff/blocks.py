"""A section body cut into blocks at blank lines (code fences kept whole), and joined back."""

from __future__ import annotations

from editor.markdown.syntax import FENCE


def body_blocks(body: str) -> list[str]:
    """The blocks of ``body``: its blank-line separated parts; a fenced code block is never cut."""
    result: list[str] = []
    current: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        opened = FENCE.match(line)
        if fence is not None:
            current.append(line)
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
        if not line.strip() and fence is None:
            if current:
                result.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        result.append("\n".join(current))
    return result


def is_code_block(block: str) -> bool:
    return bool(FENCE.match(block))


def join_blocks(blocks: list[str]) -> str:
    return "\n\n".join(blocks)
