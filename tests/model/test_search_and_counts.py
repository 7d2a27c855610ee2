"""Finding text across sections, word counts kept per section, and replacing a whole policy."""

from __future__ import annotations

from editor.model import Change, EditBody, Metadata, Policy, ReplacePolicy, Section, count_words
from editor.model.search import matching_section
from editor.model.word_count import WordCounter

POLICY = Policy(
    Metadata(title="P"),
    (
        Section("a", "Données", 2, "Nous collectons vos données.", (Section("b", "Cookies", 3, "Un cookie."),)),
        Section("c", "Droits", 2, "Écrivez-nous."),
    ),
)


def test_search_wraps_and_ignores_case() -> None:
    assert matching_section(POLICY, "DONNÉES", None) == "a"
    assert matching_section(POLICY, "cookie", "a") == "b"
    assert matching_section(POLICY, "données", "a") == "a"  # the current section comes last
    assert matching_section(POLICY, "nous", "c", backward=True) == "a"
    assert matching_section(POLICY, "absent", None) is None
    assert matching_section(POLICY, "", None) is None


def test_word_counts_follow_edits_of_one_section() -> None:
    counter = WordCounter()
    counter.update(POLICY)
    total = sum(count_words(s.title) + count_words(s.body) for s in POLICY.walk())
    assert counter.total == total and counter.section_words("b") == 3
    edited = EditBody("b", "Deux cookies ici.").apply(POLICY).policy
    counter.update(edited, ("b",))
    assert counter.section_words("b") == 4 and counter.total == total + 1
    counter.update(Policy(Metadata(title="P"), (POLICY.sections[1],)))
    assert counter.total == count_words("Droits Écrivez-nous.") and counter.section_words("a") == 0


def test_replace_policy_is_undone_by_its_inverse() -> None:
    other = Policy(Metadata(title="Q", locale="en-GB"), (Section("z", "Z", 2, "zed"),), {"source": "x"})
    result = ReplacePolicy(other).apply(POLICY)
    assert result.policy is other and result.change == Change("structure", ("z",))
    assert result.inverse.apply(result.policy).policy is POLICY
