"""Section-aware, word-level comparison of two policies, and the change log drawn from it.

``compare(old, new)`` pairs sections (by id, then title, then text), tells moves and renames
apart from additions and removals, and diffs each paragraph word by word. The redline exporters,
the comparison view and any feature that must show "what changed" reuse this one result.
"""

from editor.compare.changelog import ChangeLogEntry, change_log, change_log_heading, change_log_markdown
from editor.compare.sections import BlockChange, Comparison, Row, SectionChange, SectionRef, compare
from editor.compare.text import blocks, inline_text
from editor.compare.words import Segment, new_text, old_text, similarity, word_diff

__all__ = [
    "BlockChange",
    "ChangeLogEntry",
    "Comparison",
    "Row",
    "SectionChange",
    "SectionRef",
    "Segment",
    "blocks",
    "change_log",
    "change_log_heading",
    "change_log_markdown",
    "compare",
    "inline_text",
    "new_text",
    "old_text",
    "similarity",
    "word_diff",
]
