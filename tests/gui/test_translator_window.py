"""The translator view: statuses in the outline, next outdated, the source change, mark, new target."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor import native
from editor.gui.translation.translator_window import COLOURS, TranslatorWindow
from editor.locales import Status, mark_translated, new_target, statuses

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "locales"


@pytest.fixture
def family(tmp_path: Path, app_home: Path) -> Path:
    source = tmp_path / "politique.fr-FR.policy.md"
    shutil.copy(FIXTURES / "politique.fr-FR.policy.md", source)
    return source


def open_window(qtbot, path: Path) -> TranslatorWindow:  # type: ignore[no-untyped-def]
    window = TranslatorWindow(path)
    qtbot.addWidget(window)
    window.modified = False
    return window


def test_new_translation_mark_and_save(qtbot, family: Path) -> None:
    window = open_window(qtbot, family)
    assert window.target is None and not window.mark_button.isEnabled()
    window.new_translation("en-GB")
    assert window.locale == "en-GB"
    assert window.counts_label.text() == "0 translated · 0 outdated · 3 missing · 0 extra"
    assert window.current_id == "intro"
    assert window.target_body.toPlainText() == window.source_body.toPlainText()  # a copy of the source
    window.target_title.setText("Introduction")
    window.target_title.textEdited.emit("Introduction")
    window.target_body.setPlainText("We **protect** your data.")
    window.mark_current()
    assert window.counts_label.text().startswith("1 translated")
    item = window.item_for("intro")
    assert item is not None and item.background(0).color().name() == COLOURS[Status.TRANSLATED][1]
    assert window.save()
    saved = native.load(family.with_name("politique.en-GB.policy.md"))
    intro = saved.find("intro")
    assert intro is not None and intro.body == "We **protect** your data."
    assert {e.id: e.status for e in statuses(native.load(family), saved)}["intro"] is Status.TRANSLATED


def test_outdated_section_shows_the_word_change(qtbot, family: Path) -> None:
    from editor.locales.history import remember

    source = native.load(family)
    remember(source.walk())
    native.save(mark_translated(source, new_target(source, "en-GB")), family.with_name("politique.en-GB.policy.md"))
    text = family.read_text(encoding="utf-8").replace("Vous pouvez écrire", "Vous pouvez toujours écrire")
    family.write_text(text, encoding="utf-8")

    window = open_window(qtbot, family)
    assert window.counts_label.text() == "2 translated · 1 outdated · 0 missing · 0 extra"
    assert window.current_id == "droits", "opens on the first section needing work"
    item = window.item_for("droits")
    assert item is not None and item.text(1) == "outdated"
    assert item.background(0).color().name() == COLOURS[Status.OUTDATED][1]
    html = window.change_view.toHtml()
    assert "toujours" in html and "text-decoration:underline" in html.replace(" ", "")
    window.select("intro")
    window.next_outdated()
    assert window.current_id == "droits"
    window.mark_current()
    assert window.counts_label.text().startswith("3 translated")
    window.next_outdated()
    assert window.current_id is None, "nothing left to do"
    assert window.save() and not window.modified
