"""Markdown highlighting for the body editors, with visible no-break spaces.

U+00A0 (no-break space) and U+202F (narrow no-break space) look like ordinary spaces; legal
staff must see where they are, so each gets a discreet tinted background (amber for U+00A0,
blue for U+202F). Section headings (``## Title {#id}``, in the whole-document editor) are shown
as boundaries, with their id dimmed. Table rows are drawn in a fixed-width font, so the columns
the table commands keep aligned (:mod:`editor.editing.tables`) look aligned. With "hide markup"
on, the Markdown markers are drawn faded and small (:mod:`editor.gui.text.markup_view`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.editing.markup import marker_spans
from editor.gui.text.markup_view import base_size, faded, marker_color
from editor.gui.theme import colors
from editor.markdown.lists import START, item_step
from editor.markdown.syntax import BARE_LINK, SECTION_HEADING, fence_step, is_table_delimiter

NBSP = "\u00a0"
NNBSP = "\u202f"
NBSP_COLOR = QColor(255, 205, 120, 150)
NNBSP_COLOR = QColor(120, 175, 255, 150)

_INLINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t].*)?$"), "heading"),
    (re.compile(r"^[ \t]{0,3}>.*$"), "quote"),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "strong"),
    (re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+?_(?![_\w])"), "emphasis"),
    (re.compile(r"`[^`\n]+`"), "code"),
    (re.compile(r"</?[A-Za-z][^>\n]*>"), "html"),
    (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|<(?:https?://|mailto:)[^>\s]+>"), "link"),
    (BARE_LINK, "link"),
]
_SPACES = re.compile(f"[{NBSP}{NNBSP}]")
_TABLE_ROW = re.compile(r"^[ ]{0,3}\|")
MONO = ["DejaVu Sans Mono", "monospace"]


#: A block state is ``fence * _CONTEXTS + context``: the open fence (0: none, its length for
#: backticks, _TILDES + its length for tildes) and the list context of :func:`item_step`.
_CONTEXTS = 8
_TILDES = 1 << 16


def _state(fence: str | None, context: int) -> int:
    code = 0 if fence is None else len(fence) + (_TILDES if fence[0] == "~" else 0)
    return code * _CONTEXTS + context


def _unpack(state: int) -> tuple[str | None, int]:
    if state < 0:  # the first block
        return None, START
    code, context = divmod(state, _CONTEXTS)
    if not code:
        return None, context
    return ("~" * (code - _TILDES) if code > _TILDES else "`" * code), context


def _format(
    color: str | None = None, *, bold: bool = False, italic: bool = False, mono: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(MONO)
    return fmt


def _monospaced(fmt: QTextCharFormat) -> QTextCharFormat:
    result = QTextCharFormat(fmt)
    result.setFontFamilies(MONO)
    return result


def _recoloured(fmt: QTextCharFormat, color: QColor) -> QTextCharFormat:
    result = QTextCharFormat(fmt)
    result.setForeground(color)
    return result


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown structure and marks no-break spaces in a QTextDocument."""

    def __init__(self, document: QTextDocument, section_headings: bool = False) -> None:
        super().__init__(document)
        self.section_headings = section_headings
        self.show_spaces = True
        self.hide_markup = False
        self.formats: dict[str, QTextCharFormat] = {}
        self._cuts: set[int] = set()
        self._make_formats()

    def _make_formats(self) -> None:
        c = colors()
        self.formats = {
            "heading": _format(c["heading"], bold=True),
            "marker": _format(c["marker"], bold=True),
            "quote": _format(c["quote"], italic=True),
            "strong": _format(bold=True),
            "emphasis": _format(italic=True),
            "code": _format(c["code"], mono=True),
            "link": _format(c["link"]),
            "html": _format(c["html"]),
            "fence": _format(c["code"], mono=True),
            "section": _format(c["section"], bold=True),
            "section_id": _format(c["section_id"]),
        }
        self.formats["section"].setBackground(QColor(c["section_back"]))
        self.formats["section_id"].setBackground(QColor(c["section_back"]))
        self.formats["section"].setProperty(QTextCharFormat.Property.FullWidthSelection, True)

    def refresh(self, show_spaces: bool | None = None) -> None:
        """Take the current theme's colours (and the invisible-spaces preference), then re-highlight."""
        if show_spaces is not None:
            self.show_spaces = show_spaces
        self._make_formats()
        self.rehighlight()

    def set_hide_markup(self, hide: bool) -> None:
        """Draw the Markdown markers faded and small (True) or as the rest of the text."""
        if hide != self.hide_markup:
            self.hide_markup = hide
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        self._cuts = {0, len(text)}  # where a format run may start or end (every setFormat is recorded)
        fence, context = _unpack(self.previousBlockState())
        fence, code = fence_step(fence, text)
        if code:
            self.setCurrentBlockState(_state(fence, START))
            self._set(0, len(text), self.formats["fence"])
            self._mark_spaces(text)
            return
        context, item = item_step(context, text)
        self.setCurrentBlockState(_state(fence, context))
        if self.section_headings:
            section = SECTION_HEADING.match(text)
            if section:
                self._set(0, len(text), self.formats["section"])
                id_start = text.rindex("{#", 0, section.end(3))
                self._set(id_start, section.end(3) + 1 - id_start, self.formats["section_id"])
                self._mark_spaces(text)
                return
        if item:
            self._set(item.start(2), len(item.group(2)), self.formats["marker"])
        for pattern, name in _INLINE_RULES:
            for match in pattern.finditer(text):
                self._set(match.start(), match.end() - match.start(), self.formats[name])
        table = _TABLE_ROW.match(text) is not None
        if table:
            self._change(0, len(text), _monospaced)
        if self.hide_markup:
            self._fade_markers(text, table and is_table_delimiter(text))
        self._mark_spaces(text)

    def _set(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        """``setFormat``, remembering where the run starts and ends (see :meth:`_change`)."""
        self.setFormat(start, length, fmt)
        self._cuts.update((start, start + length))

    def _change(self, start: int, end: int, change: Callable[[QTextCharFormat], QTextCharFormat]) -> None:
        """Apply ``change`` to the formats already set on ``start``..``end``, run by run: between
        two recorded cuts the format is one (a table row: a few runs, not one look per character)."""
        if start >= end:
            return
        cuts = sorted(cut for cut in self._cuts if start < cut < end)
        run = start
        for stop in (*cuts, end):
            self._set(run, stop - run, change(self.format(run)))
            run = stop

    def _fade_markers(self, text: str, delimiter_row: bool) -> None:
        size, color = base_size(self.document().defaultFont()), marker_color()
        if delimiter_row:  # faded at full size: its dashes keep the columns' width
            self._change(0, len(text), lambda fmt: _recoloured(fmt, color))
        for start, end in marker_spans(text):
            self._change(start, end, lambda fmt: faded(fmt, size, color))

    def _mark_spaces(self, text: str) -> None:
        if not self.show_spaces:
            return
        for match in _SPACES.finditer(text):
            position = match.start()
            fmt = QTextCharFormat(self.format(position))
            fmt.setBackground(NBSP_COLOR if match.group() == NBSP else NNBSP_COLOR)
            fmt.setToolTip(
                self.tr("No-break space (U+00A0)")
                if match.group() == NBSP
                else self.tr("Narrow no-break space (U+202F)")
            )
            self._set(position, 1, fmt)
