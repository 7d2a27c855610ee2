"""The styles the DOCX export uses, looked up once per document by name.

python-docx searches every style on each ``style=`` use; here the names are resolved to style ids
once. A company template (``reference_doc``) that lacks one of our styles gets a copy of ours
(Word saves only the styles a document uses, so templates are often incomplete), with the styles
it is based on; the template's own definitions always win when present.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from docx.oxml.ns import qn
from lxml import etree

from editor.assets import resource

#: Style names as Word writes them (lower case for built-ins: "heading 1", "toc 1", "header").
PARAGRAPH_STYLES = (
    "Normal", "Title", "Subtitle", "heading 1", "heading 2", "heading 3", "heading 4", "heading 5",
    "heading 6", "Body Text", "First Paragraph", "Compact", "Block Text", "List Bullet", "List Number",
    "Source Code", "TOC Heading", "toc 1", "toc 2", "toc 3", "toc 4", "toc 5", "toc 6", "header", "footer",
)  # fmt: skip
CHARACTER_STYLES = ("Hyperlink", "Verbatim Char")
TABLE_STYLES = ("Table",)
REQUIRED = PARAGRAPH_STYLES + CHARACTER_STYLES + TABLE_STYLES


def reference_path() -> str:
    return str(resource("templates", "reference.docx"))


@lru_cache(maxsize=1)
def _reference_styles() -> dict[str, etree._Element]:
    """Our reference template's style elements by lower-case name (read once)."""
    import zipfile

    with zipfile.ZipFile(reference_path()) as package:
        root = etree.fromstring(package.read("word/styles.xml"))
    return {_name(style): style for style in root.iterfind(qn("w:style"))}


def _name(style: etree._Element) -> str:
    name = style.find(qn("w:name"))
    return (name.get(qn("w:val")) if name is not None else style.get(qn("w:styleId"), "")).lower()


class StyleMap:
    """Style ids by name for one document; ``ids["heading 2"]`` -> ``"Heading2"``."""

    def __init__(self, styles_element: etree._Element) -> None:
        self.styles = styles_element
        self._by_name: dict[str, etree._Element] = {}
        self._ids: set[str] = set()
        for style in styles_element.iterfind(qn("w:style")):
            self._by_name.setdefault(_name(style), style)
            self._ids.add(style.get(qn("w:styleId"), ""))
        self.ids: dict[str, str] = {name: self._ensure(name) for name in REQUIRED}

    def _ensure(self, name: str) -> str:
        found = self._by_name.get(name.lower())
        if found is not None:
            self._ensure_bases(found)  # e.g. pandoc's own template: "Table" based on a missing "TableNormal"
            return found.get(qn("w:styleId"), "")
        ours = _reference_styles().get(name.lower())
        if ours is None:
            raise KeyError(name)
        self._ensure_bases(ours)
        added = copy.deepcopy(ours)
        for link in added.findall(qn("w:link")):
            added.remove(link)
        style_id = added.get(qn("w:styleId"), "")
        while style_id in self._ids:  # a different style already holds our id
            style_id += "PE"
        added.set(qn("w:styleId"), style_id)
        self.styles.append(added)
        self._by_name[name.lower()] = added
        self._ids.add(style_id)
        return style_id

    def _ensure_bases(self, style: etree._Element) -> None:
        """Copy from our template the styles ``style`` is based on that this document lacks."""
        base = style.find(qn("w:basedOn"))
        base_id = base.get(qn("w:val")) if base is not None else None
        if not base_id or base_id in self._ids:
            return
        ours = next((s for s in _reference_styles().values() if s.get(qn("w:styleId")) == base_id), None)
        if ours is not None and _name(ours) not in self._by_name:
            self._ensure(_name(ours))

    def __getitem__(self, name: str) -> str:
        return self.ids[name]

    def num_id(self, name: str) -> str | None:
        """The ``w:numId`` a paragraph style carries (List Bullet, List Number), if any."""
        style = self._by_name.get(name.lower())
        while style is not None:
            num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            if num is not None:
                return num.get(qn("w:val"))
            base = style.find(qn("w:basedOn"))
            if base is None:
                return None
            base_id = base.get(qn("w:val"))
            style = next((s for s in self._by_name.values() if s.get(qn("w:styleId")) == base_id), None)
        return None
