"""What the section editor puts on and takes from the clipboard, in Markdown terms.

Paste: HTML from Word, LibreOffice, a browser or the WordPress editor becomes a section body
through the HTML importers' converter (:func:`editor.importers.html_sections.html_to_policy`,
which sanitizes: scripts, handlers and unsafe links never reach the text); headings in it come
back as sections the editor can offer to add. Copy: the Markdown, and the HTML the preview and
the HTML export render from it (sanitized the same way).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from editor.editing.edit import TextEdit
from editor.editing.lists import item
from editor.editing.office_html import word_lists
from editor.editing.styled_html import styled_emphasis
from editor.editing.tables import align_tables
from editor.errors import Notice
from editor.model.ids import unique_id
from editor.model.ops import InsertSection
from editor.model.policy import Policy, Section

#: The CF_HTML header Windows puts before the markup ("Version:0.9\r\nStartHTML:...").
_CF_HTML = re.compile(r"^Version:\d[^<]*?StartHTML:(-?\d+)", re.DOTALL)
_FRAGMENT = re.compile(r"<!--StartFragment-->(.*)<!--EndFragment-->", re.DOTALL | re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


def decode_clipboard_html(data: bytes) -> str:
    """The markup of a ``text/html`` clipboard entry: Firefox writes UTF-16 with a BOM, Chrome and
    LibreOffice UTF-8 (sometimes with a ``<meta charset>``), Windows adds the CF_HTML header."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return strip_cf_html(data[len(bom) :].decode(name, errors="replace"))
    if len(data) >= 4 and data[1] == 0 and data[3] == 0:  # UTF-16-LE without a BOM
        return strip_cf_html(data.decode("utf-16-le", errors="replace"))
    declared = _META_CHARSET.search(data[:2048])
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    return strip_cf_html(text)


def strip_cf_html(text: str) -> str:
    """The HTML of a Windows CF_HTML clipboard entry (the header left out), or ``text`` as it is."""
    header = _CF_HTML.match(text)
    if header is None:
        return text
    start = text.find("<")
    return text[start:] if start >= 0 else ""


@dataclass(frozen=True)
class Pasted:
    """Pasted HTML as Markdown: the text for the current section, the sections its headings
    start (with their own bodies and subsections) and what the conversion left out."""

    body: str
    sections: tuple[Section, ...]
    notices: tuple[Notice, ...]


def markdown_from_html(html: str) -> Pasted:
    """Convert clipboard HTML; only the copied fragment is read when the source marked it, Word's
    list paragraphs are read as lists and bold or italic given by style as emphasis."""
    fragment = _FRAGMENT.search(html)
    if fragment is not None:
        html = fragment.group(1)
    from editor.importers.html_sections import html_to_policy  # imported on the first paste, not at start-up

    result = html_to_policy(styled_emphasis(word_lists(html)), path="clipboard", title="", bold_headings=False)
    sections = tuple(_aligned(section) for section in result.policy.sections)
    body = ""
    if sections and not sections[0].title:  # text before the first heading
        body = sections[0].body
        body = "\n\n".join(part for part in [body] + [_flatten(child) for child in sections[0].children] if part)
        sections = sections[1:]
    return Pasted(body.strip("\n"), sections, result.notices)


def _aligned(section: Section) -> Section:
    children = tuple(_aligned(child) for child in section.children)
    return Section(section.id, section.title, section.level, align_tables(section.body), children)


def _flatten(section: Section) -> str:
    return "\n\n".join(filter(None, [f"**{section.title}**", section.body] + [_flatten(c) for c in section.children]))


def as_paragraphs(pasted: Pasted) -> str:
    """All of ``pasted`` in one body, its headings as bold paragraphs (when they are not wanted as sections)."""
    return "\n\n".join(filter(None, [pasted.body] + [_flatten(section) for section in pasted.sections]))


def placed(text: str, start: int, end: int, pasted: str) -> TextEdit:
    """``text`` with converted HTML ``pasted`` in place of ``start``..``end``, the cursor after it.
    Pasted blocks (several paragraphs, a list, a table) get the blank lines that keep them apart
    from the paragraph around the cursor; a piece of one paragraph goes in as it is."""
    before, after = text[:start], text[end:]
    first = pasted.split("\n", 1)[0]
    blocks = "\n\n" in pasted or item(first) is not None or first.lstrip().startswith("|")
    lead = trail = ""
    if blocks and before.strip():
        before = before.rstrip(" \t")
        lead = "\n" * (2 - (len(before) - len(before.rstrip("\n"))))
    if blocks and after.strip():
        after = after.lstrip(" \t")
        trail = "\n" * (2 - (len(after) - len(after.lstrip("\n"))))
    new = before + lead + pasted + trail + after
    cursor = len(before) + len(lead) + len(pasted)
    return TextEdit(new, cursor, cursor)


def html_for_copy(markdown: str, policy: Policy) -> str:
    """The HTML of a Markdown selection, as the preview and the HTML export render it."""
    from editor.export_service import preview_safe  # the renderer: imported on the first copy, not at start-up
    from editor.render.html import body_html, context_for

    return preview_safe(body_html(markdown, context_for(policy)))


def _renamed(section: Section, taken: set[str]) -> Section:
    new_id = unique_id(section.title, taken)
    taken.add(new_id)
    children = tuple(_renamed(child, taken) for child in section.children)
    return Section(new_id, section.title, section.level, section.body, children)


def insert_sections(policy: Policy, after_id: str, sections: tuple[Section, ...]) -> list[InsertSection]:
    """The insertions that put pasted ``sections`` after section ``after_id``, as its siblings, with
    ids made unique in ``policy``."""
    parent_id, index = policy.locate(after_id) or (None, len(policy.sections) - 1)
    taken = set(policy.ids())
    return [
        InsertSection(parent_id, index + 1 + offset, _renamed(section, taken))
        for offset, section in enumerate(sections)
    ]
