"""Nesting limits applied before Python-Markdown: hostile nesting is bounded, ordinary text untouched."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.importers import import_bytes
from editor.markdown import guard
from editor.markdown.guard import (
    MAX_BRACKET_DEPTH,
    MAX_CONTAINER_DEPTH,
    MAX_EMPHASIS_RUNS,
    MAX_INDENT,
    MAX_UNCLOSED_LINKS,
    guard_markdown,
)
from editor.render.context import RenderContext
from editor.render.html import body_html
from editor.render.tree import parse

CTX = RenderContext()


def codes(text: str) -> list[str]:
    return [notice.code for notice in guard_markdown(text).notices]


def test_ordinary_markdown_is_unchanged() -> None:
    text = (
        "Nous collectons *vos* **données** : [lien](https://x.fr) et ![logo](data:image/png;base64,AA).\n\n"
        "- un\n  - deux\n    - trois\n\n> citation\n> > imbriquée\n\n1. a\n2. b\n\n    code\n"
    )
    guarded = guard_markdown(text)
    assert guarded.text == text and guarded.notices == ()


def test_list_nested_2000_levels_renders_without_recursion() -> None:
    text = "".join("  " * level + "- a\n" for level in range(2000))
    assert codes(text) == ["nesting.lists"]
    root = parse(text)  # RecursionError after 45 s near 1 GB before
    assert root.find(".//li") is not None


def test_list_markers_chained_on_one_line() -> None:
    text = "- " * 5000 + "fin\n"
    assert codes(text) == ["nesting.lists"]
    assert "fin" in body_html(text, CTX)


def test_block_quotes_nested_5000_deep() -> None:
    text = "> " * 5000 + "citation\n"
    assert codes(text) == ["nesting.quotes"]
    html = body_html(text, CTX)
    assert html.count("<blockquote>") == MAX_CONTAINER_DEPTH and "citation" in html


def test_unclosed_image_links_are_text() -> None:
    text = "![a](" * 2_000
    assert "nesting.links" in codes(text)
    html = body_html(text, CTX)
    assert html.count("![a](") == 2_000 and "<img" not in html


def test_emphasis_markers_past_the_limit_are_text() -> None:
    text = "*a " * 2_000
    assert codes(text) == ["nesting.emphasis"]
    assert body_html(text, CTX).count("*") >= 2_000 - MAX_EMPHASIS_RUNS


def test_deep_brackets_are_text() -> None:
    text = "[" * 40 + "x" + "]" * 40
    guarded = guard_markdown(text).text
    assert guarded.count("\\[") == 40 - MAX_BRACKET_DEPTH
    assert codes(text) == ["nesting.brackets"]


def test_importer_reports_each_limit() -> None:
    data = ("".join("  " * level + "- a\n" for level in range(100)) + "\n" + "![a](" * 1000 + "\n").encode()
    result = import_bytes(data, "x.md")
    found = {notice.code for notice in result.notices}
    assert {"nesting.lists", "nesting.links"} <= found


def test_markdown_import_of_25000_unclosed_images_is_bounded() -> None:
    # 150-175 s in the Markdown importer before; the long paragraph is kept as typed
    result = import_bytes(("## T\n\n" + "![a](" * 25_000).encode(), "x.md")
    body = result.policy.sections[0].body
    assert body.count("![a") == 25_000 and body_html(body, CTX).count("![a") == 25_000


FRAGMENTS = ["- ", "  ", "> ", "1. ", "*", "**", "_", "[", "]", "(", ")", "![a](", "](", "`", "\n", "\n\n", "a", " "]


def _nesting(text: str) -> tuple[int, int]:
    """(deepest container prefix on a line, widest indentation) of a text."""
    prefix = re.compile(r"^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+", re.MULTILINE)
    marker = re.compile(r"[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]*")
    depth = max((len(marker.findall(m.group(0))) for m in prefix.finditer(text)), default=0)
    indent = max((len(m.group(0).expandtabs(4)) for m in re.finditer(r"^[ \t]+", text, re.MULTILINE)), default=0)
    return depth, indent


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.integers(1, 3000)), min_size=1, max_size=6))
def test_pathological_inputs_are_bounded(pieces: list[tuple[str, int]]) -> None:
    text = "".join(fragment * count for fragment, count in pieces)
    guarded = guard_markdown(text).text
    depth, indent = _nesting(guarded)
    assert depth <= MAX_CONTAINER_DEPTH and indent <= MAX_INDENT
    for block in re.split(r"\n[ \t]*\n", guarded):
        if len(block) <= 20_000:
            unclosed = len(re.findall(r"(?<!\\)\]\(", block)) - block.count(")")
            assert unclosed <= MAX_UNCLOSED_LINKS or block.count("\\(") >= unclosed - MAX_UNCLOSED_LINKS
    started = time.process_time()
    body_html(text, CTX)
    # a generous ceiling (CPU time, so a loaded machine does not matter): 2 s plus 0.2 s per KB;
    # before the limits these inputs took minutes or hit RecursionError
    assert time.process_time() - started < 2 + 0.2 * len(text) / 1024


def test_a_5mb_hostile_line_parses_in_seconds() -> None:
    text = "`[*" * (5 * 1024 * 1024 // 3)
    started = time.process_time()
    parse(text)  # past 3 minutes before
    assert time.process_time() - started < 20  # a generous CPU ceiling: about 1 s here


MARKERS = st.sampled_from(
    ["> ", "- ", "* ", "1. ", "2) ", ">", "\t", "  ", "x", "\n", "-", "12345678901. ", "\ud800", "\x00", "\r"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(MARKERS, st.integers(1, 20)), max_size=12))
def test_container_precheck_changes_nothing(pieces: list[tuple[str, int]]) -> None:
    """The prechecks (deep containers, deep indentation, surrogates) skip rewrites that would change nothing."""
    text = "".join(piece * count for piece, count in pieces)
    checked = guard_markdown(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guard, "_DEEP_PREFIX", re.compile(""))  # always run the rewrites
        patch.setattr(guard, "_DEEP_INDENT", re.compile(""))
        patch.setattr(guard, "_has_surrogates", lambda text: True)
        assert guard_markdown(text) == checked
