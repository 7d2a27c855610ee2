"""Importer for ordinary Markdown files (.md, .markdown; ``.policy.md`` is the native format).

The Markdown is rendered with Python-Markdown (the same library as our pipeline, with tables,
fenced code, attribute lists, definition lists and sane lists) and the HTML goes through the
shared HTML-to-sections code. Rendering first is what keeps the text best: setext and ATX
headings, reference links, raw HTML and ``{#id}`` attributes all read as their author meant,
and bodies come out in our canonical Markdown. A leading YAML front matter block gives the
title and language when it has ``title:`` / ``lang:`` keys; it is not imported as text.
"""

from __future__ import annotations

import re

import markdown as markdown_lib

from editor.errors import ImportFailed, Notice, Where
from editor.importers import MAX_SECTIONS, ImportResult
from editor.importers.html_file import locale_of
from editor.importers.html_sections import html_to_policy
from editor.importers.text_decoding import decode_document

#: Bracket nesting beyond this is text: no link is nested that deep, and Python-Markdown's link
#: patterns backtrack without end on deeply nested brackets.
MAX_BRACKET_DEPTH = 16
_ATX = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)", re.MULTILINE)
_BRACKET = re.compile(r"(?<!\\)[\[\]]")
_HIDDEN_OPEN, _HIDDEN_CLOSE = "\ue010", "\ue011"

EXTENSIONS = ["tables", "fenced_code", "attr_list", "def_list", "sane_lists", "abbr"]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY = re.compile(r"^([A-Za-z_-]+):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` pairs of a leading front matter block, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    values = {key.lower(): value.strip("\"'") for key, value in _KEY.findall(match.group(1))}
    return values, text[match.end() :]


def flatten_brackets(text: str) -> tuple[str, int]:
    """Hide the square brackets nested deeper than :data:`MAX_BRACKET_DEPTH` from Markdown.

    They become private-use characters that no Markdown pattern looks at (escaping them would
    give Python-Markdown one placeholder each, as slow), and :func:`restore_brackets` puts them
    back in the HTML, as text.
    """
    if text.count("[") < MAX_BRACKET_DEPTH:
        return text, 0
    depth = 0
    hidden = 0
    parts: list[str] = []
    last = 0
    for match in _BRACKET.finditer(text):
        opening = match.group(0) == "["
        if (depth + 1 if opening else depth) > MAX_BRACKET_DEPTH:
            parts.append(text[last : match.start()])
            parts.append(_HIDDEN_OPEN if opening else _HIDDEN_CLOSE)
            last = match.end()
            hidden += 1
        depth = max(0, depth + (1 if opening else -1))
    if not hidden:
        return text, 0
    parts.append(text[last:])
    return "".join(parts), hidden


def restore_brackets(html: str) -> str:
    return html.replace(_HIDDEN_OPEN, "[").replace(_HIDDEN_CLOSE, "]")


def import_bytes(data: bytes, path: str) -> ImportResult:
    text, notices = decode_document(data, path, "a Markdown file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values, text = front_matter(text)
    headings = sum(1 for _ in _ATX.finditer(text))
    if headings > MAX_SECTIONS:
        raise ImportFailed("import.too_many_sections", path=path, count=headings, limit=MAX_SECTIONS)
    text = text.replace(_HIDDEN_OPEN, "").replace(_HIDDEN_CLOSE, "")
    text, deep = flatten_brackets(text)
    if deep:
        notices.append(Notice("md.deep_brackets", {"count": deep, "limit": MAX_BRACKET_DEPTH}, Where(field="file")))
    html = restore_brackets(markdown_lib.markdown(text, extensions=EXTENSIONS, output_format="html"))
    language = values.get("lang") or values.get("locale") or values.get("language")
    locale = locale_of(f'<html lang="{language}">') if language else "fr-FR"
    title = values.get("title") or None
    result = html_to_policy(html, path=path, title=title, locale=locale)
    if not result.policy.sections and not result.policy.meta.title:
        raise ImportFailed("md.no_text", path=path)
    return ImportResult(result.policy, (*notices, *result.notices))
