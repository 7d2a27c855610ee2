"""Writing XLIFF 1.2 for one target locale of a family."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from editor.locales.fingerprint import fingerprint
from editor.locales.status import SectionStatus, Status, statuses
from editor.model.policy import Policy
from editor.xliff.blocks import body_blocks, is_code_block
from editor.xliff.inline import split

NS = "urn:oasis:names:tc:xliff:document:1.2"
DATATYPE = "x-policy-markdown"
#: XLIFF state of a target per section status.
STATE = {
    Status.TRANSLATED: "translated",
    Status.OUTDATED: "needs-review-translation",
    Status.MISSING: "new",
}
FINGERPRINT = "x-source-fingerprint"


def _inline(element: ET.Element, block: str) -> None:
    """Fill ``element`` with the text and inline codes of ``block``."""
    last: ET.Element | None = None
    for piece in split(block):
        if piece.kind == "text":
            if last is None:
                element.text = (element.text or "") + piece.text
            else:
                last.tail = (last.tail or "") + piece.text
            continue
        attributes = {"id": str(piece.id)}
        if piece.ctype and piece.kind != "ept":
            attributes["ctype"] = piece.ctype
        last = ET.SubElement(element, piece.kind, attributes)
        last.text = piece.text


def _units(source: Policy, target: Policy) -> list[tuple[SectionStatus, str, str, str | None]]:
    """(status, unit id, source text, target text or None) in document order."""
    units = []
    for entry in statuses(source, target):
        if entry.source is None:
            continue
        section_id = entry.id
        has_target = entry.target is not None and entry.status is not Status.MISSING
        units.append((entry, f"{section_id}/title", entry.source.title, entry.target.title if has_target else None))
        source_blocks = body_blocks(entry.source.body)
        target_blocks = body_blocks(entry.target.body) if has_target and entry.target else []
        if has_target and len(target_blocks) != len(source_blocks):
            target_blocks = []  # the blocks no longer pair up: offer the source blocks untranslated
        for index, block in enumerate(source_blocks, 1):
            text = target_blocks[index - 1] if target_blocks else None
            units.append((entry, f"{section_id}/{index}", block, text))
    return units


def export_xliff(source: Policy, target: Policy, original: str = "") -> bytes:
    """XLIFF 1.2 bytes: every source title and block, with the target's text where it has one."""
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}xliff", {"version": "1.2"})
    file = ET.SubElement(
        root,
        f"{{{NS}}}file",
        {
            "original": original or source.meta.slug or "policy",
            "source-language": source.meta.locale,
            "target-language": target.meta.locale,
            "datatype": DATATYPE,
        },
    )
    body = ET.SubElement(file, f"{{{NS}}}body")
    for entry, unit_id, source_text, target_text in _units(source, target):
        assert entry.source is not None
        unit = ET.SubElement(body, f"{{{NS}}}trans-unit", {"id": unit_id, "resname": unit_id})
        if unit_id.endswith("/title"):
            unit.set("restype", "x-title")
        if is_code_block(source_text):
            unit.set("translate", "no")
        _inline(ET.SubElement(unit, f"{{{NS}}}source"), source_text)
        if target_text is not None or is_code_block(source_text):
            state = STATE[entry.status] if target_text is not None else "final"
            target_element = ET.SubElement(unit, f"{{{NS}}}target", {"state": state})
            _inline(target_element, source_text if target_text is None else target_text)
        group = ET.SubElement(unit, f"{{{NS}}}context-group", {"purpose": "information", "name": "section"})
        context = ET.SubElement(group, f"{{{NS}}}context", {"context-type": FINGERPRINT})
        context.text = fingerprint(entry.source)
        note = ET.SubElement(unit, f"{{{NS}}}note", {"from": "policy-editor"})
        part = "title" if unit_id.endswith("/title") else "paragraph " + unit_id.rsplit("/", 1)[1]
        note.text = f"Section “{entry.source.title}” ({entry.id}), {part}; status: {entry.status.value}"
    _indent(root, 0)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


_STRUCTURE = {f"{{{NS}}}{name}" for name in ("xliff", "file", "body", "trans-unit", "context-group")}


def _indent(element: ET.Element, depth: int) -> None:
    """Line breaks between structural elements only: text inside source/target/note is content."""
    if element.tag not in _STRUCTURE or not len(element):
        return
    inner = "\n" + "  " * (depth + 1)
    element.text = inner
    for child in element:
        _indent(child, depth + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * depth
