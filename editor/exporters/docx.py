"""DOCX export: a Word document legal staff can sign off, from the same trees as the preview.

The document starts from a template (our ``resources/templates/reference.docx``, or the user's
``reference_doc``): its styles, page setup and numbering definitions are kept, its body is
replaced. Then: the title and the "last updated" line, a table of contents field (filled by Word
on opening; pre-filled with linked entries meanwhile), every section (see
:mod:`editor.exporters.docx_body`), a header with the policy title and a footer with the
version, the localised update line and "Page X / Y". The proofing language (``w:lang`` in the
style defaults), the core properties and settings follow the policy.

Options: see :data:`OPTIONS` (the title block and contents come from :mod:`.frame`, shared with HTML).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from functools import lru_cache

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shape import CT_Inline
from docx.shared import Emu
from lxml import etree

from editor import __version__
from editor.errors import ExportFailed
from editor.exporters import labels
from editor.exporters.docx_body import BodyWriter
from editor.exporters.docx_fields import page_of_pages, set_no_expand_shift_return, set_update_fields, toc_xml
from editor.exporters.docx_numbering import ListNumbering
from editor.exporters.docx_styles import StyleMap, reference_path
from editor.exporters.docx_text import clean, runs
from editor.exporters.frame import Frame, build_frame
from editor.exporters.options import PROFILE, TOC, UPDATED, ExportContext, Option
from editor.model.policy import Policy
from editor.render.pipeline import body_tree, title_tree
from editor.storage import read_bytes

TWIPS_PER_EMU = 635
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
DEFAULT_TEXT_WIDTH = 9070

OPTIONS: tuple[Option, ...] = (
    Option("reference_doc", "path", "a Word .docx whose styles, page setup, header and footer to use"),
    PROFILE,
    TOC,
    UPDATED,
)


def export(policy: Policy, context: ExportContext) -> bytes:
    """Registry entry of ``docx``."""
    return DocxExport(policy, context).build()


@lru_cache(maxsize=1)
def _default_template() -> bytes:
    with open(reference_path(), "rb") as handle:
        return handle.read()


def _template(path: str | None) -> Document:
    if not path:
        return docx.Document(io.BytesIO(_default_template()))
    try:
        data = read_bytes(str(path))
    except ExportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - ImportFailed from storage: same message, export side
        raise ExportFailed("docx.reference_unreadable", path=str(path), detail=str(error)) from None
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ExportFailed(
            "docx.reference_invalid", path=str(path), detail=str(error) or type(error).__name__
        ) from None
    except Exception as error:  # noqa: BLE001 - python-docx raises several kinds for non-documents
        raise ExportFailed("docx.reference_invalid", path=str(path), detail=type(error).__name__) from None


def _drop_styles_with_effects(document: Document) -> None:
    """Word 2010's stylesWithEffects.xml is a cache of styles.xml; once styles change it is stale and
    Word may report unreadable content, so it goes (Word rebuilds it)."""
    rels = document.part.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            del rels[r_id]


def _now() -> dt.datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` for reproducible builds (as pandoc does)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _ordinal_runs(text: str) -> str:
    """Runs for a line holding a French date: "1er" of "1er mars" as 1 + superscript "er"."""
    head, marker, tail = text.partition(" 1er\u00a0")
    if not marker:
        return runs(text, "")
    superscript = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    return runs(head + " 1", "") + runs("er", superscript) + runs("\u00a0" + tail, "")


class DocxExport:
    """One export: the template document and the writer that fills it."""

    def __init__(self, policy: Policy, context: ExportContext) -> None:
        self.policy = policy
        self.context = context.render
        self.frame: Frame = build_frame(policy, context)
        self.locale = policy.meta.locale or "fr-FR"
        self.document = _template(context.reference_doc)
        self._links: dict[str, str] = {}
        self._shape_id = 1000

    def build(self) -> bytes:
        document = self.document
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _drop_styles_with_effects(document)
        styles = StyleMap(document.styles.element)
        numbering = ListNumbering(
            document.part.numbering_part.element, styles.num_id("List Bullet"), styles.num_id("List Number")
        )
        writer = BodyWriter(
            styles.ids, numbering, self._relate, self._inline_image, self._text_width(), self.policy.ids()
        )
        self._title_block(writer, styles.ids)
        self._toc(writer, styles.ids)
        for section in self.policy.walk():
            if section.title:
                writer.heading(section.level, section.id, title_tree(section.title, self.context))
            else:
                writer.bookmark_only(section.id)
            writer.body(body_tree(section.body, self.context))
        fragment = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(writer.parts)}</w:body>")
        end = body.find(qn("w:sectPr"))
        for child in list(fragment):
            if end is not None:
                end.addprevious(child)
            else:
                body.append(child)
        self._header_footer(styles.ids)
        self._language()
        self._properties()
        set_no_expand_shift_return(document.settings.element)  # "Droit de          rectification"
        if self.frame.toc_entries():
            set_update_fields(document.settings.element)
        stream = io.BytesIO()
        document.save(stream)
        return stream.getvalue()

    # -- parts of the body -------------------------------------------------------------------

    def _title_block(self, writer: BodyWriter, styles: dict[str, str]) -> None:
        frame = self.frame
        if frame.title is not None:
            title = writer.inline_content(frame.title)
            writer.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{styles["Title"]}"/></w:pPr>{title}</w:p>')
        line = " \u00b7 ".join(part for part in (frame.organisation, frame.updated_line, frame.version_line) if part)
        if not line:
            return
        writer.parts.append(f'<w:p><w:pPr><w:pStyle w:val="{styles["Subtitle"]}"/></w:pPr>{_ordinal_runs(line)}</w:p>')

    def _toc(self, writer: BodyWriter, styles: dict[str, str]) -> None:
        entries = [(entry.level, entry.id, writer.inline_content(entry.title)) for entry in self.frame.toc_entries()]
        if not entries:
            return
        writer.parts.append(toc_xml(self.frame.contents_label, entries, styles))
        writer.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    # -- callbacks of the body writer --------------------------------------------------------

    def _relate(self, url: str) -> str:
        r_id = self._links.get(url)
        if r_id is None:
            r_id = self._links[url] = self.document.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return r_id

    def _inline_image(self, data: bytes) -> str | None:
        try:
            r_id, image = self.document.part.get_or_add_image(io.BytesIO(data))
        except Exception:  # noqa: BLE001 - python-docx raises many kinds for unreadable images
            return None
        max_width = Emu(self._text_width() * TWIPS_PER_EMU)
        width, height = image.width, image.height
        if width > max_width:
            width, height = image.scaled_dimensions(max_width, None)
        self._shape_id += 1
        inline = CT_Inline.new_pic_inline(self._shape_id, r_id, image.filename, width, height)
        return f"<w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing>"

    def _text_width(self) -> int:
        sect = self.document.element.body.find(qn("w:sectPr"))
        if sect is None:
            return DEFAULT_TEXT_WIDTH
        size, margins = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
        try:
            width = int(size.get(qn("w:w")))
            left, right = int(margins.get(qn("w:left"))), int(margins.get(qn("w:right")))
        except (AttributeError, TypeError, ValueError):
            return DEFAULT_TEXT_WIDTH
        return max(width - left - right, 1440)

    # -- document-level parts ----------------------------------------------------------------

    def _header_footer(self, styles: dict[str, str]) -> None:
        section = self.document.sections[-1]
        title = self.frame.plain_title
        header_right = self.policy.meta.organisation
        header = f'<w:p><w:pPr><w:pStyle w:val="{styles["header"]}"/></w:pPr>{runs(title, "")}'
        if header_right:
            header += runs("\t" + header_right, "")
        header += "</w:p>"
        left = " \u00b7 ".join(part for part in (self.frame.version_line, self.frame.updated_line) if part)
        footer = (
            f'<w:p><w:pPr><w:pStyle w:val="{styles["footer"]}"/></w:pPr>{_ordinal_runs(left + chr(9))}'
            f"{page_of_pages(labels.label(self.locale, 'page'), labels.label(self.locale, 'of'))}</w:p>"
        )
        for part, xml in ((section.header, header), (section.footer, footer)):
            part.is_linked_to_previous = False
            element = part._element
            if "".join(element.itertext()).strip() or element.find(".//" + qn("w:drawing")) is not None:
                continue  # a company template's own header or footer (logo, address) is kept
            for child in list(element):
                element.remove(child)
            element.append(parse_xml(xml.replace("<w:p>", f"<w:p {nsdecls('w')}>", 1)))

    def _language(self) -> None:
        """``w:lang`` of the style defaults (what Word and LibreOffice proof-read with) and the theme."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
            styles.insert(0, defaults)
        r_defaults = defaults.find(qn("w:rPrDefault"))
        if r_defaults is None:
            r_defaults = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
            defaults.insert(0, r_defaults)
        rpr = r_defaults.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            r_defaults.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
            rpr.append(lang)  # w:lang is the last of the run properties we write here
        lang.set(qn("w:val"), self.locale)
        theme_lang = self.document.settings.element.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), self.locale)

    def _properties(self) -> None:
        meta = self.policy.meta
        props = self.document.core_properties
        now = _now()
        props.title = clean(self.frame.plain_title)
        props.subject = clean(meta.extra.get("subject", "")) or props.title
        props.language = clean(self.locale)
        props.author = clean(meta.organisation)
        props.last_modified_by = clean(meta.organisation) or "Policy Editor"
        props.comments = clean(meta.extra.get("description", ""))
        props.keywords = ""
        props.category = ""
        props.content_status = clean(meta.status)
        props.created = dt.datetime.combine(meta.effective, dt.time(), tzinfo=dt.UTC) if meta.effective else now
        props.modified = now
        props.version = clean(meta.version)
        element = props._element  # cp:revision is text in OPC; python-docx only writes integers
        element._set_element_text("revision", clean(meta.version) or "1")
        self._app_properties(clean(meta.organisation))

    def _app_properties(self, organisation: str) -> None:
        for part in self.document.part.package.iter_parts():
            if str(part.partname) != "/docProps/app.xml":
                continue
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return
            namespace = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
            for name, value in (("Application", f"Policy Editor {__version__}"), ("Company", organisation)):
                element = root.find(namespace + name)
                if element is None:
                    element = etree.SubElement(root, namespace + name)
                element.text = value
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            return


__all__ = ["DocxExport", "export"]
