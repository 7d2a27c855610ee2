"""Markdown highlighting for the body editors, with visible no-break spaces.

U+00A0 (no-break space) and U+202F (narrow no-break space) look like ordinary spaces; legal
staff must see where they are, so each gets a discreet tinted background (amber for U+00A0,
blue for U+202F). Section headings (``## Title {#id}``, in the whole-document editor) are shown
as boundaries, with their id dimmed.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.markdown.syntax import BARE_LINK, LIST_ITEM, SECTION_HEADING, THEMATIC_BREAK, fence_step

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


def _fence_state(fence: str | None) -> int:
    """A block state for an open fence: its length, negative for tildes (0 and -1: none)."""
    if fence is None:
        return 0
    return -len(fence) if fence[0] == "~" else len(fence)


def _fence_of(state: int) -> str | None:
    return None if state in (0, -1) else ("~" * -state if state < 0 else "`" * state)


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
        fmt.setFontFamilies(["DejaVu Sans Mono", "monospace"])
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown structure and marks no-break spaces in a QTextDocument."""

    def __init__(self, document: QTextDocument, section_headings: bool = False) -> None:
        super().__init__(document)
        self.section_headings = section_headings
        self.formats = {
            "heading": _format("#1f4e8c", bold=True),
            "marker": _format("#b0508a", bold=True),
            "quote": _format("#5b6b5b", italic=True),
            "strong": _format(bold=True),
            "emphasis": _format(italic=True),
            "code": _format("#7a3e00", mono=True),
            "link": _format("#1a6fb5"),
            "html": _format("#888888"),
            "fence": _format("#7a3e00", mono=True),
            "section": _format("#ffffff", bold=True),
            "section_id": _format("#c8d6ea"),
        }
        self.formats["section"].setBackground(QColor("#2f5d8f"))
        self.formats["section_id"].setBackground(QColor("#2f5d8f"))
        self.formats["section"].setProperty(QTextCharFormat.Property.FullWidthSelection, True)

    def highlightBlock(self, text: str) -> None:
        fence, code = fence_step(_fence_of(self.previousBlockState()), text)
        self.setCurrentBlockState(_fence_state(fence))
        if code:
            self.setFormat(0, len(text), self.formats["fence"])
            self._mark_spaces(text)
            return
        if self.section_headings:
            section = SECTION_HEADING.match(text)
            if section:
                self.setFormat(0, len(text), self.formats["section"])
                id_start = text.rindex("{#", 0, section.end(3))
                self.setFormat(id_start, section.end(3) + 1 - id_start, self.formats["section_id"])
                self._mark_spaces(text)
                return
        item = None if THEMATIC_BREAK.match(text) else LIST_ITEM.match(text)
        if item:
            self.setFormat(item.start(2), len(item.group(2)), self.formats["marker"])
        for pattern, name in _INLINE_RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])
        self._mark_spaces(text)

    def _mark_spaces(self, text: str) -> None:
        for match in _SPACES.finditer(text):
            position = match.start()
            fmt = QTextCharFormat(self.format(position))
            fmt.setBackground(NBSP_COLOR if match.group() == NBSP else NNBSP_COLOR)
            fmt.setToolTip(
                self.tr("No-break space (U+00A0)")
                if match.group() == NBSP
                else self.tr("Narrow no-break space (U+202F)")
            )
            self.setFormat(position, 1, fmt)
