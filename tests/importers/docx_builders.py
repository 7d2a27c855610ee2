"""Small Word documents built for the DOCX importer tests (python-docx plus raw WordprocessingML)."""

from __future__ import annotations

import io
import struct
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn


def _save(document: docx.document.Document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _set_lang(document: docx.document.Document, locale: str) -> None:
    lang = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    lang.set(qn("w:val"), locale)


def english_headings() -> bytes:
    document = docx.Document()
    _set_lang(document, "en-GB")
    document.add_paragraph("Privacy policy", style="Title")
    document.add_paragraph("Data we collect", style="Heading 1")
    document.add_paragraph("We collect your name.")
    document.add_paragraph("Cookies", style="Heading 2")
    document.add_paragraph("We use cookies.")
    document.add_paragraph("Your rights", style="Heading 1")
    document.add_paragraph("Write to us.")
    return _save(document)


def french_custom_style_names() -> bytes:
    """Styles literally named "Titre 1" / "Titre 2" (custom styles some French templates carry)."""
    document = docx.Document()
    for level in (1, 2):
        style = document.styles.add_style(f"Titre {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.font.bold = True
    document.add_paragraph("Données collectées", style="Titre 1")
    document.add_paragraph("Nous collectons votre nom.")
    document.add_paragraph("Cookies", style="Titre 2")
    document.add_paragraph("Des cookies de mesure d’audience.")
    document.add_paragraph("Vos droits", style="Titre 1")
    document.add_paragraph("Écrivez-nous.")
    return _save(document)


def french_word_built_in_ids() -> bytes:
    """As French Word saves built-in headings: style id "Titre1", name "heading 1"."""
    document = docx.Document()
    document.add_paragraph("Données collectées", style="Heading 1")
    document.add_paragraph("Nous collectons votre nom.")
    document.add_paragraph("Cookies", style="Heading 2")
    document.add_paragraph("Des cookies.")
    document.add_paragraph("Vos droits", style="Heading 1")
    document.add_paragraph("Écrivez-nous.")
    for level in (1, 2):
        style = document.styles[f"Heading {level}"].element
        style.set(qn("w:styleId"), f"Titre{level}")
    for paragraph in document.paragraphs:
        style = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style is not None and style.get(qn("w:val")).startswith("Heading"):
            style.set(qn("w:val"), "Titre" + style.get(qn("w:val"))[-1])
    return _save(document)


def bold_paragraph_headings() -> bytes:
    """No heading styles: titles are short paragraphs in bold, as many hand-made policies are."""
    document = docx.Document()
    for title, text in (
        ("Article 1 – Données collectées", "Nous collectons votre nom et votre adresse électronique."),
        ("Article 2 – Vos droits", "Vous disposez d’un droit d’accès, de rectification et d’effacement."),
    ):
        document.add_paragraph().add_run(title).bold = True
        paragraph = document.add_paragraph("Un paragraphe avec un mot en ")
        paragraph.add_run("gras").bold = True
        paragraph.add_run(" au milieu. " + text)
    return _save(document)


def no_headings_at_all() -> bytes:
    document = docx.Document()
    document.add_paragraph("Un texte sans titre.")
    document.add_paragraph("Un second paragraphe.")
    return _save(document)


def tracked_changes_and_comments() -> bytes:
    document = docx.Document()
    document.add_paragraph("Conservation", style="Heading 2")
    paragraph = document.add_paragraph("Les données sont conservées ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="Juriste" w:date="2026-03-01T10:00:00Z">'
            "<w:r><w:delText>cinq ans</w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="2" w:author="Juriste" w:date="2026-03-01T10:00:00Z">'
            "<w:r><w:t>trois ans</w:t></w:r></w:ins>"
        )
    )
    paragraph.add_run(" après la fin du contrat.")
    commented = document.add_paragraph("Ce point est à valider.")
    document.add_comment(commented.runs, text="Vérifier la durée avec le DPO", author="Juriste")
    return _save(document)


def zip_with(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", compression) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return stream.getvalue()


def zip_bomb_ratio() -> bytes:
    """A 64 MB document.xml of one repeated byte: about 1000:1."""
    return zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<" + b" " * (64 * 1024 * 1024)})


def zip_bomb_declared_size() -> bytes:
    """A small valid entry whose central directory claims 3 GB (caught before anything is read)."""
    data = bytearray(zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))
    return _patch_central_sizes(data, "word/document.xml", uncompressed=3 * 1024**3)


def zip_lying_about_size() -> bytes:
    """An entry that inflates to more than its header says (declared 100 bytes, real 2 MB)."""
    data = bytearray(
        zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b"a" * 2_000_000})
    )
    return _patch_central_sizes(data, "word/document.xml", uncompressed=100)


def _patch_central_sizes(data: bytearray, name: str, uncompressed: int) -> bytes:
    encoded = name.encode()
    position = 0
    while True:
        position = data.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == encoded:
            struct.pack_into("<I", data, position + 24, uncompressed & 0xFFFFFFFF)
        position += 4
    local = data.find(b"PK\x03\x04" + b"", 0)
    while local >= 0:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == encoded:
            struct.pack_into("<I", data, local + 22, uncompressed & 0xFFFFFFFF)
        local = data.find(b"PK\x03\x04", local + 4)
    return bytes(data)


def many_entries(count: int = 6000) -> bytes:
    entries = {"word/document.xml": b"<w:document/>"}
    entries.update({f"word/media/{n}.bin": b"" for n in range(count)})
    return zip_with(entries, zipfile.ZIP_STORED)


def with_dtd() -> bytes:
    billion = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b"<w:document>&lol2;</w:document>"
    )
    return zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": billion})


def spreadsheet() -> bytes:
    return zip_with({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def opendocument() -> bytes:
    return zip_with({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})
