"""DOCX import building blocks: dates and versions under the title, list numbers, heading patterns,
picture limits, and pictures kept through DOCX/HTML export and back."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.exporters import export_bytes
from editor.exporters.html import page
from editor.exporters.sanitize import sanitize
from editor.importers.docx import import_bytes
from editor.importers.docx_headings import pattern_family
from editor.importers.docx_images import ImageKeeper
from editor.importers.docx_language import text_language
from editor.importers.docx_lists import ListCounter, Numbering, format_number
from editor.importers.docx_marks import styles_for_reader
from editor.importers.docx_styles import StyleSheet
from editor.importers.docx_title import parse_date, read_date_line
from editor.importers.docx_xml import parse_xml

SIGNALS = Path(__file__).resolve().parent.parent / "fixtures" / "docx" / "signals"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Dernière mise à jour : 12 mars 2025", "fr-FR", dt.date(2025, 3, 12)),
        ("Mise à jour le 1er février 2024", "fr-FR", dt.date(2024, 2, 1)),
        ("Last updated: March 3, 2025", "en-GB", dt.date(2025, 3, 3)),
        ("Effective 3rd April 2025", "en-GB", dt.date(2025, 4, 3)),
        ("Version du 01/02/2025", "fr-FR", dt.date(2025, 2, 1)),
        ("Updated 02/01/2025", "en-US", dt.date(2025, 2, 1)),
        ("Updated 2025-07-14", "en-US", dt.date(2025, 7, 14)),
        ("le 31 février 2025", "fr-FR", None),
        ("Nos engagements", "fr-FR", None),
    ],
)
def test_dates_in_french_and_english(text: str, locale: str, expected: dt.date | None) -> None:
    assert parse_date(text, locale) == expected


def test_date_lines_go_to_updated_effective_and_version() -> None:
    line = read_date_line(1, "Version 2.1 – mise à jour le 5 janvier 2025", "fr-FR")
    assert line is not None and line.version == "2.1" and line.updated == dt.date(2025, 1, 5)
    effective = read_date_line(1, "En vigueur au 1er avril 2025", "fr-FR")
    assert effective is not None and effective.effective == dt.date(2025, 4, 1) and effective.updated is None
    unreadable = read_date_line(1, "Dernière mise à jour : 31/02/2025", "fr-FR")
    assert unreadable is not None and not unreadable.parsed
    assert read_date_line(1, "Données collectées", "fr-FR") is None
    assert read_date_line(1, "Date de mise à jour des données", "fr-FR") is None  # a heading, not a date
    sentence = "Nous avons signé le contrat avec notre hébergeur le 3 mars 2024 pour trois ans."
    assert read_date_line(1, sentence, "fr-FR") is None


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Article 3 - Objet", ("division", 4)),
        ("ART. 3 : DURÉE", ("division", 4)),
        ("Chapitre II", ("division", 2)),
        ("Section 1 – Champ", ("division", 3)),
        ("Annexe A", ("annex",)),
        ("3. Définitions", ("decimal", 1)),
        ("3.1.2 Cas particuliers", ("decimal", 3)),
        ("III. Vos droits", ("roman",)),
        ("B. Scope", ("letter",)),
        ("1.2. Données", ("decimal", 2)),
        ("3) Scope", ("decimal", 1)),
        ("2 rue Kellermann", None),
        ("2024 was a good year", None),
        ("Les données", None),
    ],
)
def test_heading_patterns(text: str, family: tuple[object, ...] | None) -> None:
    assert pattern_family(text) == family


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [(4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (3, "upperLetter", "C"), (28, "lowerLetter", "bb"),
     (7, "decimalZero", "07"), (12, "decimal", "12")],
)  # fmt: skip
def test_word_number_formats(value: int, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown


def test_language_of_the_text() -> None:
    french = "Nous collectons vos données pour la gestion de votre compte et des commandes que vous passez. " * 3
    english = "We collect your data to manage your account and the orders you place with us on the site. " * 3
    assert text_language([french]) == "fr"
    assert text_language([english]) == "en"
    assert text_language(["Bonjour"]) is None


class _Image:
    def __init__(self, data: bytes, content_type: str = "image/png", alt: str = "") -> None:
        self._data, self.content_type, self.alt_text = data, content_type, alt

    def open(self) -> io.BytesIO:
        return io.BytesIO(self._data)


def test_pictures_beyond_the_limits_are_dropped_and_counted() -> None:
    keeper = ImageKeeper(max_image=100, max_total=150)
    assert keeper.convert(_Image(b"x" * 80))  # kept
    assert keeper.convert(_Image(b"x" * 101, alt="Trop grand")) != []  # its alt text stays
    assert keeper.convert(_Image(b"x" * 80)) == []  # over the total
    assert keeper.convert(_Image(b"x" * 10, "image/x-emf")) == []
    assert keeper.kept == 1
    assert keeper.dropped == {"size": 1, "total": 1, "format": 1}


def test_a_dropped_picture_is_a_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("editor.importers.docx_images.MAX_IMAGE_BYTES", 10)
    result = import_bytes((SIGNALS / "py-lists-pre-images.docx").read_bytes(), "p.docx")
    notice = next(n for n in result.notices if n.code == "docx.images_dropped")
    assert notice.params["count"] == 1 and "larger than" in notice.message()
    assert "data:image" not in result.policy.find("schema").body
    assert "[Schéma du réseau]" in result.policy.find("schema").body


def test_pictures_survive_docx_export_and_import_with_their_alt_text() -> None:
    imported = import_bytes((SIGNALS / "py-lists-pre-images.docx").read_bytes(), "p.docx").policy
    body = imported.find("schema").body
    source = re.search(r"\((data:image/png;base64,[^)]+)\)", body).group(1)
    exported = export_bytes(imported, "docx")
    document = docx.Document(io.BytesIO(exported))
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0]._inline.docPr.get("descr") == "Schéma du réseau"
    with zipfile.ZipFile(io.BytesIO(exported)) as package:
        assert any(name.startswith("word/media/") for name in package.namelist())
    again = import_bytes(exported, "p.docx").policy
    assert f"![Schéma du réseau]({source})" in again.find("schema").body


def test_pictures_survive_html_export_and_the_preview_sanitizer() -> None:
    imported = import_bytes((SIGNALS / "py-lists-pre-images.docx").read_bytes(), "p.docx").policy
    html = page(imported, {})
    assert re.search(r'<img[^>]+src="data:image/png;base64,', html)
    assert 'src="data:image/png;base64,' in sanitize(html, embedded_images_only=True)


@given(st.lists(st.sampled_from(["Article 1", "1.", "1.1", "III.", "Annexe", ":", "bold", "—"]), max_size=6))
def test_pattern_family_never_fails(parts: list[str]) -> None:
    text = " ".join(parts)
    family = pattern_family(text)
    assert family is None or isinstance(family, tuple)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_list_numbers_replay_word_counters() -> None:
    numbering = Numbering(
        parse_xml(
            f"<w:numbering {_W}><w:abstractNum w:abstractNumId='1'>"
            "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%1.'/></w:lvl>"
            "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/><w:lvlText w:val='%1.%2)'/></w:lvl>"
            "</w:abstractNum><w:num w:numId='1'><w:abstractNumId w:val='1'/></w:num>"
            "<w:num w:numId='2'><w:abstractNumId w:val='1'/>"
            "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='5'/></w:lvlOverride></w:num></w:numbering>".encode()
        )
    )
    counter = ListCounter(numbering)
    shown = [counter.next(num, depth) for num, depth in (("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1), ("2", 0))]
    assert shown == [(1, "1."), (1, "1.a)"), (2, "1.b)"), (2, "2."), (1, "2.a)"), (5, "5.")]
    assert counter.next("7", 0) is None


@pytest.mark.parametrize(
    ("style_id", "name", "level"),
    [("Titre2", "heading 2", 2), ("berschrift3", "heading 3", 3), ("Ttulo1", "Título 1", 1), ("Kop4", "Kop 4", 4),
     ("MonTitre", "Mon titre", None)],
)  # fmt: skip
def test_heading_styles_in_any_language(style_id: str, name: str, level: int | None) -> None:
    styles = StyleSheet(
        parse_xml(
            f"<w:styles {_W}><w:style w:type='paragraph' w:styleId='{style_id}'><w:name w:val='{name}'/></w:style>"
            f"<w:style w:type='paragraph' w:styleId='Derived'><w:basedOn w:val='{style_id}'/></w:style>"
            "<w:style w:type='paragraph' w:styleId='Outlined'><w:pPr><w:outlineLvl w:val='2'/></w:pPr></w:style>"
            "</w:styles>".encode()
        )
    )
    assert styles.heading_level(style_id) == level
    assert styles.heading_level("Derived") == level  # a custom style based on it
    assert styles.heading_level("Outlined") == 3


def test_the_reader_gets_only_the_styles_in_use() -> None:
    styles = parse_xml(
        f"<w:styles {_W}><w:latentStyles/><w:style w:type='paragraph' w:styleId='Used'/>"
        "<w:style w:type='table' w:styleId='Unused'/><w:style w:type='paragraph' w:default='1' w:styleId='Normal'/>"
        "<w:style w:type='numbering' w:styleId='Outline'/></w:styles>".encode()
    )
    trimmed = styles_for_reader(styles, [b'<w:p><w:pPr><w:pStyle w:val="Used"/></w:pPr></w:p>'])
    assert b"Used" in trimmed and b"Normal" in trimmed and b"Outline" in trimmed
    assert b"Unused" not in trimmed and b"latentStyles" not in trimmed


_LINES = st.sampled_from(
    ["Article 2 – Durée", "1. Définitions", "1.1 Données", "III. Droits", "Posts:", "aux conditions suivantes :",
     "DONNÉES COLLECTÉES", "Nous collectons votre nom, votre adresse et votre numéro de téléphone pour vos commandes.",
     "Cookies", "Le contrat prend fin.", "2 rue Kellermann", ""]
)  # fmt: skip


@given(st.lists(st.tuples(_LINES, st.booleans(), st.booleans(), st.sampled_from([None, 22, 28, 36])), max_size=25))
def test_heading_decisions_on_any_sequence_of_lines(lines: list[tuple[str, bool, bool, int | None]]) -> None:
    from editor.importers.docx_headings import find_headings
    from editor.importers.docx_paragraphs import Paragraph

    paragraphs = [
        Paragraph(
            element=None, text=text, style=None, in_table=False, outline=None, style_heading=None,
            title_style=False, toc=False, list_id=None, list_depth=0, list_value=None, list_label="", ordered=False,
            list_style=None, bold=bold, underline=False, caps=caps, size=size, monospace=False, preformatted=False,
            centered=False,
        )
        for text, bold, caps, size in lines
    ]  # fmt: skip
    outline = find_headings(paragraphs, 22)
    for index, heading in outline.headings.items():
        text = paragraphs[index].text
        assert text.strip() and not text.rstrip().endswith(":")  # a lead-in is never a heading
        assert 2 <= heading.level <= 9  # guessed headings sit under the title


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_our_export_gives_back_its_date_and_version(locale: str) -> None:
    from editor.model import Metadata, Policy, Section

    meta = Metadata(title="Politique", locale=locale, version="2.1", updated=dt.date(2025, 3, 4))
    policy = Policy(meta, (Section("donnees", "Données", 2, "Texte."),))
    again = import_bytes(export_bytes(policy, "docx"), "p.docx").policy.meta
    assert (again.title, again.version, again.updated) == ("Politique", "2.1", dt.date(2025, 3, 4))
