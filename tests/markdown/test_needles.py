"""With the needles (editor.markdown.needles), Python-Markdown gives exactly what it gives without them
(inline patterns, link texts, block processors, the fenced-code and whitespace preprocessors)."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.preprocessors import NormalizeWhitespace
from markdown.treeprocessors import InlineProcessor

from editor.markdown import needles
from editor.markdown.config import create_markdown
from editor.render.tree import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted((FIXTURES / "render").glob("*.md")) + [FIXTURES / "markdown" / "dialect.md"]

#: Pieces of Markdown: every pattern's needles, near misses and plain prose.
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
        "# ",
        "## Titre #",
        "\n#",
        ": ",
        "\n: définition",
        "\n> ",
        ">",
        "*[RGPD]: Règlement général\n",
        "*[",
        "[x]: https://exemple.fr",
        "]:",
        "\n\n",
        "---",
        "\n---\n",
        "***",
        "\n _ _ _",
        "\n===",
        "\n-",
        "|",
        "| a | b |\n",
        "|---|:--|\n",
        "```",
        "\n```py\n",
        "~~~",
        "   \n",
        " \n",
        "\t",
        "\r\n",
        "\n   : ",
        "[[a]",
        "[a]]",
        "[a [b] c](x)",
        "![i](data:x)",
        "{: #ancre }",
        " {#a}",
        "{",
        "}",
        "\\\\",
        "\\[",
    ]
)


@pytest.fixture(scope="module", params=[False, True], ids=["dialect", "raw-html"])
def both(request: pytest.FixtureRequest) -> tuple:
    fast = create_markdown(raw_html=request.param)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(needles, "supported", lambda: False)
        stock = create_markdown(raw_html=request.param)
    assert type(fast.treeprocessors["inline"]) is needles.NeedleInlineProcessor
    assert type(stock.treeprocessors["inline"]) is InlineProcessor
    stock_kinds = [type(item) for item in stock.treeprocessors]
    assert [
        type(item).__mro__[1] if item is fast.treeprocessors["inline"] else type(item) for item in fast.treeprocessors
    ] == stock_kinds  # same place
    for name in needles.BLOCK_NEEDLES:
        assert "test" in vars(fast.parser.blockprocessors[name])
        assert "test" not in vars(stock.parser.blockprocessors[name])
    for pattern in fast.inlinePatterns:
        assert ("getText" in vars(pattern)) is isinstance(pattern, LinkInlineProcessor)
    assert not any("getText" in vars(pattern) for pattern in stock.inlinePatterns)
    assert "run" in vars(fast.preprocessors["fenced_code_block"])
    assert "run" not in vars(stock.preprocessors["fenced_code_block"])
    assert type(fast.preprocessors["normalize_whitespace"]) is needles.BlankLinesNormalizer
    assert type(stock.preprocessors["normalize_whitespace"]) is NormalizeWhitespace
    return fast, stock


def _same(both: tuple, text: str) -> None:
    fast, stock = both
    fast.reset()
    stock.reset()
    assert fast.convert(text) == stock.convert(text)


def test_the_installed_markdown_has_what_the_needle_pass_replaces() -> None:
    assert needles.supported()


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_fixture_texts_render_the_same(both: tuple, path: Path) -> None:
    _same(both, path.read_text(encoding="utf-8"))


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_markup_renders_the_same(both: tuple, text: str) -> None:
    _same(both, text)


@given(st.text(alphabet="[]ab(\\", max_size=24), st.data())
def test_the_link_text_ends_where_python_markdown_ends_it(data: str, draw: st.DataObject) -> None:
    index = draw.draw(st.integers(min_value=0, max_value=len(data)))
    stock = LinkInlineProcessor(r"\[", None)
    assert needles.bracket_text(data, index) == stock.getText(data, index)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_tree_passes_left_out_would_change_nothing(text: str) -> None:
    """The renderer's parse leaves out the attribute-list and unescape passes on a text without
    braces or backslashes (needles.tree_passes): the tree is the one all passes give."""
    fast = _shape(parse(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(needles, "supported", lambda: False)
        every = _shape(parse(text))
    assert fast == every


def _shape(element: ElementTree.Element) -> tuple:
    """Everything of a tree (Python-Markdown may leave attribute values None: not serialisable)."""
    children = tuple(_shape(child) for child in element)
    return element.tag, sorted(element.attrib.items()), element.text, element.tail, children
