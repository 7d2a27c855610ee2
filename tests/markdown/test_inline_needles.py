"""The needle pass (editor.markdown.inline) gives exactly what Python-Markdown's own inline pass gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.treeprocessors import InlineProcessor

from editor.markdown import inline
from editor.markdown.config import create_markdown

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted((FIXTURES / "render").glob("*.md")) + [FIXTURES / "markdown" / "dialect.md"]

#: Pieces of inline Markdown: every pattern's needles, near misses and plain prose.
PIECES = st.sampled_from(
    [
        "mot ",
        "texte",
        " ",
        "\n",
        "  \n",
        "*",
        "**",
        "_",
        "__",
        "`",
        "``",
        "\\",
        "\\*",
        "[",
        "]",
        "](",
        ")",
        "![",
        "[a](https://exemple.fr)",
        "[ref]",
        "[ref]: https://exemple.fr\n",
        "<",
        ">",
        "<https://exemple.fr>",
        "<a@b.fr>",
        "dpo@exemple.fr",
        "https://www.cnil.fr/",
        "www.exemple.fr",
        "WWW.",
        ":",
        "- ",
        "1. ",
        "> ",
        "é",
        "&amp;",
        "&#8239;",
        "&",
        "<b>gras</b>",
        "<!-- note -->",
        "</p>",
    ]
)


@pytest.fixture(scope="module", params=[False, True], ids=["dialect", "raw-html"])
def both(request: pytest.FixtureRequest) -> tuple:
    needles = create_markdown(raw_html=request.param)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inline, "supported", lambda: False)
        stock = create_markdown(raw_html=request.param)
    assert type(needles.treeprocessors["inline"]) is inline.NeedleInlineProcessor
    assert type(stock.treeprocessors["inline"]) is InlineProcessor
    stock_kinds = [type(item) for item in stock.treeprocessors]
    assert [
        type(item).__mro__[1] if item is needles.treeprocessors["inline"] else type(item)
        for item in needles.treeprocessors
    ] == stock_kinds  # same place
    return needles, stock


def _same(both: tuple, text: str) -> None:
    needles, stock = both
    needles.reset()
    stock.reset()
    assert needles.convert(text) == stock.convert(text)


def test_the_installed_markdown_has_what_the_needle_pass_replaces() -> None:
    assert inline.supported()


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_fixture_texts_render_the_same(both: tuple, path: Path) -> None:
    _same(both, path.read_text(encoding="utf-8"))


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_inline_markup_renders_the_same(both: tuple, text: str) -> None:
    _same(both, text)
