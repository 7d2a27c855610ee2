"""The section part of a ``.policy.md`` file: ATX headings carrying ``{#id}`` delimit sections.

A body line that would read as a section heading is written with one more leading backslash
(and read back without it), so any body survives a save and a load unchanged.
"""

from __future__ import annotations

import re

from editor.errors import FileFormatError
from editor.markdown.syntax import NEW_SECTION_HEADING, SECTION_HEADING
from editor.model.ids import is_valid_id, unique_id
from editor.model.policy import Section, normalize_body

__all__ = ["SECTION_HEADING", "dump_sections", "fill_empty_ids", "parse_sections"]
#: A line that reads as a section heading once its leading backslashes (if any) are removed.
_NEEDS_ESCAPE = re.compile(r"^\\*" + SECTION_HEADING.pattern.removeprefix("^"))


def escape_body(body: str) -> str:
    return "\n".join("\\" + line if _NEEDS_ESCAPE.match(line) else line for line in body.split("\n"))


def unescape_line(line: str) -> str:
    return line[1:] if line.startswith("\\") and _NEEDS_ESCAPE.match(line[1:]) else line


def heading(section: Section) -> str:
    title = f"{section.title} " if section.title else ""
    return f"{'#' * section.level} {title}{{#{section.id}}}"


def dump_sections(sections: tuple[Section, ...]) -> str:
    parts = []
    for top in sections:
        for section in top.walk():
            parts.append("\n" + heading(section) + "\n")
            if section.body:
                parts.append("\n" + escape_body(section.body) + "\n")
    return "".join(parts)


class _Open:
    """A section being read: its heading facts and the body lines seen so far."""

    def __init__(self, section_id: str, title: str, level: int) -> None:
        self.id = section_id
        self.title = title
        self.level = level
        self.lines: list[str] = []
        self.children: list[_Open] = []

    def build(self) -> Section:
        # Section normalises its body itself (once: a policy is read before the first paint).
        return Section(
            self.id, self.title, self.level, "\n".join(self.lines), tuple(child.build() for child in self.children)
        )


def parse_sections(lines: list[str], first: int, path: str | None) -> tuple[Section, ...]:
    """Sections from ``lines[first:]``; ``first`` is the 0-based index of the first body line."""
    top: list[_Open] = []
    stack: list[_Open] = []
    seen: set[str] = set()
    preamble: list[str] = []
    for index in range(first, len(lines)):
        line = lines[index]
        match = SECTION_HEADING.match(line)
        if not match:
            target = stack[-1].lines if stack else preamble
            target.append(unescape_line(line))
            continue
        line_no = index + 1
        level, title, section_id = len(match.group(1)), match.group(2), match.group(3)
        if not is_valid_id(section_id):
            raise FileFormatError("native.bad_id", path=path, line=line_no, id=section_id)
        if section_id in seen:
            raise FileFormatError("native.duplicate_id", path=path, line=line_no, id=section_id)
        seen.add(section_id)
        while stack and stack[-1].level >= level:
            stack.pop()
        if stack and level > stack[-1].level + 1:
            raise FileFormatError("native.level_jump", path=path, line=line_no, level=level, previous=stack[-1].level)
        node = _Open(section_id, title, level)
        (stack[-1].children if stack else top).append(node)
        stack.append(node)
    if normalize_body("\n".join(preamble)):
        level = top[0].level if top else 2
        node = _Open(unique_id("preamble", seen), "", level)
        node.lines = preamble
        top.insert(0, node)
    return tuple(node.build() for node in top)


def fill_empty_ids(text: str, taken: set[str]) -> str:
    """Give the headings typed with an empty id, ``## New part {#}``, an id made from their title."""
    if "{#}" not in text:
        return text
    lines = text.split("\n")
    used = set(taken) | {m.group(3) for m in map(SECTION_HEADING.match, lines) if m}
    for number, line in enumerate(lines):
        match = NEW_SECTION_HEADING.match(line)
        if match:
            title = match.group(1).lstrip("#").strip()
            new_id = unique_id(title, used)
            used.add(new_id)
            lines[number] = f"{match.group(1).rstrip()} {{#{new_id}}}"
    return "\n".join(lines)
