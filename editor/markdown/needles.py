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

Block processors: Python-Markdown searches every block with the patterns of the heading, setext
heading, rule, table, quote, definition, abbreviation and reference processors (those looking for
a line start are tried at every character of the block); a block without the processor's needle
is passed over, which is what the processor's own test gives it. A needle is a string (one of them
in the block), or, for what must start a line, a pattern led by a newline, searched in ``"\n" +
block`` at C speed.

Link texts: the link, image and reference patterns find the ``]`` closing a ``[`` by jumping from
bracket to bracket with a search (Python-Markdown computes the closing bracket of every index of
the text in a Python loop, each time the text changes: once or more per link). The guard
(:mod:`.guard`) bounds the unclosed and nested brackets of a paragraph, so the forward scan stays
linear in practice.

Tree passes: attribute lists are written in braces, and the escaped characters the unescape pass
restores come from backslashes; :func:`tree_passes` leaves out those passes for a text without
their needle (each would walk the whole tree and change nothing).

Preprocessors: the fenced-code pass (a multiline ``^`` pattern, tried at every character) runs
only on text holding a fence, and blank lines made of spaces are emptied by a newline-led pattern
(Python-Markdown's own starts with a lookbehind, tried at every character: nine tenths of its
time). The output is the same either way.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown import util
from markdown.inlinepatterns import LinkInlineProcessor
from markdown.preprocessors import NormalizeWhitespace
from markdown.treeprocessors import InlineProcessor, Treeprocessor

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


#: Block processor name -> what every block its ``test`` accepts holds: one of some strings, or a
#: match of a newline-led pattern in "\n" + block (at a line start, after the indentation allowed).
BLOCK_NEEDLES: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "hashheader": ("#",),
    "setextheader": ("\n=", "\n-"),  # the underline is the second line
    "hr": re.compile(r"\n {0,3}[-_*]"),
    "table": ("|",),  # a header row without a pipe is one cell and no border: not a table
    "deflist": re.compile(r"\n {0,3}:"),
    "quote": (">",),
    "abbr": ("*[",),
    "reference": ("]:",),
}
#: Tree processor name -> a string the Markdown text holds whenever the pass can change something.
TREE_NEEDLES: dict[str, str] = {"attr_list": "{", "unescape": "\\"}
#: A square bracket.
_BRACKET = re.compile(r"[\[\]]")
#: What a fenced code block opens with.
FENCES = ("```", "~~~")
#: A line of spaces, after its newline: emptied (Python-Markdown's ``(?<=\n) +\n``, led by the newline).
_BLANK_LINE = re.compile(r"\n +(?=\n)")


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
    for pattern in md.inlinePatterns:
        if isinstance(pattern, LinkInlineProcessor):
            pattern.getText = bracket_text  # type: ignore[method-assign]
    if "fenced_code_block" in md.preprocessors:
        fenced = md.preprocessors["fenced_code_block"]
        fenced.run = _with_fences(fenced.run)  # type: ignore[method-assign]
    if type(md.preprocessors["normalize_whitespace"]) is NormalizeWhitespace:
        priority = next(item.priority for item in md.preprocessors._priority if item.name == "normalize_whitespace")
        md.preprocessors.register(BlankLinesNormalizer(md), "normalize_whitespace", priority)


def tree_passes(md: markdown.Markdown, text: str) -> list[Treeprocessor]:
    """``md``'s tree processors in order, less those whose needle ``text`` (the Markdown source) lacks."""
    passes = list(md.treeprocessors)  # iterating the registry sorts it by priority
    if not supported():
        return passes
    return [
        processor
        for processor, item in zip(passes, md.treeprocessors._priority, strict=True)
        if item.name not in TREE_NEEDLES or TREE_NEEDLES[item.name] in text
    ]


def _needle_test(
    test: Callable[[etree.Element, str], bool], needle: tuple[str, ...] | re.Pattern[str]
) -> Callable[[etree.Element, str], bool]:
    if isinstance(needle, re.Pattern):
        search = needle.search

        def at_line_start(parent: etree.Element, block: str) -> bool:
            return search("\n" + block) is not None and test(parent, block)

        return at_line_start
    if len(needle) == 1:
        (single,) = needle

        def holding(parent: etree.Element, block: str) -> bool:
            return single in block and test(parent, block)

        return holding

    def holding_any(parent: etree.Element, block: str) -> bool:
        return any(one in block for one in needle) and test(parent, block)

    return holding_any


def bracket_text(data: str, index: int) -> tuple[str, int, bool]:
    """Python-Markdown's ``getText``: the text from ``index`` (just after a ``[``) to its closing
    ``]``, the index just past that bracket, and whether there is one (else the rest of ``data``)."""
    depth = 0
    for match in _BRACKET.finditer(data, index):
        if data[match.start()] == "[":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return data[index : match.start()], match.end(), True
    return data[index:], len(data), False


def _with_fences(run: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    """The fenced-code pass, run only on lines holding a fence (without one it gives the lines back)."""

    def checked(lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        return run(lines) if any(fence in text for fence in FENCES) else lines

    return checked


class BlankLinesNormalizer(NormalizeWhitespace):
    """Python-Markdown's whitespace normalisation, with its blank-line pattern led by the newline."""

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        source = source.replace(util.STX, "").replace(util.ETX, "")
        source = source.replace("\r\n", "\n").replace("\r", "\n") + "\n\n"
        source = source.expandtabs(self.md.tab_length)
        return _BLANK_LINE.sub("\n", source).split("\n")
