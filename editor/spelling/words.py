"""The words of a Markdown text that spell-checking looks at.

Only prose is read: code, link targets, markup, URLs, e-mail addresses, times and paths are the
protected spans of the Markdown dialect (the same spans typography never touches, found through
:mod:`editor.markdown.spans`). A word is a run of letters joined by apostrophes (straight or
typographic) or hyphens; a run touching a digit (``1er``, ``RGPD2``) is not a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.typography.mask_markdown import markdown_spans
from editor.typography.masking import gaps

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*(?![\w-]|['’]\w)")


def prose_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for each word of ``text`` outside its protected spans."""
    for start, end in gaps(0, len(text), markdown_spans(text)):
        for match in _WORD.finditer(text, start, end):
            yield match.start(), match.end(), match.group(0)
