"""The completeness check on policies written with known gaps and traps (tests/fixtures/legal).

Each ``NAME.md`` / ``NAME.policy.md`` has a ``NAME.expected.toml``: the kind, the status of the
items it is about, the items that deny (negations), do not apply, or are required and missing,
the traps sprung and the sections holding the evidence.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.assets import resource
from editor.errors import FileFormatError
from editor.importers import import_file
from editor.legal import check, guess_kinds, load_checklist
from editor.legal.checklist import parse_checklist
from editor.model import Metadata, Policy, Section

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "legal"
CASES = sorted(path for path in FIXTURES.iterdir() if path.name.endswith((".md",)) and ".expected" not in path.name)

PRIVACY_IDS = [
    "controller_identity", "controller_contact", "eu_representative", "dpo_contact", "purposes", "legal_basis",
    "legitimate_interests", "data_categories", "recipients", "transfers_outside_eu", "transfer_safeguards",
    "retention", "right_access", "right_rectification", "right_erasure", "right_restriction", "right_objection",
    "right_portability", "withdraw_consent", "exercise_rights", "complaint_authority", "requirement_to_provide",
    "automated_decisions", "source_of_data", "post_mortem_directives", "cookies", "minors_age", "policy_changes",
]  # fmt: skip
MENTIONS_IDS = [
    "publisher_identity", "publisher_contact", "publication_director", "host_identity", "host_contact",
    "registration_number", "share_capital", "vat_number",
]  # fmt: skip


def _expected(case: Path) -> dict:
    name = case.name.removesuffix(".policy.md").removesuffix(".md")
    return tomllib.loads((case.parent / f"{name}.expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_fixture(case: Path) -> None:
    expected = _expected(case)
    report = check(import_file(case).policy)
    assert "+".join(report.kinds) == expected["kind"]
    statuses = {result.item.id: result.status for result in report.results}
    assert {key: statuses[key] for key in expected["status"]} == expected["status"]
    for item_id in expected.get("negated", {}):
        assert any(e.negated for e in report.result(item_id).evidence), item_id
    for item_id in expected.get("not_applicable", {}).get("ids", []):
        assert not report.result(item_id).applies, item_id
    if "required_missing" in expected:
        assert sorted(r.item.id for r in report.required_missing()) == sorted(expected["required_missing"]["ids"])
    for item_id, trap in expected.get("traps", {}).items():
        sprung = report.result(item_id).trap
        assert sprung is not None and sprung.id == trap, item_id
    for item_id, sections in expected.get("sections", {}).items():
        assert sorted({e.section_id for e in report.result(item_id).evidence if e.section_id}) == sorted(sections)


def test_checklist_uses_exactly_the_ids_of_the_issue() -> None:
    checklist = load_checklist()
    assert [item.id for item in checklist.items_of(("privacy",))] == PRIVACY_IDS
    assert [item.id for item in checklist.items_of(("mentions-legales",))] == MENTIONS_IDS
    for item in checklist.items:
        assert item.name_fr and item.name_en and item.definition and item.reference and item.cues


def test_evidence_names_section_and_sentence() -> None:
    report = check(import_file(FIXTURES / "fr-complete.policy.md").policy)
    complaint = report.result("complaint_authority")
    assert complaint.section_id == "droits"
    assert any("réclamation auprès de la CNIL" in e.text for e in complaint.evidence)
    assert report.as_json()["items"][0].keys() >= {"id", "status", "section", "evidence"}


def _policy(*sections: Section, title: str = "Politique de confidentialité", locale: str = "fr-FR") -> Policy:
    return Policy(Metadata(title=title, locale=locale), sections)


def test_accents_case_and_apostrophes_do_not_matter() -> None:
    sentence = "Vous disposez d’un DROIT D’ACCÈS à vos données."
    variants = [
        sentence,
        sentence.replace("’", "'"),
        "".join(c for c in unicodedata.normalize("NFKD", sentence) if not unicodedata.combining(c)),
        sentence.lower(),
        sentence.replace("’", "\u02bc"),
    ]
    for text in variants:
        report = check(_policy(Section("droits", "Droits", 2, text)))
        assert report.result("right_access").status == "covered", text
    report = check(_policy(Section("droits", "Droits", 2, "Vous disposez de droits.")))
    assert report.result("right_access").status == "missing"


def test_a_heading_with_nothing_under_it_covers_nothing() -> None:
    empty = check(_policy(Section("conservation", "Durées de conservation", 2, "")))
    assert empty.result("retention").status == "missing"
    filled = check(_policy(Section("conservation", "Durées de conservation", 2, "Trois ans après le dernier achat.")))
    assert filled.result("retention").status == "covered"
    assert filled.result("retention").evidence[0].heading


def test_negation_covers_the_item_and_does_not_trigger_conditions() -> None:
    denied = check(_policy(Section("t", "Transferts", 2, "Nous ne transférons pas vos données hors de l’Union.")))
    assert denied.result("transfers_outside_eu").status == "covered"
    assert denied.result("transfers_outside_eu").evidence[0].negated
    assert not denied.result("transfer_safeguards").applies
    affirmed = check(_policy(Section("t", "Transferts", 2, "Nous transférons vos données hors de l’Union.")))
    assert affirmed.result("transfer_safeguards").applies
    assert affirmed.result("transfer_safeguards").status == "missing"
    assert "transfer_safeguards" in [r.item.id for r in affirmed.required_missing()]


def test_an_item_split_across_sections_lists_each() -> None:
    policy = _policy(
        Section("a", "Conservation", 2, "Nous conservons vos données le temps nécessaire."),
        Section("b", "Tableau", 2, "Comptes : 3 ans après la dernière connexion."),
        Section("c", "Archives", 2, "Les factures sont conservées dix ans."),
    )
    result = check(policy).result("retention")
    assert result.status == "covered"
    assert {e.section_id for e in result.evidence} == {"a", "c"}


def test_the_age_of_consent_trap_is_french_only() -> None:
    section = Section("m", "Children", 2, "Children under 13 years may not use the service.")
    english = check(_policy(section, title="Privacy policy", locale="en-GB"))
    assert english.result("minors_age").status == "covered"
    french = check(_policy(Section("m", "Mineurs", 2, "Les enfants de moins de 13 ans ne peuvent pas s’inscrire.")))
    assert french.result("minors_age").status == "suspicious"


def test_kind_is_guessed_from_title_and_content() -> None:
    assert guess_kinds(_policy(title="Mentions légales")) == ("mentions-legales",)
    assert guess_kinds(_policy(title="Privacy Policy")) == ("privacy",)
    both = _policy(
        Section("a", "Éditeur", 2, "Directeur de la publication : Jean Dupont."),
        Section(
            "b", "Données", 2, "Conformément au RGPD, vous disposez d’un droit d’accès à vos données personnelles."
        ),
        title="Mentions légales",
    )
    assert guess_kinds(both) == ("privacy", "mentions-legales")
    assert guess_kinds(_policy(title="Untitled")) == ("privacy",)


def test_last_updated_date_in_the_metadata_counts() -> None:
    policy = _policy(Section("a", "A", 2, "Texte."))
    assert check(policy).result("policy_changes").status == "missing"
    import datetime as dt

    dated = replace(policy, meta=replace(policy.meta, updated=dt.date(2026, 1, 2)))
    assert check(dated).result("policy_changes").status == "covered"


def test_a_broken_checklist_is_refused_with_its_problem(tmp_path: Path) -> None:
    data = tomllib.loads(resource("legal", "checklist.toml").read_text(encoding="utf-8"))
    data["items"][0]["facts"] = ["no_such_fact"]
    with pytest.raises(FileFormatError, match="unknown fact 'no_such_fact'"):
        parse_checklist(data)
    bad = tmp_path / "bad.toml"
    bad.write_text("items = [", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"bad\.toml"):
        load_checklist(bad)


text_strategy = st.text(
    alphabet=st.sampled_from("aeé’' -.\n*#[](){}|ne pas droit d acces 13 ans\u00a0\x00"), max_size=80
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(text_strategy, text_strategy), max_size=5))
def test_any_text_gets_a_full_report(parts: list[tuple[str, str]]) -> None:
    sections = tuple(Section(f"s{n}", title, 2, body) for n, (title, body) in enumerate(parts))
    report = check(_policy(*sections))
    assert [r.item.id for r in report.results] == PRIVACY_IDS
    for result in report.results:
        assert result.status in ("covered", "partial", "suspicious", "missing")
        assert (result.status == "missing") == (not result.evidence)


def test_a_page_can_be_both_kinds() -> None:
    both = _policy(
        Section("a", "Éditeur", 2, "Directeur de la publication : Jean Dupont. Le site est hébergé par OVH."),
        Section(
            "b", "Données", 2, "Conformément au RGPD, vous disposez d’un droit d’accès à vos données personnelles."
        ),
        title="Mentions légales et confidentialité",
    )
    report = check(both)
    assert report.kinds == ("privacy", "mentions-legales")
    assert report.as_json()["kind"] == "privacy+mentions-legales"
    assert {r.item.id for r in report.results} == set(PRIVACY_IDS) | set(MENTIONS_IDS)


def test_cue_lead_words() -> None:
    from editor.legal.normalize import lead_words

    assert lead_words("conserv*") == (("conserv", True),)
    assert lead_words("droit d acces") == (("droit", False),)
    assert lead_words("(vos|ces) droits") == (("vos", False), ("ces", False))
    assert lead_words("(de )?donnees") is None
    assert lead_words("re:\\b(dpo|dpd)\\b") == (("dpo", True), ("dpd", True))
    assert lead_words("re:dpo|delegue") is None  # searched everywhere: either word may start a match


def test_mentions_citing_article_6_of_the_lcen_are_suspicious() -> None:
    text = (
        "Conformément à l’article 6 de la loi n° 2004-575 du 21 juin 2004, le site est édité par Exemple SARL, "
        "12 rue de la Paix, 75002 Paris."
    )
    policy = _policy(Section("editeur", "Éditeur", 2, text), title="Mentions légales")
    result = check(policy).result("publisher_identity")
    assert result.status == "suspicious" and result.trap is not None and "SREN" in result.trap.reason
    current = _policy(Section("editeur", "Éditeur", 2, text.split(", le site ")[1]), title="Mentions légales")
    assert check(current).result("publisher_identity").status == "covered"


def test_a_cue_word_followed_by_punctuation_is_found() -> None:
    for text in ("Vous disposez du droit à la portabilité.", "Portabilité : sur demande.", "(portabilité)"):
        report = check(_policy(Section("d", "Droits", 2, text)))
        assert report.result("right_portability").status == "covered", text


def test_a_denial_far_before_the_cue_does_not_deny_it() -> None:
    text = "Nous ne vendons jamais vos données à qui que ce soit, mais nous transférons vos données hors de l’Union."
    report = check(_policy(Section("t", "Transferts", 2, text)))
    assert not report.result("transfers_outside_eu").evidence[0].negated
    assert report.result("transfer_safeguards").applies
