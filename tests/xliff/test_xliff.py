"""XLIFF 1.2 exchange: files translate-toolkit reads, a full round trip, protected inline markup."""

from __future__ import annotations

import copy
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from translate.storage import xliff as ttk_xliff

from editor import native
from editor.cli import main
from editor.locales import Status, new_target, statuses
from editor.xliff import export_xliff, import_xliff
from editor.xliff.blocks import body_blocks, join_blocks
from editor.xliff.export import NS
from editor.xliff.inline import join, split

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "locales"
Q = f"{{{NS}}}"


@pytest.fixture
def source_file(tmp_path: Path) -> Path:
    path = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(FIXTURES / "politique.fr-FR.policy.md", path)
    return path


def fill_targets(data: bytes, translate, state: str = "translated") -> bytes:  # type: ignore[no-untyped-def]
    """What a CAT tool does: a <target> per unit, words changed, inline codes carried over."""
    root = ET.fromstring(data)
    for unit in root.iter(f"{Q}trans-unit"):
        old = unit.find(f"{Q}target")
        if old is not None:
            unit.remove(old)
        target = copy.deepcopy(unit.find(f"{Q}source"))
        assert target is not None
        target.tag = f"{Q}target"
        target.set("state", state)
        target.text = translate(target.text)
        for child in target:  # the codes' own text is kept as it is
            child.tail = translate(child.tail)
        unit.insert(1, target)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def shout(text: str | None) -> str | None:
    return text.upper() if text else text


def test_export_opens_with_translate_toolkit(source_file: Path) -> None:
    source = native.load(source_file)
    store = ttk_xliff.xlifffile.parsestring(export_xliff(source, new_target(source, "en-GB"), source_file.name))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("fr-FR", "en-GB")
    ids = [unit.xmlelement.get("id") for unit in store.units]
    assert ids == ["intro/title", "intro/1", "intro/2", "droits/title", "droits/1", "acces/title", "acces/1"]
    assert all(unit.target in (None, "") for unit in store.units)
    assert "status: missing" in store.units[0].getnotes()
    tags = [str(type(e).__name__) for e in store.units[1].rich_source[0].sub]
    assert "UnknownXML" in tags  # the bold, the link and the code span are inline elements


def test_round_trip_updates_the_target_and_keeps_markup(source_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlf = source_file.with_name("en.xlf")
    assert main(["xliff", "export", str(source_file), "--target-locale", "en-GB", "-o", str(xlf)]) == 0
    filled = fill_targets(xlf.read_bytes(), shout)
    store = ttk_xliff.xlifffile.parsestring(filled)
    assert store.units[0].target == "INTRODUCTION"
    xlf.write_bytes(filled)
    assert main(["xliff", "import", str(xlf)]) == 0
    english = native.load(source_file.with_name("politique.en-GB.policy.md"))
    intro = english.find("intro")
    assert intro is not None and intro.title == "INTRODUCTION"
    assert intro.body.startswith("NOUS **PROTÉGEONS** VOS [DONNÉES](https://exemple.fr/donnees) ET `cookies`.")
    assert "- PREMIER POINT\n- SECOND *POINT*" in intro.body
    assert {e.status for e in statuses(native.load(source_file), english)} == {Status.TRANSLATED}

    # the French changes: the English section becomes outdated, in the CLI and in the next export
    text = source_file.read_text(encoding="utf-8").replace("Vous pouvez écrire", "Vous pouvez toujours écrire")
    source_file.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["locales", str(source_file)]) == 1
    assert "outdated   droits" in capsys.readouterr().out
    assert main(["xliff", "export", str(source_file), "--target-locale", "en-GB", "-o", str(xlf)]) == 0
    store = ttk_xliff.xlifffile.parsestring(xlf.read_bytes())
    states = {unit.xmlelement.get("id"): unit.xmlelement.find(f"{Q}target").get("state") for unit in store.units}
    assert states["droits/1"] == "needs-review-translation" and states["intro/1"] == "translated"


