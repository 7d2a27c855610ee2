"""Splitting Markdown text at its headings: where sections start, their titles and their ids.

Used by the Markdown importer (a file -> sections with verbatim bodies) and SplitSection (a
heading typed in a body). A heading is an ATX line (``## Title``, ``## Title {#id}``) or a setext
one (a line underlined with ``===`` or ``---``), outside fenced and indented code, the way the
renderer reads it. Section headings of the native format (``{#id}`` mandatory) are in
:mod:`editor.native.sections`, which uses :data:`~editor.markdown.syntax.SECTION_HEADING`.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.markdown.syntax import ATTR_ID, ATX, FENCE, SETEXT_UNDERLINE, fence_states, is_list_item


@dataclass(frozen=True)
class Heading:
    """A heading found in a text: its first line, the line after it, level, title and wanted id."""

    line: int
    end: int
    level: int
    title: str
    wanted_id: str | None

    @property
    def setext(self) -> bool:
        return self.end - self.line == 2


def title_and_id(text: str) -> tuple[str, str | None]:
    """``Title {#id}`` -> ("Title", "id"); a title without an id attribute -> (title, None)."""
    match = ATTR_ID.match(text)
    if match:
        return match.group(1).strip(" \t"), match.group(2)
    return text.strip(" \t"), None


def _paragraph_line(line: str) -> bool:
    """Whether a line can be the text of a setext heading (a plain paragraph line)."""
    stripped = line.lstrip(" ")
    if not stripped or len(line) - len(stripped) > 3:
        return False
    return not (ATX.match(line) or FENCE.match(line) or is_list_item(line) or stripped.startswith((">", "|")))


def find_headings(lines: list[str]) -> list[Heading]:
    """The headings of ``lines``, in order (none inside code)."""
    found: list[Heading] = []
    # no fence anywhere, no line is fenced code: one search instead of a match per line
    text = "\n".join(lines)
    fenced = "```" in text or "~~~" in text
    states = list(fence_states(lines)) if fenced else [(line, False) for line in lines]
    previous_blank = True
    in_indented_code = False
    for index, (line, fenced) in enumerate(states):
        if fenced:
            previous_blank = False
            continue
        blank = not line.strip()
        indented = len(line) - len(line.lstrip(" \t")) >= 4 or line.startswith("\t")
        if in_indented_code and (blank or indented):
            continue
        in_indented_code = indented and previous_blank and not blank
        if in_indented_code:
            previous_blank = False
            continue
        previous_blank = blank
        match = ATX.match(line)
        if match:
            title, wanted = title_and_id(match.group(2) or "")
            found.append(Heading(index, index + 1, len(match.group(1)), title, wanted))
            continue
        underline = SETEXT_UNDERLINE.match(line)
        if (
            underline
            and index
            and not states[index - 1][1]
            and _paragraph_line(states[index - 1][0])
            and not (found and found[-1].end > index - 1)
        ):
            title, wanted = title_and_id(states[index - 1][0])
            level = 1 if underline.group(1)[0] == "=" else 2
            found.append(Heading(index - 1, index + 1, level, title, wanted))
    return found
