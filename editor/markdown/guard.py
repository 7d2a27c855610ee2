"""Nesting limits for Markdown text, applied before Python-Markdown sees it.

Python-Markdown recurses once per nested list or block quote (a list nested 2,000 levels ends in
RecursionError after minutes) and its inline patterns rescan a block for each unclosed link,
bracket or emphasis marker (25,000 ``![a](`` take minutes). No real policy nests lists or quotes
more than a few levels, or puts hundreds of emphasis markers in one paragraph, so past the limits
below the text is made plain: container markers and indentation beyond the limit are dropped, and
the excess brackets, link parentheses and emphasis markers are escaped so they read as typed.
Every pass is linear in the length of the text, and each kind of change is counted in a notice.

Used by the Markdown importer and the renderer (:mod:`editor.render.tree`), one line each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.errors import Notice
from editor.markdown.config import MAX_INLINE_BLOCK

#: List items and block quotes nested on one line (``> > - a``), and list levels by indentation.
MAX_CONTAINER_DEPTH = 16
#: Leading whitespace beyond this many columns is cut to it (4 columns per list level).
MAX_INDENT = 4 * MAX_CONTAINER_DEPTH
#: Emphasis markers (runs of ``*`` or ``_``) per paragraph before the rest are escaped.
MAX_EMPHASIS_RUNS = 256
#: Square brackets nested deeper than this are escaped.
MAX_BRACKET_DEPTH = 8
#: Unmatched ``[`` per paragraph allowed before they are all escaped.
MAX_UNMATCHED_BRACKETS = 32
#: Unclosed link/image destinations ``](`` per paragraph allowed before they are all escaped.
MAX_UNCLOSED_LINKS = 16

_PREFIX = re.compile(r"^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)+", re.MULTILINE)
#: Prechecks of the rewrites below, on "\n" + text: a pattern starting with a newline is searched
#: at C speed from line to line, where ``^`` in MULTILINE mode is tried at every character.
#: A line starting with more containers than the limit (without one, :data:`_PREFIX` changes nothing;
#: most texts have list items, and the rewrite calls Python for each):
_DEEP_PREFIX = re.compile(
    r"\n[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*){%d}" % (MAX_CONTAINER_DEPTH + 1)  # noqa: UP031
)
_MARKER = re.compile(r"[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]*")
_INDENT = re.compile(r"^[ \t]{%d,}" % (MAX_INDENT // 4 + 1), re.MULTILINE)  # noqa: UP031 - regex repetition
#: A line indented as far as :data:`_INDENT` looks (without one, it changes nothing).
_DEEP_INDENT = re.compile(r"\n[ \t]{%d}" % (MAX_INDENT // 4 + 1))  # noqa: UP031 - regex repetition
_SURROGATE = re.compile("[\ud800-\udfff]")
_MARKUP = re.compile(r"[*_`\[\]<]")
_BLOCKS = re.compile(r"(\n[ \t]*\n)")
_INLINE = re.compile(r"\\.|[\[\]()]|[*_]+", re.DOTALL)


@dataclass(frozen=True)
class Guarded:
    """The text made safe for Python-Markdown, and what was changed."""

    text: str
    notices: tuple[Notice, ...] = ()


@dataclass
class _Counts:
    lists: int = 0
    quotes: int = 0
    emphasis: int = 0
    brackets: int = 0
    links: int = 0
    long_paragraphs: int = 0

    def notices(self) -> tuple[Notice, ...]:
        limits = {
            "lists": MAX_CONTAINER_DEPTH,
            "quotes": MAX_CONTAINER_DEPTH,
            "emphasis": MAX_EMPHASIS_RUNS,
            "brackets": MAX_BRACKET_DEPTH,
            "links": MAX_UNCLOSED_LINKS,
            "long_paragraphs": MAX_INLINE_BLOCK,
        }
        return tuple(
            Notice(f"nesting.{kind}", {"count": getattr(self, kind), "limit": limit})
            for kind, limit in limits.items()
            if getattr(self, kind)
        )


def guard_markdown(text: str) -> Guarded:
    """``text`` with every nesting kept within the limits, and a notice per kind of change."""
    counts = _Counts()
    # No renderer or file can take a lone surrogate or a NUL (imports already replaced them, with a notice)
    if _has_surrogates(text):
        text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\x00", "")
    text = _limit_containers(text, counts)
    text = _limit_indent(text, counts)
    if _may_need_inline(text) or len(text) > MAX_INLINE_BLOCK:
        parts = _BLOCKS.split(text)
        parts[::2] = [_limit_inline(block, counts) for block in parts[::2]]
        text = "".join(parts)
    return Guarded(text, counts.notices())


def guard_text(text: str, notices: list[Notice] | None = None) -> str:
    """:func:`guard_markdown` as a one-line hook: the text, its notices added to ``notices`` if given."""
    guarded = guard_markdown(text)
    if notices is not None:
        notices.extend(guarded.notices)
    return guarded.text


def _limit_containers(text: str, counts: _Counts) -> str:
    def limit(match: re.Match[str]) -> str:
        prefix = match.group(0)
        markers = _MARKER.findall(prefix)
        if len(markers) <= MAX_CONTAINER_DEPTH:
            return prefix
        dropped = markers[MAX_CONTAINER_DEPTH:]
        if any(">" in marker for marker in dropped):
            counts.quotes += 1
        if any(">" not in marker for marker in dropped):
            counts.lists += 1
        kept = "".join(markers[:MAX_CONTAINER_DEPTH])
        return kept if kept.endswith((" ", "\t")) else kept + " "

    return _PREFIX.sub(limit, text) if _DEEP_PREFIX.search("\n" + text) else text


def _limit_indent(text: str, counts: _Counts) -> str:
    def limit(match: re.Match[str]) -> str:
        indent = match.group(0)
        if len(indent.expandtabs(4)) <= MAX_INDENT:
            return indent
        counts.lists += 1
        return " " * MAX_INDENT

    return _INDENT.sub(limit, text) if _DEEP_INDENT.search("\n" + text) else text


def _has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (the one thing UTF-8 cannot encode; faster than a search)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _may_need_inline(text: str) -> bool:
    return (
        text.count("[") > MAX_UNMATCHED_BRACKETS
        or text.count("](") > MAX_UNCLOSED_LINKS
        or text.count("*") + text.count("_") > MAX_EMPHASIS_RUNS
    )


def _limit_inline(block: str, counts: _Counts) -> str:
    """Escape the brackets, link openings and emphasis markers of one paragraph past the limits."""
    if len(block) > MAX_INLINE_BLOCK:
        # Shown without inline Markdown (editor.markdown.config.LargeBlockGuard): escaping would only add backslashes.
        counts.long_paragraphs += 1 if _MARKUP.search(block) else 0
        return block
    if not _may_need_inline(block):
        return block
    escape: set[int] = set()
    brackets: list[int] = []
    parens: list[tuple[int, bool]] = []
    runs = 0
    for match in _INLINE.finditer(block):
        token = match.group(0)
        start = match.start()
        first = token[0]
        if first == "\\":
            continue
        if first == "[":
            if len(brackets) >= MAX_BRACKET_DEPTH:
                escape.add(start)
            brackets.append(start)
        elif first == "]":
            if brackets:
                if len(brackets) > MAX_BRACKET_DEPTH:
                    escape.add(start)
                brackets.pop()
        elif first == "(":
            parens.append((start, start > 0 and block[start - 1] == "]"))
        elif first == ")":
            if parens:
                parens.pop()
        else:
            runs += 1
            if runs > MAX_EMPHASIS_RUNS:
                escape.update(range(start, match.end()))
                counts.emphasis += 1
    if len(brackets) > MAX_UNMATCHED_BRACKETS:
        escape.update(brackets)
    counts.brackets += sum(1 for position in escape if block[position] in "[]")
    unclosed = [position for position, is_link in parens if is_link]
    if len(unclosed) > MAX_UNCLOSED_LINKS:
        escape.update(unclosed)
        counts.links += len(unclosed)
    if not escape:
        return block
    parts = []
    last = 0
    for position in sorted(escape):
        parts.append(block[last:position])
        parts.append("\\")
        last = position
    parts.append(block[last:])
    return "".join(parts)
