"""What changed in a source section since it was translated: its words kept, inserted, deleted.

The HTML marks them ``<ins>``/``<del>`` like the redline export, with line breaks kept, for the
translator view.
"""

from __future__ import annotations

import html

from editor.compare import Segment, word_diff
from editor.model.policy import Section

_TAGS = {"insert": "ins", "delete": "del"}


def section_text(section: Section) -> str:
    return section.title + "\n\n" + section.body


def source_change(old: Section, new: Section) -> tuple[Segment, ...]:
    return word_diff(section_text(old), section_text(new))


def change_html(old: Section, new: Section) -> str:
    parts = []
    for segment in source_change(old, new):
        text = html.escape(segment.text).replace("\n", "<br>")
        tag = _TAGS.get(segment.op)
        parts.append(f"<{tag}>{text}</{tag}>" if tag else text)
    return "<p>" + "".join(parts) + "</p>"
