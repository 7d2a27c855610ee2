"""Python-Markdown's patterns tried only where they can match: each has needles, strings every match holds.

Inline pass: Python-Markdown tries every inline pattern (code, escapes, links, images, autolinks, line breaks,
bare links, emphasis: fourteen in the dialect) on every text node, one Python call each, and most
of a policy's text nodes are plain prose that none of them matches: that loop was more than a
third of the time to parse a section. Each pattern here declares its *needles*, the strings every
one of its matches contains (``[`` for a link, ``*`` or ``_`` for emphasis); a pattern whose
needles are all absent from the rest of the text is passed over, with exactly the result
Python-Markdown's own attempt gives when nothing matches. Patterns without needles are always
tried. :func:`install` leaves the stock pass in place when the Python-Markdown in use does not
have the internals this relies on.

Block processors: Python-Markdown searches every block with the patterns of the heading, quote,
definition, abbreviation and reference processors (those looking for a line start are tried at
every character of the block); a block without the processor's needle is passed over, which is
what the processor's own test or run gives it. The output is the same either way.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown import util
from markdown.treeprocessors import InlineProcessor

#: Inline pattern name -> strings that every match of the pattern contains (one of them suffices).
NEEDLES: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "html": ("<",),  # only with raw_html=True (the Markdown importer's HTML conversion)
    "entity": ("&",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    # as the dialect always had it: "www." in three spellings (a mixed "wWw." is not linked)
    "magic-link": ("://", "www.", "WWW.", "Www."),
    "magic-mail": ("@",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),
    "not_strong": ("*", "_"),
}


#: Block processor name -> the string its pattern always matches (a ``test`` returning False, or a
#: ``run`` that puts the block back and returns False, when it is absent).
BLOCK_NEEDLES: dict[str, str] = {"hashheader": "#", "deflist": ":", "quote": ">", "abbr": "*[", "reference": "]:"}


class NeedleInlineProcessor(InlineProcessor):
    """:class:`markdown.treeprocessors.InlineProcessor` with the needle check before each pattern."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self._refresh()

    def _refresh(self) -> None:
        """The patterns in priority order (iterating the registry sorts it) and their needles."""
        self._patterns = list(self.inlinePatterns)
        self._needles = [NEEDLES.get(item.name) for item in self.inlinePatterns._priority]
        # A text holding no needle at all is left to the patterns without one (if any).
        every = sorted({needle for wanted in self._needles if wanted for needle in wanted})
        self._any_needle = re.compile("|".join(map(re.escape, every))) if every else None
        self._unguarded = [index for index, wanted in enumerate(self._needles) if wanted is None]

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        self._refresh()  # extensions may register patterns after this pass was created
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, index: int = 0) -> str:  # noqa: N802 - the name it replaces
        """Python-Markdown's ``__handleInline``, passing over patterns whose needles are absent."""
        if isinstance(data, util.AtomicString):
            return data
        if not self._unguarded and self._any_needle is not None and not self._any_needle.search(data):
            return data  # plain prose: no pattern can match
        apply = self._InlineProcessor__applyPattern  # type: ignore[attr-defined]
        patterns, needles = self._patterns, self._needles
        start = 0
        count = len(patterns)
        while index < count:
            wanted = needles[index]
            if wanted is not None and (
                data.find(wanted[0], start) < 0
                if len(wanted) == 1
                else all(data.find(needle, start) < 0 for needle in wanted)
            ):
                # what __applyPattern gives when nothing matches: (data, False, 0)
                index += 1
                start = 0
                continue
            data, matched, start = apply(patterns[index], data, index, start)
            if not matched:
                index += 1
        return data


def supported() -> bool:
    """Whether the Python-Markdown in use has the private methods the needle pass takes over."""
    return all(
        hasattr(InlineProcessor, name) for name in ("_InlineProcessor__handleInline", "_InlineProcessor__applyPattern")
    )


def install(md: markdown.Markdown) -> None:
    """The needle pass in place of ``md``'s own inline pass, at its priority, and the block needles
    (when supported)."""
    if not supported():
        return
    if "inline" in md.treeprocessors:
        priority = next(item.priority for item in md.treeprocessors._priority if item.name == "inline")
        md.treeprocessors.register(NeedleInlineProcessor(md), "inline", priority)
    for name, needle in BLOCK_NEEDLES.items():
        if name in md.parser.blockprocessors:
            processor = md.parser.blockprocessors[name]
            processor.test = _needle_test(processor.test, needle)  # type: ignore[method-assign]


def _needle_test(test: Callable[[etree.Element, str], bool], needle: str) -> Callable[[etree.Element, str], bool]:
    def checked(parent: etree.Element, block: str) -> bool:
        return needle in block and test(parent, block)

    return checked
