"""The DOCX export read back with python-docx: styles, numbering, links, language, properties, fields."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xss import load_vectors

from editor.cli import main
from editor.errors import ExportFailed
from editor.exporters import export_bytes, exporter_for
from editor.model import Metadata, Policy, Section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

BODY = (
    "Le responsable est Exemple\u00a0SAS. Durée\u202f: 13\u00a0mois, « cookies\u202f».\n\n"
    "Second paragraphe avec **gras**, *italique* et `code`.\n\n"
    "- premier\n- second\n    1. sous-un\n    2. sous-deux\n- troisième\n\n"
    "1. un\n2. deux\n\n"
    "Texte entre deux listes numérotées.\n\n"
    "1. encore un\n2. encore deux\n\nPuis\u202f:\n\n"
    "5. cinq\n6. six\n\n"
    "Voir [la CNIL](https://www.cnil.fr/) et [vos droits](#droits).  \nLigne suivante.\n\n"
    "> Article 6 du RGPD.\n\n"
    "| Donnée | Durée |\n|:--|--:|\n| e-mail | 3\u00a0ans |\n| journaux | 1\u00a0an |"
)


def _policy(locale: str = "fr-FR", profile: str | None = None, **meta: object) -> Policy:
    sections = (
        Section(
            "donnees",
            "Données collectées",
            2,
            BODY,
            (Section("cookies", "Cookies", 3, "Nous déposons des cookies."),),
        ),
        Section("droits", "Vos droits", 2, "Écrivez à <dpo@exemple.fr>."),
    )
    fields: dict[str, object] = {
        "title": "Politique de confidentialité",
        "locale": locale,
        "version": "2.1",
        "organisation": "Exemple SAS",
        "effective": dt.date(2025, 5, 25),
        "updated": dt.date(2026, 3, 14),
        "profile": profile or "fine",
    } | meta
    return Policy(Metadata(**fields), sections)  # type: ignore[arg-type]


def _export(policy: Policy, **options: object) -> docx.document.Document:
    options.setdefault("profile", "none")
    return docx.Document(io.BytesIO(export_bytes(policy, "docx", options)))


def _body_paragraphs(document: docx.document.Document) -> list:
    return [p for p in document.paragraphs if p.text.strip()]


def _num(paragraph) -> tuple[str, str] | None:
    numpr = paragraph._p.find(f"{W}pPr/{W}numPr")
    if numpr is None:
        return None
    return numpr.find(f"{W}numId").get(f"{W}val"), numpr.find(f"{W}ilvl").get(f"{W}val")


def test_registered_for_docx_suffix() -> None:
    assert exporter_for("politique.DOCX").name == "docx"


def test_styles_of_the_blocks() -> None:
    document = _export(_policy())
    styles = [(p.style.name, p.text[:20]) for p in _body_paragraphs(document)]
    names = [name for name, _ in styles]
    assert names[0] == "Title" and names[1] == "Subtitle"
    assert ("Heading 2", "Données collectées") in styles and ("Heading 3", "Cookies") in styles
    assert names[names.index("Heading 2") + 1] == "First Paragraph"
    assert names[names.index("Heading 2") + 2] == "Body Text"
    for name in ("List Bullet", "List Number", "Block Text"):
        assert name in names
    table = document.tables[0]
    assert table.style.name == "Table"
    assert [cell.text for cell in table.rows[1].cells] == ["e-mail", "3\u00a0ans"]
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(p.style.name == "Compact" for row in table.rows for cell in row.cells for p in cell.paragraphs)


def test_headings_keep_with_next_and_carry_bookmarks_named_by_section_id() -> None:
    document = _export(_policy())
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [h.text for h in headings] == ["Données collectées", "Cookies", "Vos droits"]
    for heading, section_id in zip(headings, ["donnees", "cookies", "droits"], strict=True):
        assert heading.paragraph_format.keep_with_next or heading.style.paragraph_format.keep_with_next
        assert heading._p.find(f"{W}pPr/{W}keepNext") is not None
        marks = heading._p.findall(f"{W}bookmarkStart")
        assert [m.get(f"{W}name") for m in marks] == [section_id]


def test_hyperlinks_external_and_internal() -> None:
    document = _export(_policy())
    links = [(h.url, h.fragment, h.text) for p in document.paragraphs for h in p.hyperlinks]
    assert ("https://www.cnil.fr/", "", "la CNIL") in links
    assert ("", "droits", "vos droits") in links
    assert ("mailto:dpo@exemple.fr", "", "dpo@exemple.fr") in links
    bookmarks = {b.get(f"{W}name") for b in document.element.body.iter(f"{W}bookmarkStart")}
    internal = {h.fragment for p in document.paragraphs for h in p.hyperlinks if h.fragment}
    assert internal <= bookmarks
    run = next(h for p in document.paragraphs for h in p.hyperlinks if h.url).runs[0]
    assert run.style.name == "Hyperlink"


def test_lists_have_real_numbering_that_restarts_and_nests() -> None:
    document = _export(_policy())
    numbered = [(p.style.name, p.text, _num(p)) for p in document.paragraphs if _num(p)]
    by_text = {text: num for _, text, num in numbered}
    assert by_text["premier"] == by_text["second"] == by_text["troisième"]
    assert by_text["premier"][1] == "0" and by_text["sous-un"][1] == "1"
    assert by_text["sous-un"][0] == by_text["sous-deux"][0] != by_text["premier"][0]
    lists = [by_text["un"][0], by_text["encore un"][0], by_text["cinq"][0]]
    assert len(set(lists)) == 3, "each ordered list gets its own w:num, so it restarts"
    numbering = document.part.numbering_part.element
    nums = {n.get(qn("w:numId")): n for n in numbering.iterfind(qn("w:num"))}

    def start(num_id: str, level: str = "0") -> int:
        override = next(o for o in nums[num_id].iterfind(qn("w:lvlOverride")) if o.get(qn("w:ilvl")) == level)
        return int(override.find(qn("w:startOverride")).get(qn("w:val")))

    assert start(by_text["un"][0]) == 1 and start(by_text["encore un"][0]) == 1
    assert start(by_text["cinq"][0]) == 5
    abstract = {n: nums[n].find(qn("w:abstractNumId")).get(qn("w:val")) for n in nums}
    assert abstract[by_text["un"][0]] != abstract[by_text["premier"][0]]
    formats = {
        a.get(qn("w:abstractNumId")): a.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val"))
        for a in numbering.iterfind(qn("w:abstractNum"))
    }
    assert formats[abstract[by_text["un"][0]]] == "decimal"
    assert formats[abstract[by_text["premier"][0]]] == "bullet"


def test_bold_italic_code_superscript_and_line_break() -> None:
    document = _export(_policy(), profile="fine")
    runs = {run.text: run for p in document.paragraphs for run in p.runs}
    assert runs["gras"].bold and runs["italique"].italic
    assert runs["code"].style.name == "Verbatim Char"
    breaks = [p for p in document.paragraphs if "Ligne suivante" in p.text]
    assert breaks and breaks[0]._p.find(f".//{W}br") is not None
    policy = _policy(profile="fine")
    policy = Policy(policy.meta, (Section("a", "Le 1er article", 2, "Au XIXe siècle."),))
    document = docx.Document(io.BytesIO(export_bytes(policy, "docx", {})))
    sup = [run.text for p in document.paragraphs for run in p.runs if run.font.superscript]
    assert "er" in sup and "e" in sup


def test_no_break_spaces_are_written_as_such() -> None:
    policy = _policy()
    document = _export(policy)
    data = export_bytes(policy, "docx", {"profile": "none"})
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    texts = "".join(t.text or "" for t in document.element.body.iter(f"{W}t"))
    source = "".join(section.body for section in policy.walk())
    line = "Exemple SAS · Dernière mise à jour\u00a0: 14\u00a0mars 2026 · Version 2.1"
    assert texts.count("\u00a0") == source.count("\u00a0") + line.count("\u00a0")
    assert texts.count("\u202f") == source.count("\u202f")
    assert "\u202f" in xml and "&#160;" not in xml and "\u00a0" in xml


def test_language_in_style_defaults_and_settings() -> None:
    for locale in ("fr-FR", "en-GB"):
        document = _export(_policy(locale))
        lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert lang.get(f"{W}val") == locale
        assert document.settings.element.find(f"{W}themeFontLang").get(f"{W}val") == locale
        assert document.core_properties.language == locale


def test_core_properties() -> None:
    props = _export(_policy()).core_properties
    assert props.title == "Politique de confidentialité"
    assert props.subject == "Politique de confidentialité"
    assert props.author == "Exemple SAS"
    assert props.version == "2.1"
    assert props.created.date() == dt.date(2025, 5, 25)
    assert props.modified.date() >= dt.date(2026, 1, 1)
    revision = props._element.find("{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}revision")
    assert revision.text == "2.1"


def test_core_properties_follow_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    props = _export(_policy(effective=None)).core_properties
    assert props.created == props.modified == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(("locale", "title"), [("fr-FR", "Sommaire"), ("en-GB", "Contents")])
def test_table_of_contents_field_updated_on_open(locale: str, title: str) -> None:
    document = _export(_policy(locale))
    body = document.element.body
    sdt = body.find(f"{W}sdt")
    assert sdt.find(f".//{W}docPartGallery").get(f"{W}val") == "Table of Contents"
    texts = [t.text for t in sdt.iter(f"{W}t")]
    assert texts[0] == title
    assert texts[1:] == ["Données collectées", "Cookies", "Vos droits"]
    instruction = "".join(i.text for i in sdt.iter(f"{W}instrText"))
    assert 'TOC \\o "2-4" \\h' in instruction
    begin = sdt.find(f".//{W}fldChar")
    assert begin.get(f"{W}fldCharType") == "begin" and begin.get(f"{W}dirty") == "true"
    anchors = [h.get(f"{W}anchor") for h in sdt.iter(f"{W}hyperlink")]
    assert anchors == ["donnees", "cookies", "droits"]
    settings_xml = document.settings.element
    update = settings_xml.find(f"{W}updateFields")
    assert update is not None and update.get(f"{W}val") == "true"
    tags = [child.tag for child in settings_xml]
    assert tags.index(f"{W}updateFields") < tags.index(f"{W}compat")


def test_toc_can_be_left_out() -> None:
    document = _export(_policy(), toc="false")
    assert document.element.body.find(f"{W}sdt") is None
    assert document.settings.element.find(f"{W}updateFields") is None


@pytest.mark.parametrize(
    ("locale", "update"),
    [("fr-FR", "Dernière mise à jour\u00a0: 14\u00a0mars 2026"), ("en-GB", "Last updated: 14 March 2026")],
)
def test_header_and_footer(locale: str, update: str) -> None:
    section = _export(_policy(locale)).sections[0]
    assert section.header.paragraphs[0].text.startswith("Politique de confidentialité")
    footer = section.footer.paragraphs[0]
    assert "Version 2.1" in footer.text and update in footer.text
    instructions = [i.text.strip() for i in footer._p.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Page 1 / 1" in footer.text


def test_a4_page_and_french_template_defaults() -> None:
    section = _export(_policy()).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_reference_doc_styles_are_used_and_missing_ones_added(tmp_path) -> None:
    company = docx.Document()  # python-docx's default: no First Paragraph, Compact, Hyperlink, Table...
    company.styles["Body Text"].font.name = "Garamond"
    company.sections[0].header.paragraphs[0].text = "ACME — Direction juridique"
    path = tmp_path / "acme.docx"
    company.save(str(path))
    document = _export(_policy(), reference_doc=str(path))
    assert document.styles["Body Text"].font.name == "Garamond"
    for name in ("First Paragraph", "Compact", "Hyperlink", "Table", "Block Text", "Verbatim Char"):
        assert document.styles[name] is not None
    assert document.sections[0].header.paragraphs[0].text == "ACME — Direction juridique"
    assert any(p.style.name == "First Paragraph" for p in document.paragraphs)
    assert round(document.sections[0].page_width.mm) == 216  # the company template's page (Letter) is kept
    parts = zipfile.ZipFile(io.BytesIO(export_bytes(_policy(), "docx", {"reference_doc": str(path)}))).namelist()
    assert "word/stylesWithEffects.xml" not in parts  # a stale cache Word would call unreadable content


def test_styles_a_template_bases_ours_on_are_added(tmp_path) -> None:
    template = tmp_path / "pandoc-like.docx"
    company = docx.Document()
    table_normal = company.styles["Normal Table"].element
    table_normal.getparent().remove(table_normal)  # as in pandoc's template: "Table" based on a missing style
    company.save(str(template))
    document = _export(_policy(), reference_doc=str(template))
    ids = {style.style_id for style in document.styles}
    for style in document.styles:
        base = style.element.find(f"{W}basedOn")
        if style.name in {"Table", "Compact", "First Paragraph", "Hyperlink"} and base is not None:
            assert base.get(f"{W}val") in ids, style.name


@pytest.mark.parametrize("content", [b"not a zip", b"PK\x03\x04 broken"])
def test_bad_reference_doc_is_a_clear_error(tmp_path, content: bytes) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(ExportFailed) as caught:
        export_bytes(_policy(), "docx", {"reference_doc": str(path)})
    assert str(path) in str(caught.value) and "Word template" in str(caught.value)
    with pytest.raises(ExportFailed):
        export_bytes(_policy(), "docx", {"reference_doc": str(tmp_path / "missing.docx")})


@pytest.mark.parametrize(("name", "vector"), load_vectors(), ids=[name for name, _ in load_vectors()])
def test_xss_vectors_give_no_unsafe_hyperlink(name: str, vector: str) -> None:
    target = vector.replace("\n", " ").replace(")", "%29")
    policy = Policy(Metadata(title="T"), (Section("s", "S", 2, f"{vector}\n\n[lien]({target}) ![i]({target})"),))
    data = export_bytes(policy, "docx")
    document = docx.Document(io.BytesIO(data))
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/hyperlink"):
            assert rel.target_ref.lower().startswith(("http:", "https:", "mailto:", "tel:")), rel.target_ref
    for part in zipfile.ZipFile(io.BytesIO(data)).namelist():
        assert not part.lower().endswith((".svg", ".js", ".html"))


def test_control_characters_do_not_break_the_document() -> None:
    policy = Policy(Metadata(title="T\x07"), (Section("s", "S\x0b", 2, "a\x00b\x1fc\ttab"),))
    document = _export(policy)
    assert any("abc" in p.text for p in document.paragraphs)


markdown_text = st.lists(
    st.sampled_from(list("ab *_`#>-|[]()!:\n\t1.\u00a0\u202f<&\"'") + ["**", "- ", "1. ", "\n\n", "    ", "```"]),
    max_size=60,
).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(markdown_text, min_size=1, max_size=4))
def test_any_markdown_exports_to_a_readable_document(bodies: list[str]) -> None:
    sections = tuple(Section(f"s{i}", f"Titre {i}", 2, body) for i, body in enumerate(bodies))
    document = docx.Document(io.BytesIO(export_bytes(Policy(Metadata(title="T"), sections), "docx", {})))
    bookmarked = {
        mark.get(f"{W}name"): p.text
        for p in document.paragraphs
        if p.style.name == "Heading 2"
        for mark in p._p.iter(f"{W}bookmarkStart")
    }
    assert bookmarked == {f"s{i}": f"Titre {i}" for i in range(len(bodies))}


def test_cli_convert_to_docx_with_reference_doc(tmp_path) -> None:
    from editor import native

    source = tmp_path / "p.policy.md"
    source.write_text(native.dumps(_policy()), encoding="utf-8")
    company = tmp_path / "company.docx"
    docx.Document().save(str(company))
    assert main(["convert", str(source), str(tmp_path / "out.docx"), "--reference-doc", str(company)]) == 0
    assert docx.Document(str(tmp_path / "out.docx")).paragraphs[0].text == "Politique de confidentialité"
    bad = tmp_path / "bad.docx"
    bad.write_text("nope", encoding="utf-8")
    assert main(["convert", str(source), str(tmp_path / "out2.docx"), "--reference-doc", str(bad)]) == 2
    assert not (tmp_path / "out2.docx").exists()
