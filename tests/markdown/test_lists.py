"""Lists the CommonMark way: the re-indentation the parser sees, and the tree it builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.markdown.lists import START, item_step, normalize_lists
from editor.markdown.syntax import fence_step
from editor.render.tree import parse


def shape(text: str) -> str:
    """The list structure of a rendered text: tags of lists and items, nesting as brackets."""

    def walk(element) -> str:
        inner = "".join(walk(child) for child in element if child.tag in {"ul", "ol", "li"})
        start = f"{element.get('start')}" if element.get("start") else ""
        return f"{element.tag}{start}[{inner}]" if element.tag in {"ul", "ol"} else f"li{inner}"

    return "".join(walk(child) for child in parse(text) if child.tag in {"ul", "ol"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a\n  - b\n    - c\n- d", "ul[liul[liul[li]]li]"),
        ("- a\n    - b\n        - c\n- d", "ul[liul[liul[li]]li]"),
        ("- a\n\t- b\n\t\t- c\n- d", "ul[liul[liul[li]]li]"),
        ("1. a\n  - b\n2. c", "ol[liul[li]li]"),
        ("1. a\n   1. b\n2. c", "ol[liol[li]li]"),
        ("1) a\n2) b", "ol[lili]"),
        ("3) a\n4) b", "ol3[lili]"),
        ("7. a\n8. b", "ol7[lili]"),
        ("Texte :\n- a\n- b", "ul[lili]"),
        ("Texte :\n1. a\n2. b", "ol[lili]"),
        ("Texte\n2. pas une liste", ""),
        ("- a\n\n  suite\n- b", "ul[lili]"),
        (" - a\n - b", "ul[lili]"),
    ],
)
def test_list_structure(text: str, expected: str) -> None:
    assert shape(text) == expected


def test_only_the_parser_sees_the_new_indentation() -> None:
    assert normalize_lists(["- a", "  - b", "", "    suite de b"]) == ["- a", "    - b", "", "        suite de b"]
    assert normalize_lists(["- a", "  - b", "", "  suite de a"]) == ["- a", "    - b", "", "    suite de a"]
    assert normalize_lists(["Texte", "- a"]) == ["Texte", "", "- a"]


@pytest.mark.parametrize(
    "lines",
    [
        ["    - code, not a list", "    1) code"],
        ["```", "- a", "  - b", "```"],
        ["---", "* * *"],
    ],
)
def test_code_and_breaks_are_left_alone(lines: list[str]) -> None:
    assert normalize_lists(lines) == lines


def test_a_continuation_line_keeps_its_extra_indentation() -> None:
    assert parse("- a\n\n      code\n- b")[0][0].find("pre") is not None


FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "render").glob("*.md"))


def items_seen_line_by_line(text: str) -> int:
    """How many list items :func:`item_step` sees (as the highlighter does), fenced code skipped."""
    context, fence, count = START, None, 0
    for line in text.split("\n"):
        fence, code = fence_step(fence, line)
        if code:
            context = START
            continue
        context, item = item_step(context, line)
        count += item is not None
    return count


@pytest.mark.parametrize("source", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_line_by_line_reading_finds_the_items_the_renderer_renders(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    assert items_seen_line_by_line(text) == sum(1 for _ in parse(text).iter("li"))


@pytest.mark.parametrize(
    "text", ["Texte\n2. pas une liste", "Texte\n1. une liste", "Texte :\n- a\n\n    code\n\n- b", "    - code\n- a"]
)
def test_line_by_line_reading_of_interruptions_and_code(text: str) -> None:
    assert items_seen_line_by_line(text) == sum(1 for _ in parse(text).iter("li"))


LIST_LINES = st.sampled_from(
    [
        "- a",
        "  - b",
        "    - c",
        "\t- d",
        "1. e",
        "2) f",
        "   1. g",
        "texte",
        "  suite",
        "      code",
        "",
        "---",
        "```",
        "> q",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LIST_LINES, max_size=12))
def test_normalizing_changes_only_indentation_and_blank_lines(lines: list[str]) -> None:
    expanded = [line.expandtabs(4) for line in lines]
    out = normalize_lists(expanded)
    assert [line.strip() for line in out if line.strip()] == [line.strip() for line in expanded if line.strip()]
    parse("\n".join(lines))  # and the renderer reads any mix of them
