"""HTML files (charset from BOM/meta, Windows-1252 fallback, bad bytes) and Markdown files,
both through the shared HTML-to-sections code."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.errors import ImportFailed
from editor.importers import import_bytes, import_file, importer_for

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "importers" / "files"


def test_suffixes_are_registered() -> None:
    assert importer_for("a.html").name == importer_for("a.HTM").name == "html"
    assert importer_for("a.md").name == importer_for("a.markdown").name == "markdown"
    assert importer_for("a.policy.md").name == "policy"
    assert importer_for("page.json").name == "wordpress"


def test_declared_latin1_is_read_as_windows_1252_like_browsers() -> None:
    result = import_file(FILES / "latin1.html")
    policy = result.policy
    assert policy.meta.title == "Mentions légales" and policy.meta.locale == "fr-FR"
    assert [s.title for s in policy.walk()] == ["Éditeur"]
    assert policy.sections[0].body == "Société «\u00a0Exemple\u00a0», capital 1\u00a0000 €."
    assert result.notices == ()


def test_bom_and_utf16() -> None:
    assert import_file(FILES / "bom.html").policy.sections[0].body == "Texte avec BOM et accents : été."
    assert import_file(FILES / "utf16.html").policy.sections[0].title == "UTF-16"


def test_undeclared_windows_1252_is_read_with_a_warning() -> None:
    result = import_file(FILES / "cp1252.htm")
    assert "“guillemets” et …" in result.policy.sections[0].body
    assert [n.code for n in result.notices] == ["text.not_utf8"]


def test_bytes_invalid_in_the_declared_charset_are_replaced_and_counted() -> None:
    result = import_file(FILES / "bad-bytes.html")
    assert result.policy.sections[0].body == "Octets \ufffd invalides."
    assert [(n.code, n.params["count"]) for n in result.notices] == [("text.replaced", 2)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary\x00", "this is a binary file, not an HTML page"),
        ((FILES / "empty-body.html").read_bytes(), "the page has no text to import"),
    ],
)
def test_unreadable_html_is_one_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes(data, "page.html")
    assert caught.value.message() == f"page.html: {reason}"


def test_markdown_file() -> None:
    policy = import_file(FILES / "policy.md").policy
    assert policy.meta.title == "Conditions générales d'utilisation" and policy.meta.locale == "fr-FR"
    assert [(s.id, s.level, s.title) for s in policy.walk()] == [
        ("preambule", 1, ""),
        ("objet", 1, "Objet"),
        ("acces", 2, "Accès au service"),
        ("donnees-personnelles", 3, "Données personnelles"),
    ]
    sections = {s.id: s for s in policy.walk()}
    assert sections["objet"].body == ("Les présentes conditions régissent l’accès au site[^1] et sont **opposables**.")
    assert "- gratuit ;\n- disponible 24 h/24." in sections["acces"].body
    assert "[la section Accès](#acces) et [la CNIL](https://www.cnil.fr/)" in sections["acces"].body
    assert sections["donnees-personnelles"].body == "| Donnée | Durée |\n|---|---|\n| Nom | 3 ans |"


def test_markdown_without_front_matter_and_not_utf8() -> None:
    policy = import_bytes("# Titre\n\n## Un\n\nCaf\xe9.\n".encode("cp1252"), "x.md").policy
    assert policy.meta.title == "Titre" and policy.sections[0].body == "Café."
    with pytest.raises(ImportFailed, match="the file has no text to import"):
        import_bytes(b"<!-- rien -->\n", "x.md")


def test_absurd_bracket_nesting_is_text_and_fast() -> None:
    data = b"Texte " + b"[" * 20_000 + b"x" + b"]" * 20_000 + b" et [un lien](https://exemple.fr)."
    result = import_bytes(data, "x.md")
    assert result.policy.sections[0].body == data.decode()  # kept as written: nothing to rewrite
    assert [n.code for n in result.notices] == ["nesting.long_paragraphs"]  # shown as typed, and said so


def test_absurd_bracket_nesting_in_html_to_rewrite_is_text() -> None:
    data = b"Texte <b>gras</b> " + b"[" * 3_000 + b"x" + b"]" * 3_000
    result = import_bytes(data, "x.md")
    body = result.policy.sections[0].body
    assert body.count("[") == 3_000 and "**gras**" in body
    assert sorted(n.code for n in result.notices) == ["md.html", "nesting.brackets"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("x.md", "".join(f"## S{i}\n\n" for i in range(10_001)).encode()),
        ("x.html", "".join(f"<h2>S{i}</h2>" for i in range(10_001)).encode()),
    ],
)
def test_more_headings_than_a_policy_can_have_is_refused_before_parsing(name: str, data: bytes) -> None:
    with pytest.raises(ImportFailed, match="the document has 10001 sections; more than 10000 cannot be a policy"):
        import_bytes(data, name)
