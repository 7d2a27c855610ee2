"""Render-pipeline steps of French typography: fix text nodes, and ordinal suffixes as <sup>.

``typography`` runs the engine of :mod:`editor.typography` over the text nodes of each block
(``element.text`` and ``element.tail``), never inside code, pre, kbd, samp, script or style,
never in attribute values, and never in an element whose ``lang`` is not French. The text of a
block is fixed as one run across its inline children (``<em>``, ``<a>``...), so quotes pair
across them and a missing space after ``</a>`` before ``:`` is inserted. It is switched by the
render context: nothing happens when ``context.profile`` is None (or not a known profile) or the locale is
not French.

``ordinals`` turns the suffix of ``1er``, ``1re``, ``2e``, ``2d``, ``XIXe``, ``3es`` into a
``<sup>`` element: formatting (the DOCX renderer writes a superscript run), never Unicode
modifier letters.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator

from editor.render.context import RenderContext
from editor.typography import PROFILES, fix_view, get_profile
from editor.typography.chars import BREAK, CLOSE, OPEN, SENTINELS, WORD, positions
from editor.typography.mask_text import text_spans
from editor.typography.masking import build

#: Inline elements whose text belongs to the run of the block around them.
INLINE = frozenset(
    ["a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "ins", "mark", "q", "s", "small"]
    + ["span", "strong", "sub", "sup", "time", "u", "var", "label", "font"]
)
#: Inline elements that are one opaque token in the run (their content is never changed).
OPAQUE_INLINE = frozenset(["code", "kbd", "samp", "tt", "img", "br", "wbr", "input", "math", "svg"])
#: Elements whose content is never changed.
SKIPPED = frozenset(["code", "kbd", "samp", "tt", "pre", "script", "style", "textarea"])

#: Characters without which a text node holds no URL, address, time, path, smiley or sentinel.
_MAY_HOLD_TOKENS = re.compile(f"[@:/\\\\;=.{SENTINELS}]")

_SENTINEL_RE = re.compile(f"[{SENTINELS}]")

#: A place holding text: (element, "text" or "tail").
Slot = tuple[etree.Element, str]


def _foreign(element: etree.Element) -> bool:
    lang = (element.get("lang") or element.get("xml:lang") or "").strip().lower()
    return bool(lang) and not (lang == "fr" or lang.startswith(("fr-", "fr_")))


class _Run:
    """The view of a tree's text: text slots separated by markup sentinels (OPEN/CLOSE around
    inline elements, WORD for opaque ones, BREAK between blocks), fixed in one engine call."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.originals: list[str | None] = []  # None: a slot boundary; str: a masked span
        self.slots: list[Slot] = []

    def boundary(self, sentinel: str) -> None:
        self.pieces.append(sentinel)
        self.originals.append(None)

    def slot(self, element: etree.Element, attribute: str) -> None:
        text = getattr(element, attribute) or ""
        spans = text_spans(text) if _MAY_HOLD_TOKENS.search(text) else None
        if spans or (spans is not None and _SENTINEL_RE.search(text)):
            masked = build(text, spans)
            self.pieces.append(masked.view)
            self.originals.extend(masked.originals)
        else:
            self.pieces.append(text)  # nothing to protect: the view is the text
        self.slots.append((element, attribute))

    def fix(self, profile_name: str) -> None:
        if not self.slots:
            return
        view = "".join(self.pieces)
        fixed = fix_view(view, get_profile(profile_name))
        if fixed == view:
            return
        texts: list[str] = []
        current: list[str] = []
        position = 0
        for index, found in enumerate(positions(fixed, SENTINELS)):
            current.append(fixed[position:found])
            original = self.originals[index]
            if original is None:
                texts.append("".join(current))
                current = []
            else:
                current.append(original)
            position = found + 1
        current.append(fixed[position:])
        texts.append("".join(current))
        for (element, attribute), text in zip(self.slots, texts, strict=True):
            if (getattr(element, attribute) or "") != text:
                setattr(element, attribute, text)


def _collect(block: etree.Element, run: _Run, blocks: list[etree.Element]) -> None:
    """Add the inline content of ``block`` to ``run``; nested blocks go to ``blocks``."""
    run.slot(block, "text")
    for child in block:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in INLINE and not _foreign(child):
            run.boundary(OPEN)
            _collect(child, run, blocks)
            run.boundary(CLOSE)
        elif not tag or tag in OPAQUE_INLINE or tag in INLINE:  # comments and processing instructions too
            run.boundary(WORD)
        else:
            run.boundary(BREAK)
            if tag not in SKIPPED and not _foreign(child):
                blocks.append(child)
        run.slot(child, "tail")


def typography(root: etree.Element, context: RenderContext) -> None:
    """Fix the text nodes of the tree with the context's typography profile."""
    if context.profile not in PROFILES or not context.is_french or _foreign(root):
        return
    # every block of the tree goes into one view, separated by BREAK: one engine call per tree
    run = _Run()
    blocks = [root]
    while blocks:
        if run.slots:
            run.boundary(BREAK)
        _collect(blocks.pop(), run, blocks)
    run.fix(context.profile)


ORDINAL_RE = re.compile(
    r"(?<![\w.,’'-])(?:1(?P<first>ers?|res?)|(?:[2-9]|[1-9][0-9]+)(?P<nth>es?)|2(?P<second>ds?|des?)"
    r"|I(?P<roman_first>ers?|res?)|[IVX]{1,6}(?P<roman>es?))(?![\w’'-])"
)


_ORDINAL_HINT = re.compile(r"[0-9IVX](?:e|r|d)")


def _suffixes(text: str) -> Iterator[re.Match[str]]:
    for match in ORDINAL_RE.finditer(text):
        if match.lastgroup is not None:
            yield match


def _split(text: str) -> tuple[str, list[etree.Element]]:
    """The text before the first suffix, and one <sup> per suffix with the text after it as tail."""
    head = text
    sups: list[etree.Element] = []
    position = 0
    for match in _suffixes(text):
        start = match.start(match.lastgroup)
        if not sups:
            head = text[:start]
        else:
            sups[-1].tail = text[position:start]
        sup = etree.Element("sup")
        sup.text = match.group(match.lastgroup)
        sups.append(sup)
        position = match.end()
    if sups:
        sups[-1].tail = text[position:] or None
    return head, sups


def _ordinal_slots(element: etree.Element) -> Iterator[tuple[etree.Element, etree.Element | None]]:
    """(element, None) for element.text and (parent, child) for child.tail, outside skipped parts."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag or tag in SKIPPED or tag == "sup" or _foreign(element):
        return
    yield element, None
    for child in list(element):
        yield from _ordinal_slots(child)
        yield element, child


def ordinals(root: etree.Element, context: RenderContext) -> None:
    """Ordinal suffixes (1er, 2e, XIXe) become <sup> elements."""
    if context.profile not in PROFILES or not context.is_french or _foreign(root):
        return
    for parent, child in list(_ordinal_slots(root)):
        text = parent.text if child is None else child.tail
        if not text or not _ORDINAL_HINT.search(text):
            continue
        head, sups = _split(text)
        if not sups:
            continue
        if child is None:
            parent.text = head
            index = 0
        else:
            child.tail = head
            index = list(parent).index(child) + 1
        for offset, sup in enumerate(sups):
            parent.insert(index + offset, sup)
