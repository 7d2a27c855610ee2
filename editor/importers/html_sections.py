"""HTML page or fragment -> Policy: sections split at h1-h6, bodies converted to Markdown.

Shared by every importer that has HTML in hand (WordPress content, DOCX through mammoth, saved
HTML pages, Markdown files). A leading ``h1`` equal to the title (or the only ``h1`` when no title
is known) is the title, not a section; text before the first heading becomes an untitled first
section; a heading that jumps levels (h2 then h4) is imported one level below its parent, with a
notice. Section ids come from the heading's ``id`` when it is a valid, unused slug, else from the
title. Active content (scripts, styles, frames, event handlers, ``javascript:`` links) never gets
in; every removal is reported as a :class:`~editor.errors.Notice`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.errors import ImportFailed, Notice, Where
from editor.importers import MAX_SECTIONS, ImportResult
from editor.importers.bold_headings import has_headings, promote_bold_paragraphs
from editor.importers.html_markdown import Converter, HeadingMark, resolve_anchors
from editor.importers.html_tree import MAX_DEPTH, parse_html
from editor.importers.outline import UNTITLED_ID, place
from editor.model.ids import is_valid_id, unique_id
from editor.model.policy import Metadata, Policy, Section

_HEADING_START = re.compile(r"<h[1-6][\s/>]", re.IGNORECASE)


@dataclass
class _Open:
    title: str
    level: int
    wanted_id: str | None
    blocks: list[str] = field(default_factory=list)
    children: list[_Open] = field(default_factory=list)
    id: str = ""

    def build(self) -> Section:
        return Section(self.id, self.title, self.level, "\n\n".join(self.blocks), [c.build() for c in self.children])


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split()).casefold()


def _same_text(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def html_to_policy(
    html: str, *, path: str, title: str | None = None, locale: str = "fr-FR", bold_headings: bool = False
) -> ImportResult:
    """Split ``html`` into sections at its headings; bodies become Markdown.

    With ``bold_headings`` (web pages: WordPress content, saved HTML), a page without headings of
    its own has its short bold paragraphs taken as headings, with a notice. Importers that decide
    headings themselves (DOCX) or whose source has heading syntax (Markdown) leave it off.

    Never raises on bad markup; a document with more headings than any policy has (a hostile
    page) is refused before it is parsed, with the same error as the importer registry gives.
    """
    headings = sum(1 for _ in _HEADING_START.finditer(html))
    if headings > MAX_SECTIONS:
        raise ImportFailed("import.too_many_sections", path=path, count=headings, limit=MAX_SECTIONS)
    parsed = parse_html(html)
    notices: list[Notice] = []
    for tag, count in sorted(parsed.dropped.items()):
        notices.append(Notice("html.dropped", {"count": count, "tag": tag}, Where(field="content")))
    if parsed.handlers:
        notices.append(Notice("html.handlers", {"count": parsed.handlers}, Where(field="content")))
    if parsed.flattened:
        notices.append(Notice("html.too_deep", {"count": parsed.flattened, "limit": MAX_DEPTH}, Where(field="content")))

    promoted = promote_bold_paragraphs(parsed.root) if bold_headings and not has_headings(parsed.root) else 0
    converter = Converter()
    items = converter.blocks(parsed.root, split=True)
    if promoted:
        notices.append(Notice("html.bold_headings", {"count": promoted}, Where(field="content")))
    if converter.dropped_formatting:
        notices.append(
            Notice("html.formatting_dropped", {"count": converter.dropped_formatting}, Where(field="content"))
        )

    doc_title = title if title is not None else parsed.title
    first_heading = next((i for i, item in enumerate(items) if isinstance(item, HeadingMark)), None)
    if first_heading is not None:
        lead = items[first_heading]
        assert isinstance(lead, HeadingMark)
        h1_count = sum(1 for item in items if isinstance(item, HeadingMark) and item.level == 1)
        nothing_before = first_heading == 0
        if lead.level == 1 and nothing_before and lead.title:
            if doc_title is None and h1_count == 1:
                doc_title = lead.title
            elif title is None and doc_title is not None and _fold(lead.title) in _fold(doc_title):
                doc_title = lead.title  # <title> "Mentions légales – Mon site" and <h1> "Mentions légales"
            if doc_title is not None and _same_text(doc_title, lead.title):
                items[first_heading] = HeadingMark(0, "", lead.anchor)  # consumed as the title

    tops: list[_Open] = []
    stack: list[tuple[int, _Open]] = []  # (level in the source, section)
    preamble: list[str] = []
    order: list[_Open] = []  # sections in document order, index = heading number - 1
    heading_number_to_section: dict[int, _Open | None] = {0: None}
    number = 0
    for item in items:
        if isinstance(item, str):
            target = stack[-1][1].blocks if stack else preamble
            target.append(item)
            continue
        number += 1
        if item.level == 0:
            heading_number_to_section[number] = stack[-1][1] if stack else None
            continue
        if not item.title:
            notices.append(Notice("html.empty_heading", {"level": item.level}, _where(stack)))
            heading_number_to_section[number] = stack[-1][1] if stack else None
            continue
        node = _Open(item.title, item.level, item.anchor)
        place(node, item.level, stack, tops, notices, "html.level_jump")
        order.append(node)
        heading_number_to_section[number] = node

    taken: set[str] = set()
    anchors: dict[str, str] = {}
    for node in order:
        wanted = node.wanted_id
        node.id = wanted if wanted and is_valid_id(wanted) and wanted not in taken else unique_id(node.title, taken)
        taken.add(node.id)
        if wanted:
            anchors.setdefault(wanted, node.id)
    untitled: _Open | None = None
    if preamble:
        level = tops[0].level if tops else 2
        base = UNTITLED_ID.get(locale.split("-")[0].lower(), "preamble")
        untitled = _Open("", level, None, preamble, id=unique_id(base, taken))
        tops.insert(0, untitled)
    for html_id, count in converter.anchor_log:
        owner = heading_number_to_section.get(count)
        target = owner if owner is not None else untitled
        if target is not None:
            anchors.setdefault(html_id, target.id)
    for node in tops:
        _resolve(node, anchors)

    if converter.unsafe_links:
        notices.append(Notice("html.unsafe_link", {"count": converter.unsafe_links}, Where(field="content")))
    if converter.dropped_images:
        notices.append(Notice("html.image_dropped", {"count": converter.dropped_images}, Where(field="content")))
    meta = Metadata(title=(doc_title or "").strip(), locale=locale)
    policy = Policy(meta, tuple(node.build() for node in tops))
    return ImportResult(policy, tuple(notices))


def _resolve(root: _Open, anchors: dict[str, str]) -> None:
    pending = [root]
    while pending:
        node = pending.pop()
        node.blocks = [resolve_anchors(block, anchors) for block in node.blocks]
        pending.extend(node.children)


def _where(stack: list[tuple[int, _Open]]) -> Where:
    return Where(field="heading", near=stack[-1][1].title) if stack else Where(field="content", position=0)
