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

from editor.errors import ImportFailed, register_messages
from editor.importers import MAX_SECTIONS, ImportResult
from editor.importers.html_file import locale_of
from editor.importers.html_sections import html_to_policy
from editor.importers.text_decoding import decode_document
from editor.render.guard import guard_text
from editor.render.markup import LargeBlockGuard

register_messages(
    {
        "md.no_text": "the file has no text to import",
    }
)

_ATX = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)", re.MULTILINE)

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


def _markdown() -> markdown_lib.Markdown:
    """Python-Markdown as the importer uses it; oversized paragraphs are kept as plain text, as in the preview."""
    md = markdown_lib.Markdown(extensions=EXTENSIONS, output_format="html")
    md.treeprocessors.register(LargeBlockGuard(md), "large_block_guard", 25)
    return md


def import_bytes(data: bytes, path: str) -> ImportResult:
    text, notices = decode_document(data, path, "a Markdown file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values, text = front_matter(text)
    headings = sum(1 for _ in _ATX.finditer(text))
    if headings > MAX_SECTIONS:
        raise ImportFailed("import.too_many_sections", path=path, count=headings, limit=MAX_SECTIONS)
    text = guard_text(text, notices)
    html = _markdown().convert(text)
    language = values.get("lang") or values.get("locale") or values.get("language")
    locale = locale_of(f'<html lang="{language}">') if language else "fr-FR"
    title = values.get("title") or None
    result = html_to_policy(html, path=path, title=title, locale=locale)
    if not result.policy.sections and not result.policy.meta.title:
        raise ImportFailed("md.no_text", path=path)
    return ImportResult(result.policy, (*notices, *result.notices))
