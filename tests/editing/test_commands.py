"""Every formatting command on the cases of ``tests/fixtures/editing/commands.toml``.

A case gives the body and selection before and after (``⟦ ⟧`` a selection, ``‸`` a cursor); the
expected selection is checked too, so a command that formats right but loses the place fails.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.editing import emphasis, lists, tables
from editor.editing.edit import TextEdit

CASES = tomllib.loads((Path(__file__).parent.parent / "fixtures/editing/commands.toml").read_text("utf-8"))["case"]
OPEN, CLOSE, CURSOR = "⟦", "⟧", "‸"


def parse(marked: str) -> tuple[str, int, int]:
    """The text and selection of a marked-up case."""
    if CURSOR in marked:
        position = marked.index(CURSOR)
        return marked.replace(CURSOR, ""), position, position
    start = marked.index(OPEN)
    end = marked.index(CLOSE) - 1
    return marked.replace(OPEN, "").replace(CLOSE, ""), start, end


def mark(edit: TextEdit) -> str:
    if edit.start == edit.end:
        return edit.text[: edit.start] + CURSOR + edit.text[edit.start :]
    return edit.text[: edit.start] + OPEN + edit.text[edit.start : edit.end] + CLOSE + edit.text[edit.end :]


def _tab(text: str, start: int, end: int, backwards: bool) -> TextEdit | None:
    moved = tables.move_cell(text, start, backwards)
    return moved if moved is not None else lists.indent(text, start, end, outdent=backwards)


COMMANDS: dict[str, Callable[[str, int, int], TextEdit | None]] = {
    "bold": lambda t, s, e: emphasis.toggle(t, s, e, "bold"),
    "italic": lambda t, s, e: emphasis.toggle(t, s, e, "italic"),
    "code": lambda t, s, e: emphasis.toggle(t, s, e, "code"),
    "bullets": lambda t, s, e: lists.toggle_list(t, s, e, ordered=False),
    "numbers": lambda t, s, e: lists.toggle_list(t, s, e, ordered=True),
    "enter": lambda t, s, e: lists.continue_list(t, s),
    "backspace": lambda t, s, e: lists.backspace(t, s),
    "tab": lambda t, s, e: _tab(t, s, e, False),
    "backtab": lambda t, s, e: _tab(t, s, e, True),
}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_command(case: dict[str, str]) -> None:
    text, start, end = parse(case["before"])
    edit = COMMANDS[case["command"]](text, start, end)
    if case["after"] == "unchanged":
        assert edit is None
    else:
        assert edit is not None
        assert mark(edit) == case["after"]


@pytest.mark.parametrize("kind", ["bold", "italic", "code"])
@pytest.mark.parametrize("case", [c for c in CASES if c["command"] in ("bold", "italic", "code")][:8])
def test_toggling_twice_gives_back_the_text(case: dict[str, str], kind: str) -> None:
    text, start, end = parse(case["before"])
    once = emphasis.toggle(text, start, end, kind)
    twice = emphasis.toggle(once.text, once.start, once.end, kind)
    assert twice.text == text
