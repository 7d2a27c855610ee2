"""The legal tools of a main window: the checklist dock and the published-versions dialog.

One object wires them to the window (actions, the open document, jumping to a section), so the
main window only creates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from editor.gui.document.document import Document
from editor.gui.legal.checklist_panel import ChecklistPanel

if TYPE_CHECKING:
    from editor.gui.legal.versions_dialog import VersionsDialog

#: Characters of an evidence sentence looked for in the section text (Markdown may differ later on).
FIND_PREFIX = 60


class LegalTools(QObject):
    """Creates the checklist dock and opens the versions dialog for ``window`` (the MainWindow,
    not imported here: it imports this module)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ChecklistPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        action = window.actions["view_checklist"]
        action.toggled.connect(self.panel.setVisible)
        self.panel.visibilityChanged.connect(action.setChecked)
        self.panel.jump_requested.connect(self.jump_to)
        window.actions["legal_publish"].triggered.connect(self.publish)
        window.actions["legal_versions"].triggered.connect(self.show_versions)
        window.document_replaced.connect(self.set_document)
        self.set_document(window.document)

    def set_document(self, document: Document) -> None:
        self.panel.set_document(document)

    def jump_to(self, section_id: str, text: str) -> None:
        """Show ``section_id`` and, when given, select ``text`` (an evidence sentence) in it."""
        window = self.window
        window.outline.select_section(section_id)
        if not text or window.whole_editor.is_active():
            return
        body = window.section_editor.body
        cursor = body.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        body.setTextCursor(cursor)
        for probe in (text[:FIND_PREFIX], text[: FIND_PREFIX // 3]):
            if probe.strip() and body.find(probe, QTextDocument.FindFlag(0)):
                body.setFocus()
                return

    def versions_dialog(self) -> VersionsDialog | None:
        """The dialog for the open document, or None (after saying why) when it was never saved."""
        window = self.window
        if not window.flush_edits():
            return None
        if not window.document.path:
            QMessageBox.information(
                window,
                self.tr("Save the Policy First"),
                self.tr("Published versions are kept next to the policy's file: save the policy first."),
            )
            return None
        from editor.gui.legal.versions_dialog import VersionsDialog  # loads the DOCX writer: only when asked

        return VersionsDialog(window.document, window)

    def show_versions(self) -> None:
        dialog = self.versions_dialog()
        if dialog is not None:
            dialog.show()

    def publish(self) -> None:
        dialog = self.versions_dialog()
        if dialog is not None:
            dialog.show()
            dialog.ask_and_publish()

    def retranslate_ui(self) -> None:
        self.panel.retranslate_ui()
