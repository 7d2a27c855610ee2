"""The data-driven cases: both profiles, idempotence, profile round trip, and check() agreeing
with fix() on every case of tests/fixtures/typography/cases.toml."""

from __future__ import annotations

import pytest
from typo_cases import Case, encode, load_cases

from editor.typography import check, fix

CASES = load_cases()
IDS = [case.id for case in CASES]


def test_there_are_at_least_200_cases_covering_every_rule() -> None:
    assert len(CASES) >= 200
    rules = {case.rule.split(".")[0] for case in CASES}
    assert {"punctuation", "guillemets", "quotes", "apostrophe", "ellipsis", "numbers", "abbreviations"} <= rules
    assert {"dashes", "protect", "policy", "correct", "failure"} <= rules
    assert {case.fmt for case in CASES} == {"text", "markdown", "html"}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_fine_profile(case: Case) -> None:
    assert encode(fix(case.input, "fine", case.fmt)) == encode(case.fine), case.note


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_nbsp_profile(case: Case) -> None:
    assert encode(fix(case.input, "nbsp", case.fmt)) == encode(case.nbsp), case.note


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_idempotent_and_round_trip(case: Case) -> None:
    assert fix(case.fine, "fine", case.fmt) == case.fine
    assert fix(case.nbsp, "nbsp", case.fmt) == case.nbsp
    assert fix(case.fine, "nbsp", case.fmt) == case.nbsp
    assert fix(case.nbsp, "fine", case.fmt) == case.fine


def _apply(text: str, findings: list) -> str:
    out, position = [], 0
    for finding in sorted(findings, key=lambda item: (item.offset, item.length)):
        if finding.replacement is None:
            continue
        assert finding.offset >= position, f"overlapping findings: {findings}"
        out.append(text[position : finding.offset])
        out.append(finding.replacement)
        position = finding.offset + finding.length
    out.append(text[position:])
    return "".join(out)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_check_reports_exactly_what_fix_changes(case: Case) -> None:
    findings = check(case.input, "fine", case.fmt)
    assert encode(_apply(case.input, findings)) == encode(case.fine)
    if case.fine != case.input and not case.rule.startswith(("protect", "policy", "correct", "failure")):
        assert case.rule in {finding.rule for finding in findings if finding.replacement is not None}
    assert [f for f in check(case.fine, "fine", case.fmt) if f.replacement is not None] == []
    for finding in findings:
        assert finding.message() and not finding.message().startswith("typo.")
