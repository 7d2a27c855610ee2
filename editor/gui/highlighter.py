"""Markdown highlighting for the body editors, with visible no-break spaces.

U+00A0 (no-break space) and U+202F (narrow no-break space) look like ordinary spaces; legal
staff must see where they are, so each gets a discreet tinted background (amber for U+00A0,
blue for U+202F). Section headings (``## Title {#id}``, in the whole-document editor) are shown
as boundaries, with their id dimmed.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

NBSP = "\u00a0"
NNBSP = "\u202f"
NBSP_COLOR = QColor(255, 205, 120, 150)
NNBSP_COLOR = QColor(120, 175, 255, 150)

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_SECTION = re.compile(r"^(#{1,6})[ \t]+.*?[ \t]*(\{#[^}\s]*\})[ \t]*$")
_INLINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^#{1,6}[ \t].*$"), "heading"),
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])(?=[ \t])"), "marker"),
    (re.compile(r"^[ \t]{0,3}>.*$"), "quote"),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "strong"),
    (re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+?_(?![_\w])"), "emphasis"),
    (re.compile(r"`[^`\n]+`"), "code"),
    (re.compile(r"</?[A-Za-z][^>\n]*>"), "html"),
    (re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|<(?:https?://|mailto:)[^>\s]+>"), "link"),
]
_SPACES = re.compile(f"[{NBSP}{NNBSP}]")
IN_FENCE = 1


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
        previous = self.previousBlockState()
        in_fence = previous == IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            self._mark_spaces(text)
            return
        if in_fence:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(IN_FENCE)
            self._mark_spaces(text)
            return
        self.setCurrentBlockState(0)
        if self.section_headings:
            section = _SECTION.match(text)
            if section:
                self.setFormat(0, len(text), self.formats["section"])
                self.setFormat(section.start(2), len(section.group(2)), self.formats["section_id"])
                self._mark_spaces(text)
                return
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
