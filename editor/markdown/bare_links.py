"""Bare web addresses linked in prose: ``https://example.org/page`` and ``www.example.org``.

The dialect links them as pymdown-extensions' magiclink did (with its repository and social
shorthands off; this module replaced it, whose import pulled in ``urllib.request`` with
``http.client``, ``ssl`` and ``email``: a fifth of a conversion's imports). The rules, kept:

- an address starts with ``http://``, ``https://``, ``ftp://``, ``ftps://`` or ``www.`` (any case),
  after a space, the start of the text, an emphasis mark or an opening bracket or quote;
- its domain starts with a letter or a digit; the address runs to the next space, ``<`` or
  inline placeholder, less the punctuation that ends a sentence (``.,:!?*_~^'"``), a ``;`` (or a
  whole ``&name;`` entity) at the end, and any ``)`` or ``]`` closing nothing inside the address;
- the last two labels of the domain hold no ``_``;
- ``www.`` addresses point to ``http://``; nothing is linked inside a link.

Angle-bracket links (``<https://example.org>``) use Python-Markdown's own processor with the
same schemes (other schemes stay text). Bare e-mail addresses are
:class:`editor.markdown.config.BareMailProcessor`'s.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.inlinepatterns import AutolinkInlineProcessor, InlineProcessor
from markdown.util import AtomicString

#: Where a bare address starts (``www`` is its group when it has no scheme).
START = r"(?i)(?<![^\s*_~^[('\"\x03])(?:(?:ht|f)tps?://|(?P<www>w{3}\.))"
#: ``<scheme://...>``, for the schemes bare addresses have.
ANGLE = r"(?i)<((?:ht|f)tps?://[^<>]*)>"
#: The domain after the start (underscores checked afterwards).
DOMAIN = re.compile(r"[^_\W][-\w.]*")
#: Everything up to a space, ``<`` or an inline placeholder (STX/ETX).
REST = re.compile(r"[^\s<\x02\x03]*")
#: Characters that end a sentence rather than an address.
TRAILING = frozenset("?!.,:*_~^'\"")
#: Closing brackets kept only when the address opened as many.
CLOSERS = {")": "(", "]": "["}


def address_end(data: str, start: int, domain: int, end: int) -> int:
    """Where the address starting at ``start`` (domain at ``domain``) ends, ``end`` being where
    its run of non-space characters does."""
    counts: dict[str, list[int]] | None = None
    while end > domain:
        char = data[end - 1]
        if char in TRAILING:
            end -= 1
        elif char == ";":
            index = end - 2  # a whole "&amp;" goes, else the ";" alone
            while index >= domain and data[index].isalnum():
                index -= 1
            end = index if domain <= index < end - 2 and data[index] == "&" else end - 1
        elif char in CLOSERS:
            if counts is None:
                text = data[start:end]
                counts = {closer: [text.count(closer), text.count(opener)] for closer, opener in CLOSERS.items()}
            closing, opening = counts[char]
            if closing <= opening:
                break
            counts[char][0] -= 1
            end -= 1
        else:
            break
    return end


class BareLinkProcessor(InlineProcessor):
    """``https://...``, ``ftp://...`` and ``www....`` in text -> a link showing the address."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(  # type: ignore[override]  # noqa: N802 - Python-Markdown's name
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | None, int | None, int | None]:
        start = m.start(0)
        domain = DOMAIN.match(data, m.end(0))
        if domain is None:
            return None, None, None
        floor = domain.start(0)
        rest = REST.match(data, floor)
        end = address_end(data, start, floor, rest.end(0) if rest else floor)
        if any("_" in label for label in data[floor : min(end, domain.end(0))].split(".")[-2:]):
            return None, None, None
        address = data[start:end]
        link = etree.Element("a")
        link.text = AtomicString(address)
        href = "http://" + address if m.group("www") else address
        link.set("href", self.unescape(href.strip()))
        return link, start, end


def install(md: markdown.Markdown) -> None:
    """Bare addresses (priority 85, after links and before emphasis) and angle-bracket links with
    the same schemes (in place of Python-Markdown's ``autolink``, which takes any scheme)."""
    md.inlinePatterns.register(AutolinkInlineProcessor(ANGLE, md), "autolink", 120)
    md.inlinePatterns.register(BareLinkProcessor(START, md), "magic-link", 85)
