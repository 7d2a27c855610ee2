"""Headings found the way the renderer reads them: ATX and setext, never inside code."""

from __future__ import annotations

from editor.markdown.sections import find_headings
from editor.markdown.syntax import fence_states


def found(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(h.line, h.level, h.title, h.wanted_id) for h in find_headings(text.split("\n"))]


def test_atx_and_setext() -> None:
    text = "# Un\n\nDeux\n====\n\n### Trois ###\n\nQuatre {#q}\n---\n\n## Cinq {#cinq}"
    assert found(text) == [
        (0, 1, "Un", None),
        (2, 1, "Deux", None),
        (5, 3, "Trois", None),
        (7, 2, "Quatre", "q"),
        (10, 2, "Cinq", "cinq"),
    ]


def test_not_headings() -> None:
    text = "```\n# code\n```\n\n    # indenté\n\n#sans-espace\n\n- puce\n---\n\n---\n\n> cité\n---"
    assert found(text) == []


def test_fences_close_on_the_same_character_and_length() -> None:
    lines = ["````", "```", "~~~~", "````", "après"]
    assert [code for _, code in fence_states(lines)] == [True, True, True, True, False]
