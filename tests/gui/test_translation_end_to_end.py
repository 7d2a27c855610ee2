"""End to end: the French policy edited in the editor shows up as an outdated section of the
English file in the CLI (``locales``), in the GUI translator view and through an XLIFF round trip."""

from __future__ import annotations

import copy
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_helpers import make_policy
from PySide6.QtCore import QLocale

from editor import native
from editor.cli import main
from editor.gui import i18n
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.translation.translator_window import TranslatorWindow
from editor.locales import Status, statuses
from editor.xliff.export import NS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "locales"
Q = f"{{{NS}}}"


def translate_every_unit(data: bytes) -> bytes:
    """A stand-in CAT tool and translator: each unit's target is its source in capitals, the inline
    codes (links, emphasis) carried over untouched."""
    root = ET.fromstring(data)
    for unit in root.iter(f"{Q}trans-unit"):
        for old in unit.findall(f"{Q}target"):
            unit.remove(old)
        target = copy.deepcopy(unit.find(f"{Q}source"))
        assert target is not None
        target.tag, target.text = f"{Q}target", (target.text or "").upper()
        target.set("state", "translated")
        for code in target:
            code.tail = (code.tail or "").upper()
        unit.insert(1, target)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def xliff_round_trip(source: Path, tmp_path: Path) -> dict[str, str]:
    """Export for en-GB, let the "CAT tool" fill every unit, import; the states the export gave."""
    xlf = tmp_path / "en.xlf"
    assert main(["xliff", "export", str(source), "--target-locale", "en-GB", "-o", str(xlf)]) == 0
    exported = ET.parse(xlf).getroot()
    states = {
        unit.get("id", ""): (unit.find(f"{Q}target").get("state", "") if unit.find(f"{Q}target") is not None else "")
        for unit in exported.iter(f"{Q}trans-unit")
    }
    xlf.write_bytes(translate_every_unit(xlf.read_bytes()))
    assert main(["xliff", "import", str(xlf)]) == 0
    return states


@pytest.fixture
def english_ui(qapp):  # type: ignore[no-untyped-def]
    i18n.switch_language(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    for installed in i18n._installed:
        qapp.removeTranslator(installed)
    i18n._installed.clear()


def test_a_french_edit_is_outdated_in_the_cli_the_gui_and_xliff(
    english_ui, qtbot, app_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(FIXTURES / "politique.fr-FR.policy.md", source)
    target = source.with_name("politique.en-GB.policy.md")

    # 1. a complete English translation, through XLIFF
    xliff_round_trip(source, tmp_path)
    assert main(["locales", str(source)]) == 0
    assert {entry.status for entry in statuses(native.load(source), native.load(target))} == {Status.TRANSLATED}

    # 2. the French is edited in the editor, as a user does: type in the section's body, save
    window = MainWindow(Document(make_policy()))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(source), ask=False)
    window.outline.select_section("droits")
    body = window.section_editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.setFocus()
    qtbot.keyClicks(body, " Merci.")
    qtbot.waitUntil(lambda: "Merci." in (native.dumps(window.document.policy)))
    assert window.save()
    assert "Merci." in source.read_text(encoding="utf-8")

    # 3. the CLI: that section, and only it, is outdated; exit 1
    capsys.readouterr()
    assert main(["locales", str(source)]) == 1
    report = {line.split()[1]: line.split()[0] for line in capsys.readouterr().out.splitlines()[1:] if line.strip()}
    assert report == {"intro": "translated", "droits": "outdated", "acces": "translated"}

    # 4. the GUI translator view: status, counts, next outdated section, the changed words
    translator = TranslatorWindow(source)
    qtbot.addWidget(translator)
    translator.modified = False
    assert translator.counts_label.text() == "2 translated · 1 outdated · 0 missing · 0 extra"
    item = translator.item_for("droits")
    assert item is not None and item.text(1) == "outdated"
    assert translator.current_id == "droits"
    assert "Merci" in translator.change_view.toPlainText()

    # 5. XLIFF: the export asks for a review of that section's units only; the import brings it back in sync
    states = xliff_round_trip(source, tmp_path)
    assert states["droits/1"] == "needs-review-translation"
    assert states["intro/1"] == states["acces/1"] == "translated"
    capsys.readouterr()
    assert main(["locales", str(source)]) == 0
    droits = native.load(target).find("droits")
    assert droits is not None and droits.body.endswith("MERCI.")
