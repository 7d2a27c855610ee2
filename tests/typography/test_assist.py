"""The assistant's core: document findings with a cache, quick fixes, fixes as one types."""

from __future__ import annotations

import pytest

from editor.model import Metadata, Policy, Section
from editor.typography import check, fix
from editor.typography.assist import FindingsCache, apply_findings, fix_document, fixes_after_typing, rule_counts

POLICY = Policy(
    Metadata(title="P", profile="fine"),
    (
        Section("a", "Objet : le site", 2, "Note: voir https://exemple.fr/a:b à 12:30. Un - tiret etc..."),
        Section("b", "Propre", 2, "Rien à corriger."),
    ),
)


def typed(keys: str, profile: str = "fine") -> str:
    """Type ``keys`` one character at a time, applying the fixes due after each one."""
    text = ""
    for key in keys:
        text += key
        text = apply_findings(text, fixes_after_typing(text, len(text) - 1, profile))
    return text


def test_document_findings_are_located_counted_and_cached() -> None:
    cache = FindingsCache()
    located = cache.document(POLICY)
    assert {(item.section_id, item.field) for item in located} == {("a", "title"), ("a", "body")}
    counts = rule_counts(located)
    assert counts["punctuation"] == 2 and counts["dashes"] == 1
    assert cache.document(POLICY)[0].finding is located[0].finding  # unchanged text: not checked again
    none = Policy(Metadata(title="P", profile="none"), POLICY.sections)
    assert FindingsCache().document(none) == []


def test_fix_this_and_fix_all_never_apply_review_only_findings() -> None:
    body = POLICY.sections[0].body
    findings = check(body, "fine", "markdown")
    review = [f for f in findings if f.replacement is None]
    assert review, "the spaced hyphen and 'etc...' are for review"
    assert apply_findings(body, findings) == fix(body, "fine", "markdown")
    first = apply_findings(body, findings[:1])
    assert first == "Note\u00a0: voir https://exemple.fr/a:b à 12:30. Un - tiret etc..."
    assert apply_findings(body, review) == body


def test_fix_document_is_one_operation_that_undoes() -> None:
    operation, count = fix_document(POLICY)
    assert count == 2
    result = operation.apply(POLICY)
    assert result.policy.find("a").title == "Objet\u00a0: le site"
    assert result.policy.find("a").body.startswith("Note\u00a0: voir https://exemple.fr/a:b à 12:30.")
    assert " - tiret etc..." in result.policy.find("a").body
    assert result.inverse.apply(result.policy).policy == POLICY
    assert fix_document(result.policy) == (None, 0)


@pytest.mark.parametrize(
    ("keys", "fine"),
    [
        ("Note: voir ", "Note\u00a0: voir "),
        ("Attention! Lisez ", "Attention\u202f! Lisez "),
        ("Pourquoi ?\n", "Pourquoi\u202f?\n"),
        ("le « mot » ", "le «\u202fmot\u202f» "),
        ("le «mot» ", "le «\u202fmot\u202f» "),
        ("à 12:30 puis ", None),
        ("ratio 1:2 ", None),
        ("Voir https://exemple.fr/a;b?c=1:2 ici ", None),
        ("écrivez à dpo@exemple.fr ", None),
        ("un `a: b` c ", None),
        ("[x](http://a.fr/x: y) z ", None),
        ("Merci :) ", None),
    ],
)
def test_fixes_as_one_types_leave_urls_times_code_and_targets_alone(keys: str, fine: str | None) -> None:
    assert typed(keys) == (keys if fine is None else fine)


def test_typing_follows_the_profile() -> None:
    assert typed("Attention! ", "nbsp") == "Attention\u00a0! "
    assert typed("Attention! ", "none") == "Attention! "


def test_fix_this_on_a_straight_quote_fixes_the_whole_quotation() -> None:
    from editor.typography.assist import with_partners

    text = 'Sur " Tout accepter " ou "Refuser", « oui ».'
    findings = check(text, "fine", "markdown")
    for index, finding in enumerate(findings):
        fixed = apply_findings(text, with_partners(findings, finding))
        if index < 4:  # the first quotation: either quote, or a space inside it
            assert fixed == 'Sur «\u202fTout accepter\u202f» ou "Refuser", « oui ».', finding
        elif finding.offset < 35:  # the second one
            assert fixed == 'Sur " Tout accepter " ou «\u202fRefuser\u202f», « oui ».', finding
        else:  # a space inside guillemets already there is fixed alone
            assert with_partners(findings, finding) == [finding]
    assert apply_findings(text, findings) == fix(text, "fine", "markdown")
