"""Bare web and e-mail addresses (editor.markdown.bare_links and the e-mail rule of config).

``tests/fixtures/markdown/bare-links/NAME.md`` -> ``NAME.html``: the dialect's HTML (before the
render steps). The expected files were written by pymdown-extensions' magiclink, which these rules
replaced, so they pin the behaviour it had. After a deliberate change, regenerate them with
``.venv/bin/python tests/markdown/test_bare_links.py`` and review the diff by eye.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from editor.markdown.config import create_markdown

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "markdown" / "bare-links"
CASES = sorted(FIXTURES.glob("*.md"))
LINK = re.compile(r'<a href="([^"]*)">([^<]*)</a>')


def dialect_html(text: str) -> str:
    return create_markdown().convert(text) + "\n"


def test_there_are_cases() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("source", CASES, ids=[path.stem for path in CASES])
def test_fixture(source: Path) -> None:
    expected = source.with_suffix(".html").read_text(encoding="utf-8")
    assert dialect_html(source.read_text(encoding="utf-8")) == expected


#: Prose around addresses: spaces, sentence punctuation, brackets, entities, quotes (no emphasis
#: marks: a link can change which marks pair, as it always could; the fixtures cover underscores).
PIECES = st.sampled_from(
    [
        "voir ",
        " ",
        "https://",
        "http://",
        "ftp://",
        "www.",
        "exemple",
        ".fr",
        "/page",
        "?q=1",
        "&x=2",
        "-",
        ".",
        ",",
        ";",
        ":",
        "!",
        "(",
        ")",
        "[",
        "]",
        "'",
        "é",
        "1",
        "@",
        "dpo@exemple.fr",
    ]
)


@given(st.lists(PIECES, max_size=16).map("".join))
@example("[]()")  # explicit Markdown links (an empty text is theirs to have): not bare links
@example("[](voir )")
def test_a_link_shows_its_address_and_nothing_is_lost(text: str) -> None:
    """Linking only wraps text (the text is what the dialect gives without bare links), and each
    link it adds points where its text says."""
    out = create_markdown().convert(text)
    unlinked = create_markdown()
    unlinked.inlinePatterns.deregister("magic-link")
    unlinked.inlinePatterns.deregister("magic-mail")
    plain = unlinked.convert(text)
    added = LINK.findall(out)
    for explicit in LINK.findall(plain):
        if explicit in added:
            added.remove(explicit)
    for href, shown in added:
        shown, href = html.unescape(shown), html.unescape(href)
        assert href in (shown, "http://" + shown, "mailto:" + shown)
        assert shown and shown[-1] not in ".,:;!?'"
    assert _text(out) == _text(plain)


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


if __name__ == "__main__":
    for source in CASES if len(sys.argv) < 2 else [FIXTURES / f"{name}.md" for name in sys.argv[1:]]:
        source.with_suffix(".html").write_text(dialect_html(source.read_text(encoding="utf-8")), encoding="utf-8")
