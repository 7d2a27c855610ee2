"""Where a missing item belongs, and the skeleton section "Insert section" adds."""

from __future__ import annotations

from pathlib import Path

from editor.importers import import_file
from editor.legal import check
from editor.legal.placement import insert_skeleton, place_for

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "legal"


def test_a_covered_item_is_found_at_its_evidence() -> None:
    policy = import_file(FIXTURES / "fr-complete.policy.md").policy
    place = place_for(check(policy), policy, "complaint_authority")
    assert place.near == "droits"


def test_a_missing_item_goes_after_the_item_before_it() -> None:
    policy = import_file(FIXTURES / "fr-pieges.policy.md").policy
    report = check(policy)
    assert report.result("purposes").status == "missing"
    place = place_for(report, policy, "purposes")
    # dpo_contact (just before purposes in the checklist) is evidenced in "responsable", section 0.
    assert place.index == 1 and place.near == "responsable"


def test_insert_skeleton_adds_a_heading_in_the_policy_language_as_one_operation() -> None:
    policy = import_file(FIXTURES / "fr-pieges.policy.md").policy
    report = check(policy)
    operation = insert_skeleton(report, policy, "purposes")
    result = operation.apply(policy)
    added = result.policy.sections[1]
    assert (added.title, added.body, added.level) == ("Finalités du traitement", "", 2)
    assert result.inverse.apply(result.policy).policy == policy
    # An empty heading does not cover the item: it stays missing until text is written under it.
    assert check(result.policy).result("purposes").status == "missing"


def test_english_policies_get_english_headings() -> None:
    policy = import_file(FIXTURES / "en-gaps.md").policy
    report = check(policy)
    operation = insert_skeleton(report, policy, "complaint_authority")
    assert operation.section.title == "Complaints"