def test_import_made_on_an_old_source_stays_outdated(source_file: Path) -> None:
    source = native.load(source_file)
    exported = export_xliff(source, new_target(source, "en-GB"))
    changed = native.loads(native.dumps(source).replace("Texte d’accès.", "Nouveau texte d’accès."))
    english, report = import_xliff(fill_targets(exported, shout), changed, new_target(changed, "en-GB"))
    result = {e.id: e.status for e in statuses(changed, english)}
    assert result == {"intro": Status.TRANSLATED, "droits": Status.TRANSLATED, "acces": Status.OUTDATED}
    assert report.unmatched == []


def test_broken_inline_codes_are_reported_and_not_used(source_file: Path) -> None:
    source = native.load(source_file)
    filled = fill_targets(export_xliff(source, new_target(source, "en-GB")), shout)
    root = ET.fromstring(filled)
    unit = next(u for u in root.iter(f"{Q}trans-unit") if u.get("id") == "intro/1")
    target = unit.find(f"{Q}target")
    assert target is not None
    target.remove(target.find(f"{Q}ept"))  # the translator deleted the end of the bold
    english, report = import_xliff(ET.tostring(root), source, new_target(source, "en-GB"))
    assert [unit_id for unit_id, _ in report.unmatched] == ["intro/1"]
    intro = english.find("intro")
    assert intro is not None and "Nous **protégeons**" in intro.body  # the untranslated source block stays
    assert {e.id: e.status for e in statuses(source, english)}["intro"] is Status.MISSING


def test_units_of_unknown_sections_are_reported(source_file: Path) -> None:
    source = native.load(source_file)
    data = export_xliff(source, new_target(source, "en-GB")).replace(b'id="acces/1"', b'id="gone/1"')
    _, report = import_xliff(fill_targets(data, shout), source, new_target(source, "en-GB"))
    assert report.unmatched == [("gone/1", "no such section in the source")]


def test_not_xliff_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.xlf"
    bad.write_text("<html/>", encoding="utf-8")
    assert main(["xliff", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an XLIFF 1.2 file" in err


_MARKDOWN = st.text(alphabet=st.sampled_from(list("ab é*_`[]()<>!|-#\\\n1.~:/")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_MARKDOWN)
def test_split_gives_back_the_block_exactly(block: str) -> None:
    assert join(split(block)) == block


@settings(max_examples=200, deadline=None)
@given(_MARKDOWN)
def test_a_copied_target_imports_to_the_same_text(text: str) -> None:
    body = join_blocks(body_blocks(text.strip()))
    source = native.loads(f"---\ntitle: T\n---\n\n## A {{#a}}\n\n{body}\n".replace("\n#", "\n\\#"))
    exported = export_xliff(source, new_target(source, "en-GB"))
    english, report = import_xliff(fill_targets(exported, lambda t: t), source, new_target(source, "en-GB"))
    assert report.unmatched == []
    assert [s.body for s in english.walk()] == [s.body for s in source.walk()]


def test_cli_import_lists_unmatched_units_and_exits_1(source_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xlf = source_file.with_name("en.xlf")
    assert main(["xliff", "export", str(source_file), "--target-locale", "en-GB", "-o", str(xlf)]) == 0
    xlf.write_bytes(fill_targets(xlf.read_bytes(), shout).replace(b'id="acces/1"', b'id="gone/1"'))
    capsys.readouterr()
    assert main(["xliff", "import", str(xlf)]) == 1
    assert capsys.readouterr().err == f"{xlf}: unit gone/1: no such section in the source\n"
    english = native.load(source_file.with_name("politique.en-GB.policy.md"))
    result = {e.id: e.status for e in statuses(native.load(source_file), english)}
    assert result == {"intro": Status.TRANSLATED, "droits": Status.TRANSLATED, "acces": Status.MISSING}
