"""Finding text across sections, word counts kept per section, and replacing a whole policy."""

from __future__ import annotations

from editor.model import Change, EditBody, Metadata, Policy, ReplacePolicy, Section, count_words
from editor.model.search import Place, SearchOptions, find_all, step
from editor.model.word_count import WordCounter

POLICY = Policy(
    Metadata(title="P"),
    (
        Section("a", "Données", 2, "Nous collectons vos données.", (Section("b", "Cookies", 3, "Un cookie."),)),
        Section("c", "Droits", 2, "Écrivez-nous."),
    ),
)


def test_step_goes_to_the_next_match_from_the_cursor_and_wraps() -> None:
    matches = find_all(POLICY, "nous", SearchOptions())
    assert [(m.section_id, m.field, m.start) for m in matches] == [("a", "body", 0), ("c", "body", 8)]
    assert step(POLICY, matches, None) == 0 and step(POLICY, matches, None, backward=True) == 1
    assert step(POLICY, matches, Place("a", "body", 0, 0)) == 0  # a match at the cursor is the next one
    assert step(POLICY, matches, Place("a", "body", 0, 4)) == 1  # the selected match: the one after it
    assert step(POLICY, matches, Place("b", "title", 2, 2)) == 1  # from a section without a match
    assert step(POLICY, matches, Place("c", "body", 8, 12)) == 0  # wraps to the start
    assert step(POLICY, matches, Place("c", "body", 8, 12), backward=True) == 0
    assert step(POLICY, matches, Place("a", "title", 0, 0), backward=True) == 1  # wraps to the end
    titles = find_all(POLICY, "DONNÉES", SearchOptions())
    assert [(m.section_id, m.field) for m in titles] == [("a", "title"), ("a", "body")]
    assert step(POLICY, titles, Place("a", "title", 0, 7)) == 1  # from the title to the body
    assert step(POLICY, [], None) is None


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
