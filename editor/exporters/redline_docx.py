"""A Word redline of two versions: a DOCX whose differences are real tracked changes.

Insertions are ``w:ins`` and deletions ``w:del`` (with author and date); a whole inserted or
deleted paragraph has its paragraph mark marked too, so accepting every change gives exactly the
new version and rejecting every change gives the old one, in Word and in LibreOffice. A moved
section is written twice, as ``w:moveFrom`` where it was and ``w:moveTo`` where it is now, inside
named move ranges. Changes inside a paragraph are word-level (see :mod:`editor.compare`).

Options: ``author`` (default "Policy Editor"), ``date`` (datetime, default now, UTC).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from editor.compare import Comparison, Row, SectionChange, Segment, word_diff
from editor.exporters.docx_styles import StyleMap, reference_path
from editor.exporters.docx_text import clean, escape

DEFAULT_AUTHOR = "Policy Editor"


def one_line(text: str) -> str:
    """Text of one paragraph: a line break inside it (only junk titles hold one) reads as a space."""
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


class _Writer:
    """Accumulates WordprocessingML paragraphs, numbering revision ids."""

    def __init__(self, styles: dict[str, str], author: str, date: dt.datetime) -> None:
        self.styles = styles
        self.parts: list[str] = []
        self._next_id = 1
        self._moves = 0
        self.stamp = f'w:author="{escape(author)}" w:date="{date.strftime("%Y-%m-%dT%H:%M:%SZ")}"'

    def rid(self) -> int:
        self._next_id += 1
        return self._next_id

    def revision(self, tag: str) -> str:
        return f'w:{tag} w:id="{self.rid()}" {self.stamp}'

    @staticmethod
    def _text_run(text: str, deleted: bool) -> str:
        tag = "w:delText" if deleted else "w:t"
        text = one_line(text)
        return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

    def runs(self, segments: Iterable[Segment]) -> str:
        out = []
        for segment in segments:
            if not segment.text:
                continue
            if segment.op == "equal":
                out.append(self._text_run(segment.text, False))
            elif segment.op == "insert":
                out.append(f"<{self.revision('ins')}>{self._text_run(segment.text, False)}</w:ins>")
            else:
                out.append(f"<{self.revision('del')}>{self._text_run(segment.text, True)}</w:del>")
        return "".join(out)

    def paragraph(self, style: str, content: str, mark: str = "", before: str = "", after: str = "") -> None:
        """One paragraph; ``mark`` is the revision of the paragraph mark (ins, del, moveFrom, moveTo)."""
        mark_xml = f"<w:rPr><{self.revision(mark)}/></w:rPr>" if mark else ""
        self.parts.append(
            f'<w:p><w:pPr><w:pStyle w:val="{self.styles[style]}"/>{mark_xml}</w:pPr>{before}{content}{after}</w:p>'
        )

    def whole(self, style: str, text: str, kind: str, before: str = "", after: str = "") -> None:
        """A paragraph that is entirely inserted, deleted, moved from or moved to here."""
        deleted = kind in ("del", "moveFrom")
        run = self._text_run(text, deleted) if text else ""
        content = f"<{self.revision(kind)}>{run}</w:{kind}>" if run else ""
        self.paragraph(style, content, kind, before, after)

    def move_range(self, kind: str) -> tuple[str, str]:
        """Start and end markers of a named move range (the same name pairs moveFrom and moveTo)."""
        range_id = self.rid()
        name = f"move{self._moves}"
        start = f'<w:{kind}RangeStart w:id="{range_id}" w:name="{name}" {self.stamp}/>'
        return start, f'<w:{kind}RangeEnd w:id="{range_id}"/>'


def _heading_style(level: int) -> str:
    return f"heading {min(max(level, 1), 6)}"


def _write_row(writer: _Writer, row: Row, move_names: dict[str, int]) -> None:
    change: SectionChange = row.change
    if row.is_move:
        _write_move(writer, row, move_names)
        return
    if row.role == "both":
        assert change.new is not None and change.old is not None
        style = _heading_style(change.new.level)
        if change.old.title and change.new.title:
            writer.paragraph(style, writer.runs(change.title))
        elif change.new.title:  # a heading given to an untitled section: its paragraph is new too
            writer.whole(style, change.new.title, "ins")
        elif change.old.title:
            writer.whole(style, change.old.title, "del")
        for block in change.blocks:
            if block.op == "insert":
                writer.whole("Body Text", block.new, "ins")
            elif block.op == "delete":
                writer.whole("Body Text", block.old, "del")
            else:
                writer.paragraph("Body Text", writer.runs(block.segments))
        return
    kind = "ins" if row.role == "new" else "del"
    ref = change.new if row.role == "new" else change.old
    assert ref is not None
    if ref.title:
        writer.whole(_heading_style(ref.level), ref.title, kind)
    for text in ref.blocks:
        writer.whole("Body Text", text, kind)


def _write_move(writer: _Writer, row: Row, move_names: dict[str, int]) -> None:
    """A moved section: its old text as moveFrom where it was, its new text as moveTo where it is."""
    change = row.change
    kind = "moveFrom" if row.role == "old" else "moveTo"
    ref = change.old if row.role == "old" else change.new
    assert ref is not None
    number = move_names.setdefault(change.id, len(move_names) + 1)
    writer._moves = number
    start, end = writer.move_range(kind)
    paragraphs: list[tuple[str, str]] = []
    if ref.title:
        paragraphs.append((_heading_style(ref.level), ref.title))
    paragraphs += [("Body Text", text) for text in ref.blocks]
    for index, (style, text) in enumerate(paragraphs):
        before = start if index == 0 else ""
        after = end if index == len(paragraphs) - 1 else ""
        writer.whole(style, text, kind, before, after)


def export_redline(comparison: Comparison, options: dict[str, Any] | None = None) -> bytes:
    """The redline DOCX of ``comparison`` (old -> new)."""
    options = dict(options or {})
    author = str(options.get("author") or DEFAULT_AUTHOR)
    date = options.get("date") or dt.datetime.now(dt.UTC)
    if isinstance(date, dt.datetime) and date.tzinfo is not None:
        date = date.astimezone(dt.UTC)
    with open(reference_path(), "rb") as handle:
        document = docx.Document(io.BytesIO(handle.read()))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    styles = StyleMap(document.styles.element)
    writer = _Writer(styles.ids, author, date)
    old_title, new_title = comparison.old.meta.title, comparison.new.meta.title
    if old_title and new_title:
        writer.paragraph("Title", writer.runs(word_diff(old_title, new_title)))
    elif new_title or old_title:  # a title only one version has: its whole paragraph is tracked
        writer.whole("Title", new_title or old_title, "ins" if new_title else "del")
    move_names: dict[str, int] = {}
    for row in comparison.rows:
        _write_row(writer, row, move_names)
    fragment = parse_xml(f"<w:body {nsdecls('w')}>{''.join(writer.parts)}</w:body>")
    at = len(body) - 1 if len(body) and body[-1].tag == qn("w:sectPr") else len(body)
    body[at:at] = list(fragment)  # before the section properties, which stay last
    properties = document.core_properties
    properties.title = clean(new_title)
    properties.author = clean(author)
    properties.last_modified_by = clean(author)
    language = comparison.new.meta.locale
    properties.language = language
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()
