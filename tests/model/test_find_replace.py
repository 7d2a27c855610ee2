"""Find and Replace in the core: options, matches with context, Replace All as one operation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.errors import PolicyEditorError
from editor.model import Metadata, Policy, Section
from editor.model.search import SearchOptions, find_all, replace_all, replace_match

POLICY = Policy(
    Metadata(title="P"),
    (
        Section(
            "a",
            "Données personnelles",
            2,
            "Nous collectons vos données.\nLe responsable\u00a0: la Société.",
            (Section("b", "Cookies", 3, "Un cookie, des cookies. Cookie!"),),
        ),
        Section("c", "Droits", 2, "Écrivez-nous\u202f; données 2024-01."),
    ),
)


def _where(matches) -> list[tuple[str, str, str]]:
    return [(m.section_id, m.field, m.text) for m in matches]


def test_titles_and_bodies_in_document_order_ignoring_case() -> None:
    found = find_all(POLICY, "DONNÉES")
    assert _where(found) == [("a", "title", "Données"), ("a", "body", "données"), ("c", "body", "données")]
    assert found[1].before == "Nous collectons vos " and found[1].after == "."


def test_match_case_and_whole_word() -> None:
    assert len(find_all(POLICY, "cookie")) == 4
    assert len(find_all(POLICY, "cookie", SearchOptions(match_case=True))) == 2
    assert _where(find_all(POLICY, "cookie", SearchOptions(whole_word=True))) == [
        ("b", "body", "cookie"),
        ("b", "body", "Cookie"),
    ]


def test_any_space_matches_every_space_character() -> None:
    assert find_all(POLICY, "responsable :") == []
    assert [m.text for m in find_all(POLICY, "responsable :", SearchOptions(any_space=True))] == ["responsable\u00a0:"]
    assert [m.text for m in find_all(POLICY, "nous ;", SearchOptions(any_space=True))] == ["nous\u202f;"]
    regex = SearchOptions(regex=True, any_space=True)

    assert [m.text for m in find_all(POLICY, r"\w+ [;]", regex)] == ["nous\u202f;"]


def test_regular_expressions_and_bad_ones() -> None:
    assert [m.text for m in find_all(POLICY, r"\d{4}-\d{2}", SearchOptions(regex=True))] == ["2024-01"]
    assert find_all(POLICY, "a*", SearchOptions(regex=True))[0].text == "a"  # empty matches are skipped
    with pytest.raises(PolicyEditorError) as error:
        find_all(POLICY, "(unclosed", SearchOptions(regex=True))
    assert error.value.code == "search.bad_pattern"
    assert find_all(POLICY, "(unclosed") == []  # literal mode escapes it
    assert find_all(POLICY, "") == []


def test_replace_all_is_one_operation_with_a_count_and_an_inverse() -> None:
    operation, count = replace_all(POLICY, "cookie", "traceur", SearchOptions(whole_word=True))
    assert count == 2
    result = operation.apply(POLICY)
    assert result.policy.find("b").body == "Un traceur, des cookies. traceur!"
    assert result.policy.find("b").title == "Cookies"
    assert result.change.kind == "body" and result.change.section_ids == ("b",)
    assert result.inverse.apply(result.policy).policy == POLICY


def test_replace_all_in_titles_is_a_structure_change_and_regex_groups_expand() -> None:
    operation, count = replace_all(POLICY, r"(\w+)nées", r"[\1]", SearchOptions(regex=True))
    assert count == 3
    result = operation.apply(POLICY)
    assert result.policy.find("a").title == "[Don] personnelles"
    assert result.change.kind == "structure"
    assert replace_all(POLICY, "absent", "x") == (None, 0)


def test_replace_all_limited_to_sections_and_literal_backslashes() -> None:
    operation, count = replace_all(POLICY, "données", r"\1", SearchOptions(), section_ids=["c"])
    assert count == 1
    assert operation.apply(POLICY).policy.find("c").body == "Écrivez-nous\u202f; \\1 2024-01."


def test_replace_one_match_and_refuse_a_stale_one() -> None:
    match = find_all(POLICY, "cookie")[2]
    result = replace_match(POLICY, match, "cookie", "traceur", SearchOptions()).apply(POLICY)
    assert result.policy.find("b").body == "Un cookie, des traceurs. Cookie!"
    with pytest.raises(PolicyEditorError):
        replace_match(result.policy, find_all(POLICY, "Cookie!")[0], "Cookie!", "x", SearchOptions())


_TEXT = st.text(alphabet="ab c\u00a0\u202f.*(\\é", max_size=30)


@given(body=_TEXT.filter(lambda text: text.strip(" \t\n") == text), pattern=_TEXT.filter(bool), repl=_TEXT)
def test_literal_replace_all_is_str_replace_and_its_inverse_restores(body: str, pattern: str, repl: str) -> None:
    policy = Policy(Metadata(title="P"), (Section("s", "T", 2, body),))
    operation, count = replace_all(policy, pattern, repl, SearchOptions(match_case=True))
    assert count == body.count(pattern)
    if operation is None:
        return
    result = operation.apply(policy)
    assert result.policy.find("s").body == Section("s", "T", 2, body.replace(pattern, repl)).body
    assert result.inverse.apply(result.policy).policy == policy
