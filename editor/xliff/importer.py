"""Reading a translated XLIFF 1.2 file back into the target locale's policy."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from editor.errors import PolicyEditorError
from editor.locales.fingerprint import fingerprint
from editor.model.policy import Policy, Section
from editor.xliff.blocks import body_blocks, join_blocks
from editor.xliff.export import FINGERPRINT, NS
from editor.xliff.inline import Piece

#: Target states that count as done; ``needs-review-*`` and ``new`` update no status.
DONE = frozenset({"translated", "signed-off", "final"})
_Q = f"{{{NS}}}"


@dataclass
class ImportReport:
    """What an import did: sections updated and marked, units that could not be used and why."""

    updated: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (unit id, reason)


@dataclass
class _SectionUnits:
    fingerprint: str = ""
    title: str | None = None
    blocks: dict[int, str | None] = field(default_factory=dict)
    done: bool = True


def read_header(data: bytes, path: str | None = None) -> tuple[ET.Element, dict[str, str]]:
    """The ``<file>`` element and its attributes; a PolicyEditorError when this is not XLIFF 1.2."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise PolicyEditorError("xliff.parse", path=path, detail=str(error)) from None
    file = root.find(f"{_Q}file")
    if root.tag != f"{_Q}xliff" or file is None or file.find(f"{_Q}body") is None:
        raise PolicyEditorError("xliff.parse", path=path, detail="no XLIFF 1.2 <file> with a <body>")
    return file, dict(file.attrib)


def _codes(element: ET.Element) -> list[Piece]:
    """Text and inline codes of a <source> or <target>; <mrk> and <g> wrappers are read through."""
    pieces: list[Piece] = []
    if element.text:
        pieces.append(Piece("text", element.text))
    for child in element:
        name = child.tag.removeprefix(_Q)
        if name in ("bpt", "ept", "ph"):
            pieces.append(Piece(name, "".join(child.itertext()), int(child.get("id", "0") or 0)))  # type: ignore[arg-type]
        elif name in ("mrk", "g"):
            pieces.extend(_codes(child))
        else:
            raise ValueError(f"unexpected <{name}>")
        if child.tail:
            pieces.append(Piece("text", child.tail))
    return pieces


def rebuild(source: ET.Element, target: ET.Element) -> str:
    """The target's Markdown: its words with the source's codes; ValueError when codes differ."""
    originals = {(piece.kind, piece.id): piece.text for piece in _codes(source) if piece.kind != "text"}
    out: list[str] = []
    seen: list[tuple[str, int]] = []
    for piece in _codes(target):
        if piece.kind == "text":
            out.append(piece.text)
            continue
        key = (piece.kind, piece.id)
        if key not in originals or key in seen:
            raise ValueError(f"inline code {piece.kind} {piece.id} is not the source's")
        if piece.kind == "ept" and ("bpt", piece.id) not in seen:
            raise ValueError(f"inline code pair {piece.id} is out of order")
        seen.append(key)
        out.append(originals[key])
    missing = set(originals) - set(seen)
    if missing:
        kind, ident = sorted(missing)[0]
        raise ValueError(f"inline code {kind} {ident} is missing")
    return "".join(out)


def _collect(body: ET.Element, known: set[str], report: ImportReport) -> dict[str, _SectionUnits]:
    found: dict[str, _SectionUnits] = {}
    for unit in body.iter(f"{_Q}trans-unit"):
        unit_id = unit.get("id", "")
        section_id, _, part = unit_id.rpartition("/")
        if section_id not in known or not (part == "title" or part.isdigit()):
            report.unmatched.append((unit_id, "no such section in the source"))
            continue
        source, target = unit.find(f"{_Q}source"), unit.find(f"{_Q}target")
        entry = found.setdefault(section_id, _SectionUnits())
        context = unit.find(f"{_Q}context-group/{_Q}context[@context-type='{FINGERPRINT}']")
        if context is not None and context.text:
            entry.fingerprint = context.text.strip()
        text: str | None = None
        if source is not None and target is not None and (target.text or len(target)):
            try:
                text = rebuild(source, target)
            except ValueError as error:
                report.unmatched.append((unit_id, str(error)))
        state = target.get("state", "translated") if target is not None else "new"
        if text is None or state not in DONE:
            entry.done = False
        if part == "title":
            entry.title = text
        else:
            entry.blocks[int(part)] = text
    return found


def import_xliff(data: bytes, source: Policy, target: Policy, path: str | None = None) -> tuple[Policy, ImportReport]:
    """``target`` with the translated units of ``data``; sections whose units are all done are
    marked translated from the source fingerprint the file was exported with."""
    file, _ = read_header(data, path)
    report = ImportReport()
    units = _collect(file.find(f"{_Q}body"), source.ids(), report)  # type: ignore[arg-type]
    current = {section.id: section for section in target.walk()}
    prints = dict(target.translated_from)
    texts: dict[str, tuple[str, str]] = {}
    for section_id, entry in units.items():
        original = current.get(section_id) or source.find(section_id)
        assert original is not None
        count = max(entry.blocks, default=0)
        if entry.title is None and not any(entry.blocks.values()):
            continue
        fallback = body_blocks(original.body)
        if len(fallback) != count:
            fallback = _source_blocks(source, section_id)
        blocks = [entry.blocks.get(index) for index in range(1, count + 1)]
        filled = [
            block if block is not None else (fallback[i] if i < len(fallback) else "") for i, block in enumerate(blocks)
        ]
        texts[section_id] = (entry.title if entry.title is not None else original.title, join_blocks(filled))
        report.updated.append(section_id)
        if entry.done and entry.fingerprint and entry.title is not None and _complete(source, section_id, entry):
            prints[section_id] = entry.fingerprint
            report.marked.append(section_id)
    sections = _rebuild_tree(source, target, texts)
    return dataclasses.replace(target, sections=sections, translated_from=prints), report


def _complete(source: Policy, section_id: str, entry: _SectionUnits) -> bool:
    """Whether the file had a unit for every block of the source the section was exported from
    (known when the source has not changed since; otherwise the section stays outdated anyway)."""
    section = source.find(section_id)
    if section is None or fingerprint(section) != entry.fingerprint:
        return True
    return set(entry.blocks) == set(range(1, len(body_blocks(section.body)) + 1))


def _source_blocks(source: Policy, section_id: str) -> list[str]:
    section = source.find(section_id)
    return body_blocks(section.body) if section else []


def _rebuild_tree(source: Policy, target: Policy, texts: dict[str, tuple[str, str]]) -> tuple[Section, ...]:
    """The target's tree with new texts; a section only the XLIFF has is placed where the source has it."""
    current = {section.id: section for section in target.walk()}
    if all(section_id in current for section_id in texts):
        return tuple(_replace(section, texts) for section in target.sections)
    source_ids = source.ids()

    def build(section: Section) -> Section:
        mine = current.get(section.id)
        title, body = texts.get(section.id, (mine.title, mine.body) if mine else (section.title, section.body))
        children = [build(child) for child in section.children]
        if mine:
            children += [_replace(child, texts) for child in mine.children if child.id not in source_ids]
        return Section(section.id, title, section.level, body, tuple(children))

    tops = [build(section) for section in source.sections]
    tops += [_replace(section, texts) for section in target.sections if section.id not in source_ids]
    return tuple(tops)


def _replace(section: Section, texts: dict[str, tuple[str, str]]) -> Section:
    title, body = texts.get(section.id, (section.title, section.body))
    return dataclasses.replace(
        section, title=title, body=body, children=tuple(_replace(child, texts) for child in section.children)
    )
