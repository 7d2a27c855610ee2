"""What a Word document's styles say about its paragraphs: heading level, title, fonts, numbering.

Word stores built-in styles with an English *name* ("heading 1", "Title") and a *style id* in the
language of the Word that saved them ("Titre1", "berschrift1", "Ttulo1", "Titolo1"); custom styles
inherit through ``w:basedOn``; a heading style also carries ``w:outlineLvl``. :class:`StyleSheet`
follows the inheritance chain once per style and answers the questions the heading scorer asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from editor.importers.docx_xml import int_val, toggle, val, w

#: Heading styles by id or name in the languages Word ships (ids lose accents and spaces).
_HEADING = re.compile(
    r"^(?:heading|titre|titel|[uü]?berschrift|t[ií]?tulo|titolo|kop|nag[lł]?[oó]?wek|rubrik|overskrift|otsikko"
    r"|nadpis|c[ií]msor|заголовок|标题)\s*([1-9])$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(?:title|titre|titel|t[ií]?tulo|titolo|titul|otsikko|c[ií]m|название)$", re.IGNORECASE)
_PREFORMATTED = re.compile(
    r"^(?:html ?preformatted|pr[ée]format[ée] ?html|preformatted ?text|texte ?pr[ée]format[ée]|source ?code|code"
    r"|plain ?text|texte ?brut|nur ?text|macro ?text|texte ?de ?macro)$",
    re.IGNORECASE,
)
_TOC = re.compile(
    r"^(?:(?:toc|table des mati[èe]res|tdm|verzeichnis|índice|sommario)\s*[1-9]"
    r"|toc ?heading|en-t[êe]te de table des mati[èe]res|inhaltsverzeichnis[uü]?berschrift)$",
    re.IGNORECASE,
)
MONOSPACE = re.compile(r"courier|consolas|mono|menlo|lucida console|andale|fixedsys|inconsolata", re.IGNORECASE)
_MAX_CHAIN = 20


@dataclass(frozen=True)
class RunLook:
    """Character formatting that may come from a style (None: not said at this level)."""

    bold: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    size: int | None = None  # half-points
    font: str | None = None

    def over(self, base: RunLook) -> RunLook:
        """These properties, falling back to ``base`` where unset."""
        return RunLook(
            self.bold if self.bold is not None else base.bold,
            self.underline if self.underline is not None else base.underline,
            self.caps if self.caps is not None else base.caps,
            self.size if self.size is not None else base.size,
            self.font if self.font is not None else base.font,
        )


def run_look(rpr: etree._Element | None) -> RunLook:
    """The formatting a ``w:rPr`` sets itself."""
    if rpr is None:
        return RunLook()
    underline = rpr.find(w("u"))
    fonts = rpr.find(w("rFonts"))
    return RunLook(
        bold=toggle(rpr.find(w("b"))),
        underline=None if underline is None else (val(underline, "single") or "none").lower() != "none",
        caps=toggle(rpr.find(w("caps"))),
        size=int_val(rpr.find(w("sz"))),
        font=None if fonts is None else (fonts.get(w("ascii")) or fonts.get(w("hAnsi"))),
    )


@dataclass(frozen=True)
class _Style:
    id: str
    name: str
    kind: str
    based_on: str | None
    ppr: etree._Element | None
    rpr: etree._Element | None


class StyleSheet:
    """The styles of ``word/styles.xml`` (an empty sheet when the part is missing)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._names: dict[str, str] | None = None
        self._chains: dict[str | None, tuple[_Style, ...]] = {}
        self._levels: dict[str | None, int | None] = {}
        self._looks: dict[str | None, RunLook] = {}
        self.defaults = RunLook(size=20)  # Word's default: 10 pt
        self.default_paragraph: str | None = None
        self.default_character: str | None = None
        if root is None:
            return
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.defaults = run_look(defaults).over(self.defaults)
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId")) or ""
            name_element = style.find(w("name"))
            kind = style.get(w("type")) or "paragraph"
            record = _Style(
                style_id,
                val(name_element, style_id) or style_id,
                kind,
                val(style.find(w("basedOn"))),
                style.find(w("pPr")),
                style.find(w("rPr")),
            )
            self._styles[style_id] = record
            if style.get(w("default")) in ("1", "true", "on"):
                if kind == "paragraph":
                    self.default_paragraph = style_id
                elif kind == "character":
                    self.default_character = style_id

    def chain(self, style_id: str | None) -> tuple[_Style, ...]:
        """The style and those it is based on, nearest first (loops and dangling ids cut)."""
        if style_id not in self._chains:
            self._chains[style_id] = self._chain(style_id)
        return self._chains[style_id]

    def _chain(self, style_id: str | None) -> tuple[_Style, ...]:
        found: list[_Style] = []
        current = style_id if style_id is not None else self.default_paragraph
        while current and current in self._styles and len(found) < _MAX_CHAIN:
            style = self._styles[current]
            if style in found:
                break
            found.append(style)
            current = style.based_on
        return tuple(found)

    def by_name(self, name: str) -> str | None:
        """The id of the style called ``name`` (case-insensitive), if the document defines one."""
        if self._names is None:
            self._names = {style.name.lower(): style.id for style in self._styles.values()}
        return self._names.get(name.lower())

    def name(self, style_id: str | None) -> str:
        chain = self.chain(style_id)
        return chain[0].name if chain else (style_id or "")

    def outline_level(self, style_id: str | None) -> int | None:
        """The style's ``w:outlineLvl`` (0-8), inherited; None for body text (9) or none said."""
        for style in self.chain(style_id):
            level = int_val(style.ppr.find(w("outlineLvl"))) if style.ppr is not None else None
            if level is not None:
                return level if 0 <= level <= 8 else None
        return None

    def heading_level(self, style_id: str | None) -> int | None:
        """1-9 when the style is a heading style (by id, name or outline level, own or inherited)."""
        if style_id not in self._levels:
            self._levels[style_id] = self._heading_level(style_id)
        return self._levels[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            for label in (style.id, style.name):
                match = _HEADING.match(label.strip())
                if match:
                    return int(match.group(1))
            if style.ppr is not None:
                level = int_val(style.ppr.find(w("outlineLvl")))
                if level is not None:
                    return level + 1 if 0 <= level <= 8 else None
        if style_id and style_id not in self._styles:
            match = _HEADING.match(style_id)  # referenced but not defined: the id still speaks
            return int(match.group(1)) if match else None
        return None

    def is_title(self, style_id: str | None) -> bool:
        chain = self.chain(style_id)
        labels = [label for style in chain for label in (style.id, style.name)] or [style_id or ""]
        return any(_TITLE.match(label.strip()) for label in labels)

    def is_preformatted(self, style_id: str | None) -> bool:
        return any(_PREFORMATTED.match(label.strip()) for s in self.chain(style_id) for label in (s.id, s.name))

    def is_toc(self, style_id: str | None) -> bool:
        return any(_TOC.match(label.strip()) for s in self.chain(style_id) for label in (s.id, s.name))

    def numbering(self, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) a paragraph style gives its paragraphs, inherited."""
        for style in self.chain(style_id):
            numpr = style.ppr.find(w("numPr")) if style.ppr is not None else None
            if numpr is not None:
                num_id = val(numpr.find(w("numId")))
                if num_id is not None:
                    return num_id, int_val(numpr.find(w("ilvl"))) or 0
        return None

    def look(self, style_id: str | None) -> RunLook:
        """The character formatting a paragraph or character style gives, over the document defaults."""
        if style_id not in self._looks:
            self._looks[style_id] = self._look(style_id)
        return self._looks[style_id]

    def _look(self, style_id: str | None) -> RunLook:
        result = RunLook()
        for style in self.chain(style_id):
            result = result.over(run_look(style.rpr))
        return result.over(self.defaults)

    def character_look(self, style_id: str | None) -> RunLook:
        """The formatting of a character style alone (without the document defaults)."""
        result = RunLook()
        for style in self.chain(style_id):
            if style.kind == "character":
                result = result.over(run_look(style.rpr))
        return result
