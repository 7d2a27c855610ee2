"""HTML -> our Markdown: fixture pairs (``tests/fixtures/html_markdown/*.html`` -> ``.md``) and the
property that the Markdown renders (with the preview's renderer) to the same text and inline
structure as the HTML it came from."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from editor.importers.html_markdown import Converter
from editor.importers.html_tree import parse_html
from editor.render import RenderContext, body_tree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html_markdown"
CASES = sorted(path.stem for path in FIXTURES.glob("*.html"))
PLAIN = RenderContext(profile=None)


def to_markdown(source: str) -> str:
    blocks = Converter().blocks(parse_html(source).root)
    return "\n\n".join(block for block in blocks if isinstance(block, str))


@pytest.mark.parametrize("name", CASES)
def test_fixture(name: str) -> None:
    source = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    expected = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    assert to_markdown(source) == expected.removesuffix("\n")


def test_fixture_folder_is_not_empty() -> None:
    assert len(CASES) >= 5


# -- the inline structure of a tree, as the reader sees it -------------------------------------------

_FORMAT = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "code": "code"}
_ASCII_SPACE = " \t\n\r\f"
_BLOCKS = frozenset({"p", "li", "ul", "ol", "blockquote"})
BR = "\x00"


def _runs(element: etree.Element, formats: frozenset[str], out: list[tuple[str, frozenset[str]]]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "br":
        out.append((BR, frozenset()))
        return
    if tag in _BLOCKS and out:
        out.append((BR, frozenset()))  # blocks (paragraphs, items, quotes) are compared as line breaks
    if tag in _FORMAT:
        formats = formats | {_FORMAT[tag]}
    elif tag == "a" and element.get("href"):
        formats = formats | {"a:" + unquote(element.get("href", ""))}
    if element.text:
        out.extend((char, formats) for char in element.text)
    for child in element:
        _runs(child, formats, out)
        if child.tail:
            out.extend((char, formats) for char in child.tail)


def structure(root: etree.Element) -> list[tuple[str, frozenset[str]]]:
    """Characters with the formats that apply to them, as a browser shows them: ASCII white space
    collapsed, breaks joined, and a space formatted only as much as the letters on both its sides."""
    raw: list[tuple[str, frozenset[str]]] = []
    _runs(root, frozenset(), raw)
    chars = [(" " if char in _ASCII_SPACE and char != BR else char, fmt) for char, fmt in raw]
    out: list[tuple[str, frozenset[str]]] = []
    for char, fmt in chars:
        if char.isspace() and (not out or out[-1][0] == BR or (char == " " and out[-1][0] == " ")):
            continue  # collapsed, or white space at the start of a line
        if char == BR:
            while out and out[-1][0].isspace():
                out.pop()  # white space at the end of a line
            if not out or out[-1][0] == BR:
                continue
        out.append((char, fmt))
    while out and (out[-1][0].isspace() or out[-1][0] == BR):
        out.pop()
    result = []
    for index, (char, fmt) in enumerate(out):
        if char.isspace():
            before = next((f for c, f in reversed(out[:index]) if not c.isspace()), frozenset())
            after = next((f for c, f in out[index + 1 :] if not c.isspace()), frozenset())
            fmt = before & after
        result.append((char, fmt))
    return result


def _show(runs: list[tuple[str, frozenset[str]]]) -> str:
    parts, current = [], None
    for char, fmt in runs:
        if fmt != current:
            parts.append(f"|{'+'.join(sorted(fmt))}|")
            current = fmt
        parts.append(char)
    return "".join(parts)


# -- generated HTML ----------------------------------------------------------------------------------

SPACES = [" ", "\u00a0", "\u202f", "\t", "\n"]
LETTERS = "aéZ9"
PUNCTUATION = ".,;:!?'\"()[]*_`\\#>-+=&<{}|~"
_text = st.text(alphabet=st.sampled_from([*LETTERS, *PUNCTUATION, *SPACES]), min_size=0, max_size=6)
_words = st.text(alphabet=st.sampled_from([*LETTERS, " ", "\u00a0"]), min_size=1, max_size=5)
_href = st.sampled_from(["https://exemple.fr/", "https://exemple.fr/a_(b)", "https://exemple.fr/c d", "mailto:a@b.fr"])


def _element(children: st.SearchStrategy[str], in_link: bool) -> st.SearchStrategy[str]:
    tags = ["strong", "b", "em", "i", "span"] + ([] if in_link else ["a"])
    return st.tuples(st.sampled_from(tags), st.lists(children, max_size=3), _href).map(
        lambda t: (
            f'<a href="{html.escape(t[2])}">{"".join(t[1])}</a>' if t[0] == "a" else f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
        )
    )


_leaf = st.one_of(
    _text.map(lambda s: html.escape(s, quote=False)),
    st.just("<br>"),
    _words.map(lambda s: f"<code>{html.escape(s, quote=False)}</code>"),
)
_inline = st.recursive(_leaf, lambda children: _element(children, in_link=False), max_leaves=8)
_paragraph = st.lists(_inline, min_size=1, max_size=5).map(lambda parts: "<p>" + "".join(parts) + "</p>")
_block = st.one_of(
    _paragraph,
    st.lists(_inline, min_size=1, max_size=3).map(lambda parts: "<ul><li>" + "</li><li>".join(parts) + "</li></ul>"),
    st.lists(_inline, min_size=1, max_size=3).map(lambda parts: "<ol><li>" + "</li><li>".join(parts) + "</li></ol>"),
    _paragraph.map(lambda paragraph: f"<blockquote>{paragraph}</blockquote>"),
)


def _nested_links(source: str) -> bool:
    depth = 0
    for tag in re.findall(r"<(/?)a[ >]", source):
        depth += -1 if tag else 1
        if depth > 1:
            return True
    return False


@settings(max_examples=200, deadline=None)
@given(st.lists(_block, min_size=1, max_size=3).map("".join))
@example("<p><strong>Texte proposé :&nbsp;</strong>Le texte</p>")
@example("<p><strong>Suggested text: </strong>Our</p>")
@example("<p><em>a</em><strong>b</strong></p>")
@example("<p>a<em>b</em><em>c</em>d</p>")
@example("<p>x<a href='https://exemple.fr/'> </a>y</p>")
@example('<p><a href="https://exemple.fr/">]:</a></p>')  # not a reference definition
@example("<p>9</p><p>: 9</p>")  # not a definition list
@example("<p><strong><strong>9<br></strong>\n<strong><br>9</strong></strong></p>")  # bold closed at the paragraph
def test_markdown_renders_to_the_same_text_and_inline_structure(source: str) -> None:
    assume(not _nested_links(source))
    parsed = parse_html(source).root
    markdown = to_markdown(source)
    rendered = body_tree(markdown, PLAIN)
    want, got = structure(parsed), structure(rendered)
    assert _show(got) == _show(want), markdown
