"""DOCX import: sections from heading styles (English, French), lists/links/tables kept, fallbacks,
tracked changes, bad input refused with a clear message, and DOCX export -> import round trips."""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from pathlib import Path

import docx_builders as build
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import ImportFailed
from editor.exporters import export_bytes
from editor.importers import import_file, importer_for
from editor.importers.docx import import_bytes
from editor.model import Metadata, Policy, Section
from editor.render import RenderContext, body_tree, title_tree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docx"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def _outline(policy: Policy) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section in policy.walk() if section.title]


def _codes(result) -> set[str]:
    return {notice.code for notice in result.notices}


def test_registered_for_docx_suffix() -> None:
    assert importer_for("Politique.DOCX").name == "docx"


def test_english_heading_styles_make_sections_and_the_locale_is_read() -> None:
    result = import_bytes(build.english_headings(), "policy.docx")
    assert result.policy.meta.title == "Privacy policy"
    assert result.policy.meta.locale == "en-GB"
    assert _outline(result.policy) == [(1, "Data we collect"), (2, "Cookies"), (1, "Your rights")]
    assert result.policy.find("cookies").body == "We use cookies."


@pytest.mark.parametrize("maker", [build.french_custom_style_names, build.french_word_built_in_ids])
def test_french_heading_style_names(maker) -> None:
    result = import_bytes(maker(), "politique.docx")
    assert _outline(result.policy)[:2] == [(1, "Données collectées"), (2, "Cookies")]
    assert "docx.bold_headings" not in _codes(result)


@pytest.mark.parametrize("name", ["pandoc-written.docx", "libreoffice-written.docx"])
def test_documents_written_by_other_tools_keep_lists_links_tables(name: str) -> None:
    result = import_bytes((FIXTURES / name).read_bytes(), name)
    policy = result.policy
    assert policy.meta.title == "Politique de confidentialité"
    assert _outline(policy) == [(1, "Données collectées"), (2, "Durée de conservation"), (1, "Vos droits")]
    first = policy.sections[0].body
    assert "**nom**" in first and "*adresse électronique*" in first
    assert "- identité\n- coordonnées\n    - adresse postale\n    - téléphone" in first
    assert "1. Première finalité\n2. Seconde finalité" in first
    assert "[le site de la CNIL](https://www.cnil.fr/)" in first
    assert "[Vos droits](#vos-droits)" in first and policy.find("vos-droits") is not None
    table = policy.find("duree-de-conservation").body
    assert "| Donnée | Durée |" in table and "| Journaux | 1 an |" in table
    assert "> Article 5 du RGPD" in table
    assert "docx.unknown_styles" not in _codes(result)


def test_bold_short_paragraphs_become_headings_with_a_notice() -> None:
    result = import_bytes(build.bold_paragraph_headings(), "politique.docx")
    assert _outline(result.policy) == [(2, "Article 1 – Données collectées"), (2, "Article 2 – Vos droits")]
    assert "**gras**" in result.policy.sections[0].body
    notice = next(n for n in result.notices if n.code == "docx.headings_pattern")
    assert notice.params["count"] == 2 and "Article 3" in notice.message()


def test_no_headings_at_all_is_one_section_with_a_notice() -> None:
    result = import_bytes(build.no_headings_at_all(), "note.docx")
    assert "docx.no_headings" in _codes(result)
    assert "Un second paragraphe." in result.policy.sections[0].body


def test_tracked_changes_are_imported_as_accepted_with_a_notice() -> None:
    result = import_bytes(build.tracked_changes_and_comments(), "revue.docx")
    text = result.policy.find("conservation").body
    assert "conservées trois ans après la fin du contrat" in text
    assert "cinq ans" not in text and "Vérifier la durée" not in text
    codes = _codes(result)
    assert "docx.revisions" in codes and "docx.comments" in codes
    message = next(n for n in result.notices if n.code == "docx.revisions").message()
    assert "accepted" in message


def test_password_protected_document_is_refused_with_advice() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes((FIXTURES / "password-protected.docx").read_bytes(), "secret.docx")
    assert caught.value.code == "docx.encrypted"
    assert "secret.docx" in str(caught.value) and "password" in str(caught.value)


def test_old_word_97_document_is_refused_with_advice() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes((FIXTURES / "word97.doc").read_bytes(), "ancien.docx")
    assert caught.value.code == "docx.legacy_doc" and "save it as .docx" in str(caught.value)


BAD_INPUT = [
    ("empty", b"", "docx.not_docx"),
    ("pdf", b"%PDF-1.7\n%...", "docx.not_docx"),
    ("html", b"<!DOCTYPE html><html><body>x</body></html>", "docx.not_docx"),
    ("truncated", None, "docx.corrupt"),
    ("spreadsheet", build.spreadsheet(), "docx.not_docx"),
    ("opendocument", build.opendocument(), "docx.not_docx"),
    ("many entries", build.many_entries(), "docx.zip_bomb"),
    ("declared size", build.zip_bomb_declared_size(), "docx.zip_bomb"),
    ("dtd", build.with_dtd(), "docx.corrupt"),
]


