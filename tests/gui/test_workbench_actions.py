"""Edit menu's Cut/Copy/Paste/Select All, the toolbar's tooltips with shortcuts, the print preview."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from editor.gui.printing.pages import page_layout, policy_html
from editor.model import Metadata, Policy, Section


def test_edit_menu_acts_on_the_focused_field(window, qtbot) -> None:
    body = window.section_editor.body
    window.outline.select_section("intro")
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    window.actions["edit_select_all"].trigger()
    assert body.textCursor().selectedText().startswith("Bienvenue")
    window.actions["edit_copy"].trigger()
    assert QApplication.clipboard().text().startswith("Bienvenue")
    window.actions["edit_cut"].trigger()
    assert window.document.policy.find("intro").body == ""
    window.actions["edit_paste"].trigger()
    assert window.document.policy.find("intro").body.startswith("Bienvenue")
    menu = window.menus.menus["menu_edit"]
    names = [action.objectName() for action in menu.actions()]
    assert {"edit_cut", "edit_copy", "edit_paste", "edit_select_all", "edit_preferences"} <= set(names)


def test_toolbar_has_export_and_print_with_shortcut_tooltips(window) -> None:
    toolbar = window.menus.toolbar
    names = [action.objectName() for action in toolbar.actions()]
    assert "file_export" in names and "file_print" in names
    tip = window.actions["file_print"].toolTip()
    assert "(" in tip and "P" in tip
    for action in toolbar.actions():
        if action.objectName():
            assert not action.icon().isNull(), action.objectName()


def test_paper_follows_the_locale() -> None:
    french = Policy(Metadata(locale="fr-FR"))
    american = Policy(Metadata(locale="en-US"))
    assert page_layout(french).pageSize().id().name == "A4"
    assert page_layout(american).pageSize().id().name == "Letter"


def test_print_preview_paints_pages(window, qtbot) -> None:
    window.actions["file_print"].trigger()
    dialog = window.findChild(QPrintPreviewDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10000)
    assert window.controller._printer.pageLayout().pageSize().id().name == "A4"
    dialog.close()


def test_printed_html_is_the_previews() -> None:
    policy = Policy(Metadata(title="Politique de test"), (Section("a", "A", body="Bienvenue"),))
    html = policy_html(policy)
    assert "<h1>Politique de test</h1>" in html and "Bienvenue" in html
    assert policy_html(Policy(Metadata(), (Section("a", "A"),))).startswith("<h2")
