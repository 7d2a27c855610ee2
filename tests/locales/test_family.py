"""Policy families: which files belong together, and each section's status after source edits."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from editor import native
from editor.cli import main
from editor.locales import (
    Status,
    counts,
    family_files,
    load_family,
    mark_translated,
    new_target,
    split_name,
    statuses,
    target_path,
)
from editor.model.policy import Policy, Section

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "locales"


@pytest.fixture
def family(tmp_path: Path) -> Path:
    source = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(FIXTURES / "politique.fr-FR.policy.md", source)
    return source


def english(source: Policy) -> Policy:
    """A complete English translation, marked translated."""
    words = {"intro": ("Introduction", "We **protect** your data."), "droits": ("Your rights", "Write to us.")}
    words["acces"] = ("Access", "Access text.")

    def translate(section: Section) -> Section:
        title, body = words[section.id]
        return dataclasses.replace(section, title=title, body=body, children=tuple(map(translate, section.children)))

    target = new_target(source, "en-GB")
    target = dataclasses.replace(target, sections=tuple(map(translate, target.sections)))
    return mark_translated(source, target)


def edit(policy: Policy, section_id: str, body: str) -> Policy:
    def change(section: Section) -> Section:
        new_body = body if section.id == section_id else section.body
        return dataclasses.replace(section, body=new_body, children=tuple(map(change, section.children)))

    return dataclasses.replace(policy, sections=tuple(map(change, policy.sections)))


def test_names_split_into_stem_and_locale() -> None:
    assert split_name("a/politique.fr-FR.policy.md") == ("politique", "fr-FR")
    assert split_name("cgu.v2.en.policy.md") == ("cgu.v2", "en")
    assert split_name("politique.policy.md") is None
    assert target_path("d/politique.fr-FR.policy.md", "en-GB") == Path("d/politique.en-GB.policy.md")


def test_family_files_are_the_same_stem_only(family: Path) -> None:
    for name in ("politique.en-GB.policy.md", "politique.de.policy.md", "autre.en-GB.policy.md"):
        shutil.copy(family, family.with_name(name))
    assert sorted(family_files(family)) == ["de", "en-GB", "fr-FR"]


def test_a_fresh_translation_is_missing_everywhere(family: Path) -> None:
    source = native.load(family)
    entries = statuses(source, new_target(source, "en-GB"))
    assert [(e.id, e.status) for e in entries] == [(i, Status.MISSING) for i in ("intro", "droits", "acces")]


def test_a_source_edit_makes_exactly_that_section_outdated(family: Path) -> None:
    source = native.load(family)
    target = english(source)
    assert {e.status for e in statuses(source, target)} == {Status.TRANSLATED}
    changed = edit(source, "droits", "Vous pouvez écrire au DPO.")
    result = {e.id: e.status for e in statuses(changed, target)}
    assert result == {"intro": Status.TRANSLATED, "droits": Status.OUTDATED, "acces": Status.TRANSLATED}
    assert {e.status for e in statuses(changed, mark_translated(changed, target, ["droits"]))} == {Status.TRANSLATED}


def test_sections_gone_from_the_source_are_extra(family: Path) -> None:
    source = native.load(family)
    target = english(source)
    trimmed = dataclasses.replace(source, sections=source.sections[:1])
    result = counts(statuses(trimmed, target))
    assert result == {Status.TRANSLATED: 1, Status.OUTDATED: 0, Status.MISSING: 0, Status.EXTRA: 2}


def test_the_family_finds_its_source_by_the_translations_records(family: Path) -> None:
    source = native.load(family)
    native.save(english(source), family.with_name("politique.en-GB.policy.md"))
    for member in family_files(family).values():
        loaded = load_family(member)
        assert loaded.source_locale == "fr-FR"
        assert list(loaded.targets) == ["en-GB"]


def test_cli_prints_statuses_and_exits_1_when_outdated(family: Path, capsys: pytest.CaptureFixture[str]) -> None:
    english_file = family.with_name("politique.en-GB.policy.md")
    native.save(english(native.load(family)), english_file)
    assert main(["locales", str(english_file)]) == 0
    native.save(edit(native.load(family), "intro", "Nous protégeons tout."), family)
    capsys.readouterr()
    assert main(["locales", str(family)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "politique.en-GB.policy.md (from fr-FR)"
    assert out[1].split()[:2] == ["outdated", "intro"]
    assert out[2].split()[:2] == ["translated", "droits"]


def test_cli_new_then_missing(family: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["locales", str(family), "--new", "en-GB"]) == 0
    assert main(["locales", str(family), "--new", "en-GB"]) == 2
    assert main(["locales", str(family), "--json"]) == 1
    assert "this translation exists already" in capsys.readouterr().err


def test_cli_names_the_problem_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "politique.policy.md"
    plain.write_text("---\ntitle: T\n---\n", encoding="utf-8")
    assert main(["locales", str(plain)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NAME.LOCALE.policy.md" in err


def test_the_source_text_is_found_again_by_its_fingerprint(family: Path, app_home: Path) -> None:
    from editor.legal.versions import publish
    from editor.locales import fingerprint
    from editor.locales.history import recall, remember

    source = native.load(family)
    intro = source.find("intro")
    assert intro is not None
    assert recall(fingerprint(intro), "intro") is None
    remember(source.walk())
    found = recall(fingerprint(intro), "intro")
    assert found is not None and (found.title, found.body) == (intro.title, intro.body)
    # a published version is searched as well
    shutil.rmtree(app_home / "state" / "translation-sources", ignore_errors=True)
    published, _ = publish(source, family, "1.0", "test", "")
    native.save(published, family)
    droits = source.find("droits")
    assert droits is not None
    again = recall(fingerprint(droits), "droits", family)
    assert again is not None and again.body == droits.body


def test_the_source_change_is_marked_word_by_word() -> None:
    from editor.locales.change import change_html

    old = Section("a", "Droits", 2, "Vous pouvez écrire.\nAu DPO.")
    new = Section("a", "Droits", 2, "Vous pouvez toujours écrire.\nAu DPO.")
    assert change_html(old, new) == "<p>Droits<br><br>Vous pouvez<ins> toujours</ins> écrire.<br>Au DPO.</p>"
