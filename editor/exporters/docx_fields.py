"""Word fields written as raw WordprocessingML: page numbers and the table of contents.

python-docx has no field API. A complex field is ``fldChar begin`` / ``instrText`` /
``fldChar separate`` / cached result / ``fldChar end``; Word and LibreOffice compute PAGE and
NUMPAGES when they lay out the page. The TOC is marked dirty and ``w:updateFields`` is set in
settings.xml (in schema order) so that Word refreshes it on opening; until then it shows the
cached entries we write ourselves: one linked line per heading, without page numbers.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from editor.exporters.docx_text import escape

TOC_LEVELS = 3


def toc_instruction(first_level: int) -> str:
    """``TOC \\o "2-4" \\h \\z \\u``: three heading levels from the policy's top level, as links."""
    return f' TOC \\o "{first_level}-{first_level + TOC_LEVELS - 1}" \\h \\z \\u '


#: settings.xml children that must come after ``w:updateFields`` (CT_Settings sequence).
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip


def field_runs(instruction: str, cached: str = "", run_props: str = "", dirty: bool = False) -> str:
    """The runs of a complex field with ``cached`` as its current result."""
    dirty_attr = ' w:dirty="true"' if dirty else ""
    rpr = f"<w:rPr>{run_props}</w:rPr>" if run_props else ""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"{dirty_attr}/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve">{escape(cached)}</w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def page_of_pages(page_word: str, separator: str) -> str:
    """``Page 3 / 12`` as text and PAGE / NUMPAGES fields."""
    return (
        f'<w:r><w:t xml:space="preserve">{escape(page_word)} </w:t></w:r>'
        + field_runs(" PAGE ", "1")
        + f'<w:r><w:t xml:space="preserve"> {escape(separator)} </w:t></w:r>'
        + field_runs(" NUMPAGES ", "1")
    )


def toc_xml(title: str, entries: list[tuple[int, str, str]], styles: dict[str, str]) -> str:
    """A ``w:sdt`` table of contents: ``title``, then the field whose cached result lists ``entries``.

    ``entries`` are (heading level, bookmark name, runs XML of the title); the field covers three
    levels from the highest one present, as Word will when it updates it. ``styles`` maps
    ``TOC Heading``/``toc N`` to style ids.
    """
    first = min((entry[0] for entry in entries), default=1)
    shown = [entry for entry in entries if entry[0] < first + TOC_LEVELS]
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(toc_instruction(first))}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    paragraphs = []
    if not shown:
        paragraphs.append(f"<w:p>{begin}{end}</w:p>")
    for index, (level, anchor, runs) in enumerate(shown):
        style = styles.get(f"toc {level}") or styles["toc 1"]
        start = begin if index == 0 else ""
        finish = end if index == len(shown) - 1 else ""
        paragraphs.append(
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{start}'
            f'<w:hyperlink w:anchor="{escape(anchor)}" w:history="1">{runs}</w:hyperlink>{finish}</w:p>'
        )
    heading = (
        f'<w:p><w:pPr><w:pStyle w:val="{styles["TOC Heading"]}"/></w:pPr><w:r><w:t>{escape(title)}</w:t></w:r></w:p>'
    )
    return (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
        f"</w:docPartObj></w:sdtPr><w:sdtContent>{heading}{''.join(paragraphs)}</w:sdtContent></w:sdt>"
    )


def set_update_fields(settings: etree._Element) -> None:
    """``<w:updateFields w:val="true"/>`` at its schema position in settings.xml."""
    existing = settings.find(qn("w:updateFields"))
    if existing is not None:
        existing.set(qn("w:val"), "true")
        return
    element = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    later = {qn(f"w:{name}") for name in _AFTER_UPDATE_FIELDS}
    for child in settings:
        if child.tag in later:
            child.addprevious(element)
            return
    settings.append(element)


#: w:compat children that come before ``w:doNotExpandShiftReturn`` (CT_Compat sequence).
_BEFORE_NO_EXPAND = frozenset(
    {
        "useSingleBorderforContiguousCells",
        "wpJustification",
        "noTabHangInd",
        "noLeading",
        "spaceForUL",
        "noColumnBalance",
        "balanceSingleByteDoubleByteWidth",
        "noExtraLineSpacing",
        "doNotLeaveBackslashAlone",
        "ulTrailSpace",
    }
)


def set_no_expand_shift_return(settings: etree._Element) -> None:
    """``<w:doNotExpandShiftReturn/>`` in settings.xml's w:compat: a justified line that ends in a
    manual line break is not stretched across the page (Word and LibreOffice both honour it)."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        later = {qn(f"w:{name}") for name in _AFTER_UPDATE_FIELDS[_AFTER_UPDATE_FIELDS.index("compat") + 1 :]}
        for child in settings:
            if child.tag in later:
                child.addprevious(compat)
                break
        else:
            settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is not None:
        return
    element = parse_xml(f"<w:doNotExpandShiftReturn {nsdecls('w')}/>")
    for child in compat:
        if etree.QName(child).localname not in _BEFORE_NO_EXPAND:
            child.addprevious(element)
            return
    compat.append(element)
