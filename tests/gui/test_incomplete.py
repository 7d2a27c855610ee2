"""A policy imported cut off keeps its "incomplete" mark in the file; the outline shows the cut-off
section; exports ask for a confirmation while the mark is there; Properties clears it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gui_helpers import make_policy
from PySide6.QtCore import Qt

from editor import native
from editor.gui.dialogs.properties_dialog import PropertiesDialog
from editor.gui.document.document import Document
from editor.model.incomplete import CUT_OFF_KEY, cut_off_section, is_incomplete


def _incomplete():
    policy = make_policy()
    return replace(policy, meta=replace(policy.meta, extra={CUT_OFF_KEY: "contact"}))


def test_the_mark_survives_saving(tmp_path: Path) -> None:
    path = tmp_path / "cut.policy.md"
    native.save(_incomplete(), path)
    again = native.load(path)
    assert cut_off_section(again) == "contact"
    assert is_incomplete(again) and not is_incomplete(make_policy())


def test_outline_marks_the_cut_off_section(window) -> None:
    window.set_document(Document(_incomplete()))
    model = window.outline.model()
    index = model.index_of("contact")
    assert "cut off" in model.data(index, Qt.ItemDataRole.DisplayRole)
    assert "missing" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "cut off" not in model.data(model.index_of("intro"), Qt.ItemDataRole.DisplayRole)


def test_export_asks_while_the_mark_is_there(window, monkeypatch) -> None:
    window.set_document(Document(_incomplete()))
    asked: list[str] = []
    answer = {"value": False}

    def ask(title: str) -> bool:
        asked.append(title)
        return answer["value"]

    monkeypatch.setattr(window.controller, "ask_export_incomplete", ask)
    assert not window.controller.copy_export("html-fragment")
    assert asked == ["Contact"]
    answer["value"] = True
    assert window.controller.copy_export("html-fragment")
    dialog = PropertiesDialog(window.document.policy.meta, window)
    assert dialog.incomplete.isVisibleTo(dialog)
    dialog.incomplete.setChecked(False)
    dialog._accept()
    window.document.apply(dialog.operation())
    assert not is_incomplete(window.document.policy)
    model = window.outline.model()
    assert "cut off" not in model.data(model.index_of("contact"), Qt.ItemDataRole.DisplayRole)
    asked.clear()
    assert window.controller.copy_export("html-fragment") and asked == []
