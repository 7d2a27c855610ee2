"""Build ``reference.docx``, the DOCX export's template, from python-docx's default document.

Run ``python resources/templates/build_reference_docx.py`` after changing a style below; the test
suite checks that the committed file has exactly the styles this script builds.

The template is A4, French (``w:lang`` fr-FR in the style defaults, French decimal symbol), with a
sober legal look (serif body, navy sans-serif headings, justified text, thin grey table rules) and
the style names pandoc uses, so the same file also works as pandoc's ``--reference-doc``: Title,
Subtitle, Heading 1-6, Body Text, First Paragraph, Compact, List Bullet/List Number (backed by our
own bullet and number definitions), Block Text, Table, Hyperlink, Source Code, Verbatim Char,
TOC Heading and toc 1-6, Header and Footer. Body fonts are Cambria/Calibri (metric-compatible
Caladea/Carlito exist for Linux). Word's gallery of table looks is left out (Word offers it anyway).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(HERE.parent.parent))

import docx  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402

from editor.exporters.docx_numbering import abstract_num_xml  # noqa: E402
from editor.storage import atomic_write  # noqa: E402

OUTPUT = HERE / "reference.docx"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

BODY_FONT = "Cambria"
HEADING_FONT = "Calibri"
CODE_FONT = "Courier New"
NAVY = "13294B"
GREY = "595959"
#: A4 in twips, 2.5 cm margins; the text width is used for right-aligned tab stops.
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 11906, 16838, 1418
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def _fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>'


def _heading(level: int, size: int, before: int, after: int, extra: str = "") -> tuple[str, str]:
    bold = "" if level == 6 else "<w:b/><w:bCs/>"
    color = GREY if level == 6 else NAVY
    return (
        f"Heading{level}",
        f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:uiPriority w:val="9"/>'
        f"<w:unhideWhenUsed/><w:qFormat/>"
        f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>'
        f'<w:jc w:val="left"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
        f'<w:rPr>{_fonts(HEADING_FONT)}{bold}{extra}<w:color w:val="{color}"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>',
    )


def _toc(level: int) -> tuple[str, str]:
    bold = "<w:b/>" if level == 1 else ""
    return (
        f"TOC{level}",
        f'<w:style w:type="paragraph" w:styleId="TOC{level}"><w:name w:val="toc {level}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:before="{60 if level == 1 else 0}" w:after="40"/>'
        f'<w:ind w:left="{(level - 1) * 284}"/><w:jc w:val="left"/></w:pPr>'
        f"<w:rPr>{bold}</w:rPr></w:style>",
    )


def _list(style_id: str, name: str, num_id: int, level: int) -> tuple[str, str]:
    ilvl = f'<w:ilvl w:val="{level}"/>' if level else ""
    return (
        style_id,
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>'
        f'<w:pPr><w:numPr>{ilvl}<w:numId w:val="{num_id}"/></w:numPr>'
        f'<w:spacing w:before="0" w:after="60"/><w:jc w:val="both"/></w:pPr></w:style>',
    )


STYLES: list[tuple[str, str]] = [
    (
        "Normal",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_fonts(BODY_FONT)}<w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>',
    ),
    (
        "Title",
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>'
        f'<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="{NAVY}"/></w:pBdr>'
        '<w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>'
        f'<w:rPr>{_fonts(HEADING_FONT)}<w:b/><w:bCs/><w:color w:val="{NAVY}"/><w:kern w:val="28"/>'
        '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>',
    ),
    (
        "Subtitle",
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="BodyText"/><w:uiPriority w:val="11"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="360"/><w:jc w:val="left"/></w:pPr>'
        f'<w:rPr>{_fonts(HEADING_FONT)}<w:color w:val="{GREY}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
        "</w:style>",
    ),
    _heading(1, 36, 360, 160),
    _heading(2, 30, 320, 120),
    _heading(3, 26, 240, 100),
    _heading(4, 23, 200, 80),
    _heading(5, 22, 160, 60, "<w:i/><w:iCs/>"),
    _heading(6, 22, 160, 60, "<w:i/><w:iCs/>"),
    (
        "BodyText",
        '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="120"/><w:jc w:val="both"/></w:pPr></w:style>',
    ),
    (
        "FirstParagraph",
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FirstParagraph"><w:name w:val="First Paragraph"/>'
        '<w:basedOn w:val="BodyText"/><w:next w:val="BodyText"/><w:qFormat/></w:style>',
    ),
    (
        "Compact",
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact"><w:name w:val="Compact"/>'
        '<w:basedOn w:val="BodyText"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="36" w:after="36"/><w:jc w:val="left"/></w:pPr></w:style>',
    ),
    (
        "BlockText",
        '<w:style w:type="paragraph" w:styleId="BlockText"><w:name w:val="Block Text"/><w:basedOn w:val="BodyText"/>'
        '<w:next w:val="BodyText"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="A6A6A6"/></w:pBdr>'
        '<w:spacing w:before="60" w:after="120"/><w:ind w:left="567" w:right="567"/></w:pPr>'
        '<w:rPr><w:color w:val="333333"/></w:rPr></w:style>',
    ),
    _list("ListBullet", "List Bullet", 1, 0),
    _list("ListBullet2", "List Bullet 2", 1, 1),
    _list("ListBullet3", "List Bullet 3", 1, 2),
    _list("ListNumber", "List Number", 2, 0),
    _list("ListNumber2", "List Number 2", 2, 1),
    _list("ListNumber3", "List Number 3", 2, 2),
    (
        "SourceCode",
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepLines/><w:shd w:val="clear" w:color="auto" w:fill="F4F4F4"/><w:spacing w:before="60" '
        'w:after="60" w:line="240" w:lineRule="auto"/><w:contextualSpacing/><w:jc w:val="left"/></w:pPr>'
        f'<w:rPr>{_fonts(CODE_FONT)}<w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>',
    ),
    (
        "VerbatimChar",
        '<w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{_fonts(CODE_FONT)}<w:sz w:val="20"/></w:rPr></w:style>',
    ),
    (
        "Hyperlink",
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:color w:val="1F4E99"/><w:u w:val="single"/></w:rPr></w:style>',
    ),
    (
        "Table",
        '<w:style w:type="table" w:customStyle="1" w:styleId="Table"><w:name w:val="Table"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/></w:tblBorders>'
        '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF1F5"/></w:tcPr></w:tblStylePr></w:style>',
    ),
    (
        "TOCHeading",
        '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
        '<w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="200"/><w:outlineLvl w:val="9"/></w:pPr></w:style>',
    ),
    *(_toc(level) for level in range(1, 7)),
    (
        "Header",
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr>'
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_fonts(HEADING_FONT)}<w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>'
        "</w:style>",
    ),
    (
        "Footer",
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr>'
        f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:rPr>{_fonts(HEADING_FONT)}<w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>'
        "</w:style>",
    ),
]

DOC_DEFAULTS = (
    f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{_fonts(BODY_FONT)}"
    '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
)


def _replace_styles(document: docx.document.Document) -> None:
    styles = document.styles.element
    old_defaults = styles.find(qn("w:docDefaults"))
    old_defaults.addnext(parse_xml(DOC_DEFAULTS))
    styles.remove(old_defaults)
    by_id = {style.get(qn("w:styleId")): style for style in styles.iterfind(qn("w:style"))}
    for style_id, xml in STYLES:
        new = parse_xml(xml.replace("<w:style ", f"<w:style {nsdecls('w')} ", 1))
        old = by_id.get(style_id)
        if old is not None:
            old.addnext(new)
            styles.remove(old)
        else:
            styles.append(new)
    # Character styles linked to the paragraph styles we replaced keep the old look: unlink them.
    replaced = {style_id for style_id, _ in STYLES}
    for style in list(styles.iterfind(qn("w:style"))):
        link = style.find(qn("w:link"))
        if link is not None and link.get(qn("w:val")) in replaced:
            style.remove(link)


#: The names of Word 2007's gallery of table looks (Light Shading, Medium Grid 2 - Accent 3...), 96
#: styles and five sixths of python-docx's styles.xml. The export never uses them, and Word offers
#: its built-in table styles whether a document defines them or not, so they go: every export
#: parses, writes and compresses its template's styles again, and this is 300 kB of them.
TABLE_GALLERY = re.compile(r"(?:Light|Medium|Dark|Colorful) (?:Shading|List|Grid)\b", re.IGNORECASE)


def _drop_table_gallery(document: docx.document.Document) -> None:
    styles = document.styles.element
    for style in list(styles.iterfind(qn("w:style"))):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and name is not None and TABLE_GALLERY.match(name.get(qn("w:val"))):
            styles.remove(style)


def _replace_numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(parse_xml(abstract_num_xml(0, ordered=False, nsid="5E110000")))
    numbering.append(parse_xml(abstract_num_xml(1, ordered=True, nsid="5E110001")))
    for num_id, abstract_id in ((1, 0), (2, 1)):
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
        )


def _page_setup(document: docx.document.Document) -> None:
    sect = document.sections[0]._sectPr
    for child in list(sect):
        sect.remove(child)
    sect.append(parse_xml(f'<w:pgSz {nsdecls("w")} w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'))
    sect.append(
        parse_xml(
            f'<w:pgMar {nsdecls("w")} w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
            'w:header="709" w:footer="709" w:gutter="0"/>'
        )
    )
    sect.append(parse_xml(f'<w:cols {nsdecls("w")} w:space="708"/>'))
    sect.append(parse_xml(f'<w:docGrid {nsdecls("w")} w:linePitch="360"/>'))
    for attribute in list(sect.attrib):
        del sect.attrib[attribute]


def _settings(document: docx.document.Document) -> None:
    settings = document.settings.element
    for name, value in (("themeFontLang", "fr-FR"), ("decimalSymbol", ","), ("listSeparator", ";")):
        element = settings.find(qn(f"w:{name}"))
        element.set(qn("w:val"), value)
        if name == "themeFontLang":
            for attribute in ("w:eastAsia", "w:bidi"):
                element.attrib.pop(qn(attribute), None)
    rsids = settings.find(qn("w:rsids"))
    if rsids is not None:
        settings.remove(rsids)


def _drop_parts(document: docx.document.Document) -> None:
    """stylesWithEffects is stale once styles change; the thumbnail shows python-docx's sample page."""
    for rels, reltype in ((document.part.rels, STYLES_WITH_EFFECTS), (document.part.package.rels, RT.THUMBNAIL)):
        for r_id, rel in list(rels.items()):
            if rel.reltype == reltype:
                del rels[r_id]


def _body(document: docx.document.Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _properties(document: docx.document.Document) -> None:
    props = document.core_properties
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    props.author = ""
    props.last_modified_by = ""
    props.title = "Policy Editor reference document"
    props.subject = ""
    props.comments = "Styles for Policy Editor's DOCX export (built by build_reference_docx.py)."
    props.language = "fr-FR"
    props.created = stamp
    props.modified = stamp
    props.revision = 1


def build() -> docx.document.Document:
    """The reference document, built from python-docx's default one."""
    document = docx.Document()
    _body(document)
    _replace_styles(document)
    _drop_table_gallery(document)
    _replace_numbering(document)
    _page_setup(document)
    _settings(document)
    _drop_parts(document)
    _properties(document)
    return document


def build_bytes() -> bytes:
    stream = io.BytesIO()
    build().save(stream)
    return stream.getvalue()


def main() -> int:
    atomic_write(OUTPUT, build_bytes(), keep_backup=False)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
