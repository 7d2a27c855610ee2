"""The legal tools in the window: checklist dock (status icons, jump to evidence, insert a missing
section as one undo step), publishing versions and the comparison view."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor import native
from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.legal.versions import list_versions, load_version
from editor.model import EditBody, Metadata, Policy, Section

WHEN = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _policy() -> Policy:
    return Policy(
        Metadata(title="Politique de confidentialité", locale="fr-FR"),
        (
            Section("qui", "Qui sommes-nous", 2, "Le responsable du traitement est Exemple SAS, 1 rue de Paris."),
            Section(
                "droits",
                "Vos droits",
                2,
                "Vous disposez d’un droit d’accès à vos données.\n\nVous pouvez aussi vous opposer au traitement.",
            ),
            Section("contact", "Contact", 2, "Écrivez-nous à contact@exemple.fr."),
        ),
    )


def _open_panel(window: MainWindow, qtbot, policy: Policy, path: str | None = None):
    window.set_document(Document(policy, path))
    panel = window.legal.panel
    with qtbot.waitSignal(panel.report_shown, timeout=10000):
        window.actions["view_checklist"].setChecked(True)
    return panel


def _row(panel, item_id: str):
    for index in range(panel.tree.topLevelItemCount()):
        row = panel.tree.topLevelItem(index)
        if row.data(0, 256) == item_id:
            return row
    raise KeyError(item_id)


def test_panel_lists_items_with_their_status(window: MainWindow, qtbot) -> None:
    panel = _open_panel(window, qtbot, _policy())
    assert panel.isVisible()
    assert panel.tree.topLevelItemCount() == 28
    assert panel.report.result("right_access").status == "covered"
    assert _row(panel, "right_access").text(1) == panel.status_text("covered")
    assert _row(panel, "retention").text(1) == panel.status_text("missing")
    assert not _row(panel, "retention").icon(0).isNull()
    assert _row(panel, "eu_representative").text(1) == "not applicable"
    assert "lawyer" in panel.disclaimer.text() and "complian" not in panel.disclaimer.text()


def test_clicking_a_covered_item_shows_its_evidence(window: MainWindow, qtbot) -> None:
    panel = _open_panel(window, qtbot, _policy())
    panel.select_item("right_access")
    assert not panel.insert_button.isEnabled()
    panel.select_item("right_objection")
    assert window.outline.current_section_id() == "droits"
    assert window.section_editor.body.textCursor().selectedText().startswith("Vous pouvez aussi vous opposer")


def test_a_missing_item_is_inserted_where_it_belongs_as_one_undo_step(window: MainWindow, qtbot) -> None:
    panel = _open_panel(window, qtbot, _policy())
    panel.select_item("retention")
    assert panel.insert_button.isEnabled()
    steps = window.document.undo_stack.count()
    with qtbot.waitSignal(panel.report_shown, timeout=10000):
        panel.insert_button.click()
    policy = window.document.policy
    # The nearest item before retention in the checklist with evidence is controller_contact ("contact").
    added = policy.sections[3]
    assert (added.title, added.body) == ("Durées de conservation", "")
    assert [s.id for s in policy.sections] == ["qui", "droits", "contact", added.id]
    assert window.outline.current_section_id() == added.id
    assert window.document.undo_stack.count() == steps + 1
    window.undo()
    assert window.document.policy == _policy()


def test_the_check_follows_edits(window: MainWindow, qtbot) -> None:
    panel = _open_panel(window, qtbot, _policy())
    assert panel.report.result("complaint_authority").status == "missing"
    with qtbot.waitSignal(panel.report_shown, timeout=10000):
        window.document.apply(EditBody("contact", "Vous pouvez introduire une réclamation auprès de la CNIL."))
    assert panel.report.result("complaint_authority").status == "covered"


def test_publish_lists_and_compares_versions(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "politique.policy.md"
    native.save(_policy(), path)
    window.set_document(Document(_policy(), str(path)))
    dialog = window.legal.versions_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    version = dialog.publish("1.0", "Marie", "Première version", WHEN)
    assert version is not None and dialog.table.rowCount() == 1
    assert window.document.policy.meta.version == "1.0"
    assert window.document.policy.meta.updated == dt.date(2026, 3, 1)
    assert not window.document.is_modified() and native.load(path).meta.version == "1.0"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert dialog.publish("1.0", "Marie", "encore") is None and "already published" in warnings[0]
    window.document.apply(EditBody("droits", "Vous disposez d’un droit d’accès et de rectification."))
    dialog.table.selectRow(0)
    assert dialog.compare_two_button.isEnabled() is False and dialog.compare_current_button.isEnabled()
    with qtbot.waitSignal(dialog.comparison_ready, timeout=10000) as shown_signal:
        assert dialog.compare_with_current()
    compare_dialog = shown_signal.args[0]
    shown = compare_dialog.view.toPlainText()
    assert "Section modifiée" in shown and "rectification" in shown
    out = tmp_path / "redline.docx"
    compare_dialog.export(str(out))
    with zipfile.ZipFile(out) as package:
        assert b"<w:ins " in package.read("word/document.xml")
    assert [v.label for v in list_versions(path)] == ["1.0"]
    assert load_version(path, "1.0").meta.version == "1.0"


def test_versions_need_a_saved_policy(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[1]))
    window.set_document(Document(_policy()))
    assert window.legal.versions_dialog() is None and told


def test_publish_dialog_suggests_the_next_label_and_two_versions_compare(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from editor.gui.legal.versions_dialog import PublishDialog

    path = tmp_path / "politique.policy.md"
    native.save(_policy(), path)
    window.set_document(Document(_policy(), str(path)))
    dialog = window.legal.versions_dialog()
    qtbot.addWidget(dialog)
    dialog.publish("1.4", "Marie", "", WHEN)
    seen: list[str] = []

    def accept(self: PublishDialog) -> int:
        seen.append(self.label.text())
        self.note.setPlainText("Ajout de la rectification")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PublishDialog, "exec", accept)
    window.document.apply(EditBody("droits", "Vous disposez d’un droit de rectification."))
    dialog.ask_and_publish()
    assert seen == ["1.5"]
    assert [(v.label, v.note) for v in list_versions(path)] == [("1.4", ""), ("1.5", "Ajout de la rectification")]
    dialog.table.selectAll()
    assert dialog.compare_two_button.isEnabled()
    with qtbot.waitSignal(dialog.comparison_ready, timeout=10000) as shown_signal:
        assert dialog.compare_selected()
    compare_dialog = shown_signal.args[0]
    assert "1.4" in compare_dialog.windowTitle() and "1.5" in compare_dialog.windowTitle()
    assert "- Section modifiée\u00a0: « Vos droits »" in compare_dialog.change_log()
