"""A best-effort port of WordPress's ``wptexturize`` for imitating ``content.rendered`` and titles.

Only for the preview-like ``rendered`` fields of the page shape: WordPress recomputes them on
its side and never stores them. Text between tags is texturized; ``<pre> <code> <kbd> <script>
<style> <tt>`` are skipped, as WordPress does. French sites get the fr_FR quote strings.
"""

from __future__ import annotations

import re

_SKIPPED = frozenset({"pre", "code", "kbd", "script", "style", "tt"})
_PARTS = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_QUOTES = {
    "fr": ("«\u00a0", "\u00a0»", "&rsquo;"),
    "default": ("&#8220;", "&#8221;", "&#8217;"),
}


def texturize(html: str, locale: str = "fr-FR") -> str:
    """``html`` with straight quotes, dashes, ellipses and lone ampersands as WordPress renders them."""
    opening, closing, apostrophe = _QUOTES.get(locale.split("-")[0].lower(), _QUOTES["default"])
    out = []
    skipping: list[str] = []
    for part in _PARTS.split(html):
        if part.startswith("<"):
            match = _TAG_NAME.match(part)
            if match and match.group(2).lower() in _SKIPPED:
                if match.group(1):
                    if skipping:
                        skipping.pop()
                elif not part.endswith("/>"):
                    skipping.append(match.group(2).lower())
            out.append(part)
            continue
        out.append(part if skipping else _text(part, opening, closing, apostrophe))
    return "".join(out)


def _text(text: str, opening: str, closing: str, apostrophe: str) -> str:
    text = text.replace("...", "&#8230;")
    text = re.sub(r"(?<=\s)---(?=\s)|---", "&#8212;", text)
    text = re.sub(r"(?<=\s)--(?=\s)", "&#8212;", text)
    text = text.replace("--", "&#8211;")
    text = re.sub(r"(?<=\s)-(?=\s)", "&#8211;", text)
    text = re.sub(r"(?<=\w)'(?=\w)", apostrophe, text)
    text = re.sub(r"(?<=\d)\"", "&#8243;", text)
    text = re.sub(r'(^|(?<=[\s(\[{\-]))"(?=\S)', opening, text)
    text = text.replace('"', closing)
    return re.sub(r"&(?!#?[xX]?(?:[0-9a-fA-F]+|\w{1,8});)", "&#038;", text)
