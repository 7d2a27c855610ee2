"""What the dialect cannot hold is rewritten on Markdown import, each time with a notice; the
rest of the text is kept byte for byte (hand-wrapped lines, ``__x__``, references, spacing)."""

from __future__ import annotations

import pytest

from editor.importers import import_bytes


def imported(text: str) -> tuple[dict[str, str], list[str]]:
    result = import_bytes(text.encode("utf-8"), "x.md")
    return {s.id: s.body for s in result.policy.walk()}, [n.code for n in result.notices]


def test_text_is_kept_as_written() -> None:
    body = (
        "Ligne coupée\nà la main, __gras__ et *italique*.\n\n"
        "Voir [la CNIL][cnil].\n\n[cnil]: https://www.cnil.fr/\n\n"
        "* puce étoile\n  * sous-puce\n\n1) un\n2) deux"
    )
    bodies, notices = imported(f"## Objet {{#objet}}\n\n{body}\n")
    assert bodies == {"objet": body} and notices == []


def test_html_is_converted_paragraph_by_paragraph() -> None:
    bodies, notices = imported("## A\n\nGardé   tel quel.\n\nTexte <strong>gras</strong> et <span>x</span>.\n")
    assert bodies["a"] == "Gardé   tel quel.\n\nTexte **gras** et x."
    assert notices == ["md.html"]


def test_html_in_a_list_item_stays_in_the_item() -> None:
    bodies, _ = imported("## A\n\n- point\n\n  Suite <em>importante</em>.\n- autre\n")
    assert bodies["a"] == "- point\n\n  Suite *importante*.\n- autre"


def test_html_inside_code_is_code() -> None:
    text = "## A\n\n`<b>x</b>` et\n\n```\n<div>y</div>\n```\n\n    <p>z</p>\n"
    bodies, notices = imported(text)
    assert bodies["a"] == text.split("\n\n", 1)[1].rstrip("\n") and notices == []


def test_a_reference_defined_in_another_section_is_written_inline() -> None:
    bodies, notices = imported(
        "## A\n\nVoir [la CNIL][cnil] et [cnil].\n\n## B\n\nTexte.\n\n[cnil]: https://www.cnil.fr/\n"
    )
    assert bodies == {"a": "Voir [la CNIL](https://www.cnil.fr/) et [cnil](https://www.cnil.fr/).", "b": "Texte."}
    assert notices == ["md.reference_inlined"]


@pytest.mark.parametrize(
    ("text", "outline", "codes"),
    [
        (
            "Avant.\n\nTitre\n=====\n\nTexte.\n\nSous\n----\n\nSuite.\n",
            [("preambule", 1, ""), ("titre", 1, "Titre"), ("sous", 2, "Sous")],
            [],
        ),
        ("## A\n\n#### B\n", [("a", 2, "A"), ("b", 3, "B")], ["md.level_jump"]),
        ("## *Important* <em>!</em>\n", [("important", 2, "Important !")], ["md.title_markup"]),
        ("## 1. *Objet* &amp; R&D\n", [("1-objet-r-d", 2, "1. Objet & R&D")], ["md.title_markup"]),
        ("## Q&A\n", [("q-a", 2, "Q&A")], []),
        ("## A\n\n##\n\nTexte.\n", [("a", 2, "A")], ["md.empty_heading"]),
        ("## A {#mon-id}\n\n## B {#mon-id}\n", [("mon-id", 2, "A"), ("b", 2, "B")], []),
    ],
)
def test_headings(text: str, outline: list[tuple[str, int, str]], codes: list[str]) -> None:
    result = import_bytes(text.encode("utf-8"), "x.md")
    assert [(s.id, s.level, s.title) for s in result.policy.walk()] == outline
    assert [n.code for n in result.notices] == codes


def test_the_title_is_the_only_leading_level_one_heading() -> None:
    assert import_bytes(b"# Titre\n\n## A\n", "x.md").policy.meta.title == "Titre"
    two = import_bytes(b"# Un\n\n# Deux\n", "x.md").policy
    assert two.meta.title == "" and [s.title for s in two.sections] == ["Un", "Deux"]
    with_id = import_bytes(b"# Un {#un}\n\n## A\n", "x.md").policy
    assert with_id.meta.title == "" and with_id.sections[0].id == "un"


def test_front_matter_keys_other_than_title_and_language_are_reported() -> None:
    result = import_bytes(b"---\ntitle: CGU\nlang: fr\nauthor: X\ndate: 2024\n---\n\n## A\n", "x.md")
    assert result.policy.meta.title == "CGU"
    assert [(n.code, n.params) for n in result.notices] == [("md.front_matter", {"keys": "author, date"})]
