"""resources/templates/reference.docx is exactly what its build script makes, with pandoc's styles."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "resources" / "templates" / "build_reference_docx.py"
COMMITTED = ROOT / "resources" / "templates" / "reference.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMPARED_PARTS = ("word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/document.xml")


@pytest.fixture(scope="module")
def built() -> bytes:
    spec = importlib.util.spec_from_file_location("build_reference_docx", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_bytes()


def _canonical(data: bytes, part: str) -> bytes:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(part))
    return etree.tostring(root, method="c14n")


@pytest.mark.parametrize("part", COMPARED_PARTS)
def test_committed_template_matches_the_script(built: bytes, part: str) -> None:
    assert _canonical(built, part) == _canonical(COMMITTED.read_bytes(), part), (
        f"{part} differs: run `python resources/templates/build_reference_docx.py` and commit the result"
    )


def test_template_has_the_styles_pandoc_uses() -> None:
    document = docx.Document(str(COMMITTED))
    names = {style.name for style in document.styles}
    for name in (
        "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5", "Heading 6",
        "Body Text", "First Paragraph", "Compact", "List Bullet", "List Number", "Block Text", "Table",
        "Hyperlink", "Source Code", "Verbatim Char", "TOC Heading",
    ):  # fmt: skip
        assert name in names, name
    assert document.styles["Hyperlink"].font.underline
    assert document.styles["Heading 2"].paragraph_format.keep_with_next


def test_template_is_a4_french_and_clean() -> None:
    document = docx.Document(str(COMMITTED))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "fr-FR"
    assert document.settings.element.find(f"{W}decimalSymbol").get(f"{W}val") == ","
    assert document.core_properties.author == ""
    assert document.core_properties.created.year >= 2026
    names = zipfile.ZipFile(COMMITTED).namelist()
    assert "word/stylesWithEffects.xml" not in names and not any("thumbnail" in n for n in names)
    assert not document.paragraphs


def test_list_styles_use_our_numbering() -> None:
    document = docx.Document(str(COMMITTED))
    numbering = document.part.numbering_part.element
    formats = {
        a.get(f"{W}abstractNumId"): a.find(f"{W}lvl/{W}numFmt").get(f"{W}val")
        for a in numbering.iterfind(f"{W}abstractNum")
    }
    nums = {n.get(f"{W}numId"): n.find(f"{W}abstractNumId").get(f"{W}val") for n in numbering.iterfind(f"{W}num")}
    for style, expected in (("List Bullet", "bullet"), ("List Number", "decimal")):
        num_id = document.styles[style].element.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        assert formats[nums[num_id]] == expected


def test_template_leaves_out_words_table_gallery() -> None:
    """Word's 96 gallery table looks (Light Shading, Medium Grid 2 - Accent 3...) are 300 kB that
    every export would parse, write and compress again; the table styles the export uses stay."""
    document = docx.Document(str(COMMITTED))
    table_styles = {style.name for style in document.styles if style.type == WD_STYLE_TYPE.TABLE}
    assert table_styles == {"Normal Table", "Table Grid", "Table"}
    assert len(zipfile.ZipFile(COMMITTED).read("word/styles.xml")) < 60_000
