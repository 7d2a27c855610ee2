"""What changed in a source section since it was translated, as a word-level diff in HTML.

The marks are the comparison window's (insertions underlined in green, deletions struck in red).
"""

from __future__ import annotations

from editor.compare import word_diff
from editor.exporters.redline_html import _segments
from editor.gui.legal.compare_view import qt_html
from editor.model.policy import Section


def section_text(section: Section) -> str:
    return section.title + "\n\n" + section.body


def change_html(old: Section, new: Section) -> str:
    """The source's words kept, inserted and deleted, line breaks kept."""
    marked = _segments(word_diff(section_text(old), section_text(new))).replace("\n", "<br>")
    return "<p>" + qt_html(marked) + "</p>"
