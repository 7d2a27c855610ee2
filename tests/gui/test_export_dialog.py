"""File ▸ Export…: formats and options from the exporters' declarations, per-document memory,
the export off the UI thread (done, failed, cancelled: no partial file), clipboard copies."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from editor.export_service import formats, options_of
from editor.gui.dialogs.export_dialog import ExportDialog, export_formats
from editor.gui.dialogs.export_job import PDF, ExportJob, ExportRequest
from editor.model import SetMetadata
from editor.model.properties import with_update_on_export


def test_formats_and_options_come_from_the_declarations(window) -> None:
    dialog = ExportDialog(window.document.policy, None, window)
    assert export_formats() == [name for name in formats() if name != "policy"] + [PDF]
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == export_formats()
    for name in formats():
        if name == "policy":
            continue
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(name))
        assert [field.option.name for field in dialog.fields] == [option.name for option in options_of(name)]
        for field in dialog.fields:
            kind = field.option.kind
            assert isinstance(field.widget, {"bool": QCheckBox, "choice": QComboBox}.get(kind, type(field.widget)))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.path_edit.text().endswith(".docx")


def _export(window, qtbot, request: ExportRequest) -> list[str]:
    seen: list[str] = []
    window.controller.export_finished.connect(seen.append)
    window.controller.export_failed.connect(lambda text: seen.append("failed: " + text))
    window.errors_on_stderr = True  # no "done" message box to click
    window.controller.start(window.document.policy, request)
    qtbot.waitUntil(lambda: bool(seen) and window.controller.job is None, timeout=30000)
    return seen


@pytest.mark.parametrize("name", [n for n in formats() if n != "policy"])
def test_every_format_exports_off_the_ui_thread(window, qtbot, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"out-{name}"
    assert _export(window, qtbot, ExportRequest(name, str(target))) == [str(target)]
    assert target.stat().st_size > 0


def test_options_from_the_dialog_reach_the_exporter(window, qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(window.document.policy, None, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.field("toc").set_value(False)
    dialog.field("updated").set_value("2025-01-02")
    dialog.path_edit.setText(str(tmp_path / "page"))
    assert dialog.check() == ""
    request = dialog.request()
    assert request.path.endswith("page.html") and request.options == {"toc": False, "updated": "2025-01-02"}
    _export(window, qtbot, request)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "janvier 2025" in page and 'class="policy-toc"' not in page
    dialog.field("updated").set_value("2025-02-30")
    assert "2025-02-30" in dialog.check()


def test_last_folder_and_format_are_remembered_per_document(window, tmp_path: Path) -> None:
    dialog = ExportDialog(window.document.policy, "/a/one.policy.md", window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.path_edit.setText(str(tmp_path / "x.md"))
    dialog._accept()
    again = ExportDialog(window.document.policy, "/a/one.policy.md", window)
    assert again.current_format() == "md" and again.path_edit.text().startswith(str(tmp_path))
    other = ExportDialog(window.document.policy, "/a/two.policy.md", window)
    assert other.current_format() == export_formats()[0]


def test_a_failed_export_leaves_no_file_and_says_why(window, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "page.html"
    seen = _export(window, qtbot, ExportRequest("html", str(target)))
    assert seen[0].startswith("failed: ") and not target.exists()
    assert window.controller.job is None


def test_cancel_writes_nothing_and_keeps_the_old_file(window, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "page.pdf"
    target.write_bytes(b"old")
    job = ExportJob(window.document.policy, ExportRequest(PDF, str(target)))
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        job.start()
    assert job.wait(30000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.pdf"]


def test_copy_wordpress_payload_and_html_fragment(window) -> None:
    assert window.controller.copy_export("wp-update")
    payload = json.loads(QApplication.clipboard().text())
    assert isinstance(payload, dict) and "content" in json.dumps(payload)
    assert window.controller.copy_export("html-fragment")
    assert "Bienvenue" in QApplication.clipboard().text()


def test_update_on_export_sets_today_as_one_undo_step(window) -> None:
    document = window.document
    document.apply(SetMetadata(with_update_on_export(document.policy.meta, True)))
    steps = document.undo_stack.count()
    policy = window.controller.policy_for_export()
    assert policy is not None and policy.meta.updated == dt.date.today()
    assert document.undo_stack.count() == steps + 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_has_the_text_page_numbers_and_title(window, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "politique.pdf"
    _export(window, qtbot, ExportRequest(PDF, str(target)))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    assert "Politique de test" in text and "Bienvenue" in text and "Page 1 / 1" in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "A4" in info


def test_file_export_runs_from_the_menu_to_the_file(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    """File ▸ Export… (the toolbar's button too): the dialog's choice is exported in the background."""
    target = tmp_path / "politique.docx"

    def choose(dialog: ExportDialog) -> int:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
        dialog.field("toc").set_value(False)
        dialog.path_edit.setText(str(target))
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(ExportDialog, "exec", choose)
    window.errors_on_stderr = True
    assert window.actions["file_export"] in window.menus.toolbar.actions()
    window.actions["file_export"].trigger()
    qtbot.waitUntil(lambda: target.exists() and window.controller.job is None, timeout=30000)
    assert target.read_bytes().startswith(b"PK")
    assert "politique.docx" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("answer", "opened"), [("open", "page.md"), ("folder", ""), ("", None)])
def test_after_export_open_or_show_in_folder(window, qtbot, tmp_path: Path, monkeypatch, answer, opened) -> None:
    from PySide6.QtGui import QDesktopServices

    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    monkeypatch.setattr(window.controller, "ask_after_export", lambda path: answer)
    target = tmp_path / "page.md"
    window.controller.start(window.document.policy, ExportRequest("md", str(target)))
    qtbot.waitUntil(lambda: window.controller.job is None, timeout=30000)
    expected = [] if opened is None else [str(tmp_path / opened) if opened else str(tmp_path)]
    assert urls == expected
