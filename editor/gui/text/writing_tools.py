"""The writing aids of a main window: underlines and fixes, the findings dock, Find and Replace.

One object wires them to the window (its menus, the open document, jumping to a place), so the
main window only creates it. The two preferences ("fix as I type", off by default, and spelling,
on by default) are settings keys shown as checkable Edit menu entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument

from editor.gui.document.document import Document
from editor.gui.panels.find_replace import FindReplacePanel
from editor.gui.panels.findings_panel import FindingsPanel
from editor.gui.settings import FIX_AS_YOU_TYPE, SPELLING_ENABLED, open_settings
from editor.gui.text.writing_aids import WritingAids


def _flag(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1", "yes")


class WritingTools(QObject):
    """Creates the writing aids for ``window`` (the MainWindow, not imported: it imports this)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.aids = WritingAids(window.section_editor)
        self.findings = FindingsPanel(window)
        self.find_replace = FindReplacePanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.find_replace)
        self.findings.hide()
        self.find_replace.hide()
        self.findings_action = self.findings.toggleViewAction()
        self.findings_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.replace_action = QAction(self)
        self.replace_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Replace))
        if self.replace_action.shortcut().isEmpty():
            self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        self.replace_action.triggered.connect(self.open_find_replace)
        settings = open_settings()
        self.fix_as_you_type_action = QAction(self, checkable=True)
        self.fix_as_you_type_action.setChecked(_flag(settings.value(FIX_AS_YOU_TYPE), False))
        self.fix_as_you_type_action.toggled.connect(self.set_fix_as_you_type)
        self.spelling_action = QAction(self, checkable=True)
        self.spelling_action.setChecked(_flag(settings.value(SPELLING_ENABLED), True))
        self.spelling_action.toggled.connect(self.set_spelling)
        self.aids.fix_as_you_type = self.fix_as_you_type_action.isChecked()
        self.aids.spelling_enabled = self.spelling_action.isChecked()
        edit_menu = window.menus.menus["menu_edit"]
        edit_menu.addSeparator()
        for action in (self.replace_action, self.fix_as_you_type_action, self.spelling_action):
            edit_menu.addAction(action)
        window.menus.menus["menu_view"].addAction(self.findings_action)
        self.findings.jump_requested.connect(self.jump_to)
        self.findings.fix_all_requested.connect(self.aids.fix_document)
        self.find_replace.jump_requested.connect(self.jump_to)
        window.document_replaced.connect(self.set_document)
        self.set_document(window.document)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.replace_action.setText(self.tr("Find and &Replace…"))
        self.fix_as_you_type_action.setText(self.tr("Fix Typography as I &Type"))
        self.spelling_action.setText(self.tr("Check &Spelling"))
        self.aids.retranslate_ui()
        self.findings.retranslate_ui()
        self.find_replace.retranslate_ui()

    def set_document(self, document: Document) -> None:
        self.aids.set_document(document)
        self.findings.set_document(document)
        self.find_replace.set_document(document)

    def set_fix_as_you_type(self, on: bool) -> None:
        self.aids.fix_as_you_type = on
        open_settings().setValue(FIX_AS_YOU_TYPE, on)

    def set_spelling(self, on: bool) -> None:
        self.aids.spelling_enabled = on
        open_settings().setValue(SPELLING_ENABLED, on)
        self.aids.refresh()

    def open_find_replace(self) -> None:
        window = self.window
        editor = window.whole_editor.text if window.whole_editor.is_active() else window.section_editor.body
        self.find_replace.open(editor.textCursor().selectedText(), replace=True)

    def jump_to(self, section_id: str, field: str, start: int, end: int) -> None:
        """Show ``section_id`` and select [start, end) of its title or body."""
        window = self.window
        window.outline.select_section(section_id)
        if window.whole_editor.is_active():
            section = window.document.policy.find(section_id)
            if section is None:
                return
            window.whole_editor.scroll_to_section(section_id)
            text = (section.title if field == "title" else section.body)[start:end]
            if text:
                window.whole_editor.text.find(text, QTextDocument.FindFlag(0))
            return
        if window.section_editor.section_id() != section_id:
            window.section_editor.show_section(section_id)
        if field == "title":
            window.section_editor.title.setFocus()
            window.section_editor.title.setSelection(start, end - start)
            return
        body = window.section_editor.body
        cursor = body.textCursor()
        size = body.document().characterCount() - 1
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(max(end, start), size), QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        body.setFocus()
