"""Spell-checking in French and English: prose only, apostrophes, compounds, the personal dictionary."""

from __future__ import annotations

from pathlib import Path

from editor.spelling import PersonalDictionary, SpellChecker, checker_for
from editor.spelling.checker import american_forms, dictionary_for, language_for
from editor.spelling.words import prose_words


def _words(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.misspellings(text)]


def test_the_locale_chooses_the_dictionary(tmp_path: Path) -> None:
    assert language_for("fr-FR") == "fr" and language_for("en_GB") == "en" and language_for("de-DE") is None
    assert checker_for("de-DE") is None
    french = checker_for("fr-FR", PersonalDictionary("fr", tmp_path))
    english = checker_for("en-US", PersonalDictionary("en", tmp_path))
    assert _words(french, "Nous traitons vos données personnelles.") == []
    assert _words(english, "Nous traitons vos données personnelles.") != []
    assert _words(english, "We recieve your personal data.") == ["recieve"]


def test_british_english_is_accepted_in_en_gb_and_flagged_in_en_us(tmp_path: Path) -> None:
    assert dictionary_for("en-GB") == "en-GB" and dictionary_for("en_IE") == "en-GB" and dictionary_for("en") == "en-GB"
    assert dictionary_for("en-US") == "en-US" and dictionary_for("fr-CA") == "fr" and dictionary_for("de") is None
    assert american_forms("organisations") == {"organizations"} and american_forms("colour") == {"color"}
    assert american_forms("word") == set()
    british = checker_for("en-GB", PersonalDictionary("en", tmp_path))
    american = checker_for("en-US", PersonalDictionary("en", tmp_path))
    text = (
        "The organisation will analyse and minimise the personal data it has catalogued; its behaviour, "
        "the colours of its centre, its licence, defence programmes and travelled staff are recognised."
    )
    assert _words(british, text) == []
    assert {"organisation", "analyse", "minimise", "behaviour", "colours", "centre", "recognised"} <= set(
        _words(american, text)
    )
    assert _words(british, "We recieve your personal data; a sence of colur.") == ["recieve", "sence", "colur"]


def test_urls_emails_code_link_targets_and_markup_are_never_checked(tmp_path: Path) -> None:
    checker = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    text = (
        'Voir [la page](https://exmple.fr/chemn "titrre") ou www.exmple.fr, écrivez à dpo@exmple.fr,'
        ' tapez `codde` <span class="fooo">texte</span> {: #ancre-fausse } à 12:30.\n\n'
        "```\nbloc codde\n```\n\n[réf]: https://exmple.fr/zzz\n"
    )
    assert _words(checker, text) == []
    assert _words(checker, "Une erreurr dans [le libellé](https://exemple.fr).") == ["erreurr"]


def test_apostrophes_elisions_compounds_and_no_break_spaces(tmp_path: Path) -> None:
    checker = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    text = "Aujourd’hui, l’adresse\u00a0: jusqu’à lorsqu’il le sous-traitant\u202f; peut-être d'accord."
    assert _words(checker, text) == []
    assert _words(checker, "l’adrresse") == ["l’adrresse"]
    assert [(s, e) for s, e, _ in prose_words("mot\u202f; autre")] == [(0, 3), (6, 11)]


def test_acronyms_ordinals_and_one_letter_words_are_skipped(tmp_path: Path) -> None:
    checker = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    assert _words(checker, "La CNIL et le RGPD, le 1er article, l’article 2bis, a b.") == []


def test_suggestions_keep_capitals_and_apostrophes(tmp_path: Path) -> None:
    checker = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    assert "traitement" in checker.suggestions("traitment")
    assert "Traitement" in checker.suggestions("Traitment")


def test_add_to_dictionary_persists_and_ignore_lasts_the_session(tmp_path: Path) -> None:
    checker = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    assert _words(checker, "Le Cookiebot et le Axeptio.") == ["Cookiebot", "Axeptio"]
    checker.add("Cookiebot")
    checker.ignore("Axeptio")
    assert _words(checker, "Le Cookiebot et le Axeptio.") == []
    again = SpellChecker("fr", PersonalDictionary("fr", tmp_path))
    assert _words(again, "Le Cookiebot et le Axeptio.") == ["Axeptio"]
    assert (tmp_path / "personal-fr.txt").read_text(encoding="utf-8") == "Cookiebot\n"


def test_the_personal_dictionary_lives_in_the_user_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POLICY_EDITOR_HOME", str(tmp_path))
    assert PersonalDictionary("en").path == tmp_path / "data" / "personal-en.txt"
