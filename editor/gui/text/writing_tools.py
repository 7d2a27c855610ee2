"""The writing aids of a main window: underlines and fixes, the findings dock, Find and Replace.

One object wires them to the window (its menus, the open document, jumping to a place), so the
main window only creates it. The window's Find actions drive the one find panel: Edit ▸ Find
(Ctrl+F) opens it in find mode, Find and Replace (Ctrl+H) with the replace row, Find Next and
Previous (F3 / Shift+F3) go from the cursor, in the section editor or the whole document. The
two preferences ("fix as I type", off by default, and spelling, on by default) are settings keys
shown as checkable Edit menu entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor

from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.panels.find_replace import FindReplacePanel
from editor.gui.panels.findings_panel import FindingsPanel
from editor.gui.settings import FIX_AS_YOU_TYPE, SPELLING_ENABLED, open_settings
from editor.gui.text.whole_places import place_at, position_of
from editor.gui.text.writing_aids import WritingAids
from editor.model.search import Place


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
        self.replace_action.triggered.connect(lambda: self.open_find(replace=True))
        window.actions["edit_find"].triggered.connect(lambda: self.open_find(replace=False))
        window.actions["edit_find_next"].triggered.connect(lambda: self.find_next(False))
        window.actions["edit_find_previous"].triggered.connect(lambda: self.find_next(True))
        self.find_replace.locate = self.cursor_place
        self.find_replace.prepare = window.flush_edits
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
        window.installEventFilter(self)  # the language switch reaches the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

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

    def _editor(self):
        window = self.window
        return window.whole_editor.text if window.whole_editor.is_active() else window.section_editor.body

    def open_find(self, replace: bool = False) -> None:
        """Ctrl+F (find mode) or Ctrl+H (with the replace row), the selected text as the pattern."""
        selected = self._editor().textCursor().selectedText()
        title = self.window.section_editor.title
        if title.hasFocus() and title.hasSelectedText():
            selected = title.selectedText()
        shown = self.find_replace.isVisible()
        self.find_replace.open(selected, replace=replace)
        if not shown:  # a compact panel: the editor keeps most of the height
            height = max(self.find_replace.minimumSizeHint().height(), self.window.height() // 4)
            self.window.resizeDocks([self.find_replace], [height], Qt.Orientation.Vertical)

    def find_next(self, backward: bool = False) -> bool:
        """F3 / Shift+F3: the next (previous) match; with the panel closed, "not found" is said
        in the status bar."""
        found = self.find_replace.step(backward)
        pattern = self.find_replace.find_field.text()
        if not found and pattern and not self.find_replace.isVisible():
            self.window.statusBar().showMessage(arg(self.tr("Not found: “%1”"), pattern), 4000)
        return found

    def cursor_place(self) -> Place | None:
        """Where the cursor is in the model: the section, title or body, and the selection."""
        window = self.window
        if window.whole_editor.is_active():
            cursor = window.whole_editor.text.textCursor()
            return place_at(window.whole_editor.text.document(), cursor.selectionStart(), cursor.selectionEnd())
        section_id = window.section_editor.section_id()
        if not section_id:
            return None
        title = window.section_editor.title
        if title.hasFocus() or (title.hasSelectedText() and not window.section_editor.body.hasFocus()):
            start = title.selectionStart() if title.hasSelectedText() else title.cursorPosition()
            return Place(section_id, "title", start, start + len(title.selectedText()))
        cursor = window.section_editor.body.textCursor()
        return Place(section_id, "body", cursor.selectionStart(), cursor.selectionEnd())

    def jump_to(self, section_id: str, field: str, start: int, end: int) -> None:
        """Show ``section_id`` and select [start, end) of its title or body."""
        window = self.window
        window.outline.select_section(section_id)
        if window.whole_editor.is_active():
            text = window.whole_editor.text
            begin = position_of(text.document(), section_id, "title" if field == "title" else "body", start)
            if begin is None:
                window.whole_editor.scroll_to_section(section_id)
                return
            self._select(text, begin, begin + max(0, end - start))
            return
        if window.section_editor.section_id() != section_id:
            window.section_editor.show_section(section_id)
        if field == "title":
            window.section_editor.title.setFocus()
            window.section_editor.title.setSelection(start, end - start)
            return
        self._select(window.section_editor.body, start, end)

    @staticmethod
    def _select(edit, start: int, end: int) -> None:
        cursor = edit.textCursor()
        size = edit.document().characterCount() - 1
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(max(end, start), size), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        edit.setFocus()
