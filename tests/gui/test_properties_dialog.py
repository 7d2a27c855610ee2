"""File ▸ Properties: validated fields, one undoable step; the status bar tells the truth about typography."""

from __future__ import annotations

import datetime as dt

from editor.gui.dialogs.properties_dialog import PropertiesDialog
from editor.model.properties import update_on_export


def _set(dialog: PropertiesDialog, **values: str) -> None:
    for name, value in values.items():
        widget = dialog.edits[name]
        if hasattr(widget, "setCurrentText") and not widget.isEditable():
            widget.setCurrentIndex(widget.findData(value))  # chosen from a list shown in words
        elif hasattr(widget, "setCurrentText"):
            widget.setCurrentText(value)
        else:
            widget.setText(value)


def test_properties_apply_as_one_undoable_step(window, qtbot) -> None:
    window.actions["file_properties"].trigger()
    dialog = window.findChild(PropertiesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.edits["title"].text() == "Politique de test"
    _set(dialog, title="Politique de confidentialité", slug="confidentialite", effective="2026-03-01")
    _set(dialog, updated="2026-03-02", organisation="ACME", version="v2", status="published")
    dialog.update_on_export.setChecked(True)
    steps = window.document.undo_stack.count()
    dialog._accept()
    meta = window.document.policy.meta
    assert (meta.title, meta.slug, meta.organisation, meta.version) == (
        "Politique de confidentialité",
        "confidentialite",
        "ACME",
        "v2",
    )
    assert meta.effective == dt.date(2026, 3, 1) and update_on_export(meta)
    assert window.document.undo_stack.count() == steps + 1
    window.actions["edit_undo"].trigger()
    assert window.document.policy.meta.title == "Politique de test"


def test_a_wrong_field_is_named_and_nothing_changes(window) -> None:
    dialog = PropertiesDialog(window.document.policy.meta, window)
    for field, value in (("slug", "Pas Bon"), ("effective", "2026-02-30"), ("locale", "zz")):
        fresh = PropertiesDialog(window.document.policy.meta, window)
        _set(fresh, **{field: value})
        fresh._accept()
        assert fresh.result() == 0 and not fresh.problem.isHidden()
        assert value in fresh.problem.text()
    _set(dialog, title="Inchangé")
    assert dialog.operation() is None  # not accepted yet: nothing to apply


def test_status_bar_says_typography_is_off_outside_french(window) -> None:
    assert "off" not in window.status.profile_label.text()
    dialog = PropertiesDialog(window.document.policy.meta, window)
    _set(dialog, locale="en-GB")
    dialog._accept()
    window.document.apply(dialog.operation())
    text = window.status.profile_label.text()
    assert "off" in text and "en-GB" in text


def test_statuses_are_shown_in_words_and_another_tool_s_status_is_kept(window, monkeypatch) -> None:
    from dataclasses import replace

    from editor.model import SetMetadata

    window.document.execute(SetMetadata(replace(window.document.policy.meta, status="publish")))
    dialog = PropertiesDialog(window.document.policy.meta, window)
    status = dialog.edits["status"]
    shown = {status.itemData(i): status.itemText(i) for i in range(status.count())}
    assert shown["draft"] == "Draft" and shown["review"] == "In review"
    assert status.currentData() == "publish" and dialog.values()["status"] == "publish"
    status.setCurrentIndex(status.findData("archived"))
    assert dialog.metadata().status == "archived"
