"""Importer for saved HTML pages and fragments (.html, .htm), through the shared HTML-to-sections code.

The character set comes from a byte-order mark, else the page's ``<meta charset>``, else UTF-8,
else Windows-1252 (reported); the language from ``<html lang>``; the title from ``<title>`` or
a single leading ``h1``.
"""

from __future__ import annotations

import re

from editor.errors import ImportFailed
from editor.importers import ImportResult
from editor.importers.html_sections import html_to_policy
from editor.importers.html_tree import declared_charset
from editor.importers.text_decoding import decode_document

_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?""", re.IGNORECASE)
_DEFAULT_REGION = {"fr": "FR", "en": "GB", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}


def locale_of(html: str, default: str = "fr-FR") -> str:
    """The page's locale from ``<html lang>`` (``fr`` -> ``fr-FR``), or ``default``."""
    match = _LANG.search(html[:20000])
    if not match:
        return default
    language = match.group(1).lower()
    region = (match.group(2) or _DEFAULT_REGION.get(language, language)).upper()
    return f"{language}-{region}"


def import_bytes(data: bytes, path: str) -> ImportResult:
    text, notices = decode_document(data, path, "an HTML page", declared_charset(data))
    result = html_to_policy(text, path=path, title=None, locale=locale_of(text), bold_headings=True)
    if not result.policy.sections and not result.policy.meta.title:
        raise ImportFailed("html.no_text", path=path)
    return ImportResult(result.policy, (*notices, *result.notices))
