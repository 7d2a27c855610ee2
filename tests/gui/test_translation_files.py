"""The .ts files under test: nothing obsolete, placeholders and plurals kept, French typography right.

(tests/gui/test_i18n.py checks that no tr() string is missing and that French is finished.)
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from editor.gui import i18n
from editor.typography import check

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("policy_editor_*.ts"))
FRENCH = ROOT / "translations" / "policy_editor_fr.ts"
_PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[a-z_]*(?:![rs])?\}")
#: Literal syntax quoted in a message, typed by the user as is: not French prose.
LITERALS = ("clé: valeur",)
NO_BREAK = {"\u00a0", "\u202f"}


def messages(path: Path) -> list[tuple[str, etree.Element]]:
    root = etree.parse(path).getroot()
    return [(context.findtext("name") or "", m) for context in root.iter("context") for m in context.iter("message")]


def forms(message: etree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    return [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    if not Path(sys.executable).with_name("pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    out = tmp_path_factory.mktemp("ts") / "fresh_fr.ts"
    subprocess.run(i18n.lupdate_command([out]), check=True, capture_output=True)
    return {(context, m.findtext("source") or "") for context, m in messages(out)}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_nothing_obsolete_in_the_ts_files(path: Path, fresh: set[tuple[str, str]]) -> None:
    """A string removed from the code is removed from the .ts (python -m editor.gui.i18n update)."""
    kept = {(context, m.findtext("source") or "") for context, m in messages(path)}
    assert not kept - fresh, f"obsolete in {path.name}: {sorted(kept - fresh)[:5]}"
    assert not fresh - kept, f"missing from {path.name}: {sorted(fresh - kept)[:5]}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_plurals_match_the_source(path: Path) -> None:
    for _, message in messages(path):
        source = message.findtext("source") or ""
        plural = "%n" in source
        assert (message.get("numerus") == "yes") == plural, f"%n and numerus disagree: {source!r}"
        wanted = sorted(set(_PLACEHOLDER.findall(source)) - {"%n"})
        for text in forms(message):
            if not text and message.find("translation").get("type") == "unfinished":  # type: ignore[union-attr]
                continue
            assert sorted(set(_PLACEHOLDER.findall(text)) - {"%n"}) == wanted, f"placeholders differ: {text!r}"
        if plural and any(forms(message)):
            assert "%n" in forms(message)[-1], f"the plural form lost %n: {source!r}"


def typography_problems(text: str) -> list[str]:
    """What our French typography engine would change, apart from the kind of no-break space."""
    for literal in LITERALS:
        text = text.replace(literal, "x" * len(literal))
    fmt = "html" if re.search(r"</?[a-z][^<>]*>", text) else "text"
    problems = []
    for finding in check(text, "fine", fmt):
        span = text[finding.offset : finding.offset + finding.length]
        if span in NO_BREAK and finding.replacement in NO_BREAK:
            continue  # house style: U+00A0 inside « », accepted as well as U+202F
        problems.append(f"{finding.message()} at {text[max(finding.offset - 15, 0) : finding.offset + 15]!r}")
    return problems


def test_french_translations_follow_french_typography() -> None:
    bad = {}
    for _, message in messages(FRENCH):
        for text in forms(message):
            problems = typography_problems(text)
            if problems:
                bad[text] = problems
    assert not bad, "\n".join(f"{text!r}: {problems}" for text, problems in list(bad.items())[:5])


def test_the_typography_check_can_fail() -> None:
    assert typography_problems("Enregistrer ? Oui : « non »")
    assert typography_problems("l'apostrophe droite")
    assert not typography_problems("Enregistrer\u202f? Oui\u00a0: «\u00a0non\u00a0»")


def test_update_usage_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert i18n.main(["frobnicate"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_update_runs_lupdate(tmp_path: Path) -> None:
    target = tmp_path / "policy_editor_de.ts"
    output = i18n.update([target])
    assert "Found" in output and target.exists()
    assert {m.findtext("source") for _, m in messages(target)} >= {"the file does not exist"}