@pytest.mark.parametrize(("label", "data", "code"), BAD_INPUT, ids=[label for label, _, _ in BAD_INPUT])
def test_bad_input_is_refused_naming_the_file(label: str, data: bytes | None, code: str) -> None:
    if data is None:
        whole = (FIXTURES / "pandoc-written.docx").read_bytes()
        data = whole[: len(whole) // 2]
    with pytest.raises(ImportFailed) as caught:
        import_bytes(data, "entree.docx")
    assert caught.value.code == code
    assert str(caught.value).startswith("entree.docx: ")


def test_zip_bomb_by_ratio_is_refused_before_extracting() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes(build.zip_bomb_ratio(), "bombe.docx")
    assert caught.value.code == "docx.zip_bomb" and "compressed" in str(caught.value)


def test_entry_inflating_beyond_its_declared_size_is_refused() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes(build.zip_lying_about_size(), "menteur.docx")
    assert caught.value.code in {"docx.zip_bomb", "docx.corrupt"}


def test_import_file_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "politique.docx"
    target.write_bytes(build.tracked_changes_and_comments())
    before = sorted(os.listdir(tmp_path)), target.stat().st_mtime_ns
    import_file(target)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ImportFailed):
        import_file(bad)
    assert sorted(os.listdir(tmp_path)) == sorted([*before[0], "bad.docx"])
    assert target.stat().st_mtime_ns == before[1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_junk_never_crashes(data: bytes) -> None:
    try:
        import_bytes(data, "junk.docx")
    except ImportFailed:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_documents_never_crash(data: st.DataObject) -> None:
    original = bytearray((FIXTURES / "pandoc-written.docx").read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        import_bytes(bytes(original), "abime.docx")
    except ImportFailed:
        pass


# -- round trip: our DOCX export read back --------------------------------------------------

PLAIN = RenderContext(profile=None)


def _text(root) -> str:
    return " ".join("".join(root.itertext()).split())


def _assert_same_outline_and_text(original: Policy, imported: Policy) -> None:
    before = [(s.id, s.level, s.title) for s in original.walk()]
    after = [(s.id, s.level, s.title) for s in imported.walk()]
    assert after == before
    for old, new in zip(original.walk(), imported.walk(), strict=True):
        assert _text(body_tree(new.body, PLAIN)) == _text(body_tree(old.body, PLAIN)), old.id
        assert _text(title_tree(new.title, PLAIN)) == _text(title_tree(old.title, PLAIN))


def test_round_trip_of_the_benchmark_corpus() -> None:
    from corpus import make_policy

    original = make_policy(30)
    result = import_bytes(export_bytes(original, "docx", {"profile": "none"}), "corpus.docx")
    assert result.policy.meta.title == original.meta.title
    assert result.policy.meta.version == original.meta.version
    _assert_same_outline_and_text(original, result.policy)
    links = re.findall(r"\]\((#[^)]+|https?://[^)]+|mailto:[^)]+)\)", "".join(s.body for s in result.policy.walk()))
    expected = re.findall(r"\]\((#[^)]+|https?://[^)]+)\)", "".join(s.body for s in original.walk()))
    assert set(expected) <= set(links)


def test_round_trip_keeps_no_break_spaces_and_structure() -> None:
    body = (
        "Exemple\u00a0SAS, durée\u202f: 13\u00a0mois.\n\n- **un**\n- *deux*\n    1. a\n    2. b\n\n"
        "[CNIL](https://www.cnil.fr/) et [droits](#droits).\n\n> Citation.\n\n| A | B |\n|---|---|\n| 1 | 2 |"
    )
    original = Policy(
        Metadata(title="Politique", locale="fr-FR", version="4", organisation="Exemple SAS"),
        (
            Section("donnees", "Données", 2, body, (Section("cookies", "Cookies", 3, "Texte."),)),
            Section("droits", "Vos droits", 2, "Écrivez-nous."),
        ),
    )
    result = import_bytes(export_bytes(original, "docx", {"profile": "none"}), "p.docx")
    _assert_same_outline_and_text(original, result.policy)
    imported = result.policy.find("donnees").body
    for piece in ("Exemple\u00a0SAS", "durée\u202f: 13\u00a0mois", "- **un**", "    1. a", "](#droits)", "> Citation."):
        assert piece in imported, piece
    assert result.policy.meta.organisation == "Exemple SAS" and result.policy.meta.version == "4"
    assert not {"docx.revisions", "docx.bold_headings", "docx.unknown_styles"} & _codes(result)


def test_round_trip_in_english() -> None:
    original = Policy(Metadata(title="Privacy policy", locale="en-GB"), (Section("data", "Data", 2, "Text."),))
    result = import_bytes(export_bytes(original, "docx", {}), "p.docx")
    assert result.policy.meta.locale == "en-GB"
    _assert_same_outline_and_text(original, result.policy)


def test_the_package_given_to_the_reader_is_the_verified_one() -> None:
    from editor.importers.docx_package import open_package

    package = open_package((FIXTURES / "pandoc-written.docx").read_bytes(), "p.docx")
    rebuilt = zipfile.ZipFile(package.as_zip())
    assert set(rebuilt.namelist()) == set(package.parts)
    assert all(info.compress_type == zipfile.ZIP_STORED for info in rebuilt.infolist())
    assert io.BytesIO(package.parts["word/document.xml"]).read(5) == b"<?xml"


def test_a_body_no_policy_has_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    import editor.importers.docx as module

    monkeypatch.setattr(module, "MAX_PARAGRAPHS", 2)
    with pytest.raises(ImportFailed) as caught:
        import_bytes(build.bold_paragraph_headings(), "long.docx")
    assert caught.value.code == "docx.too_large" and "paragraphs" in str(caught.value)
    monkeypatch.setattr(module, "MAX_DOCUMENT_XML", 100)
    with pytest.raises(ImportFailed) as caught:
        import_bytes(build.english_headings(), "big.docx")
    assert caught.value.code == "docx.too_large"
