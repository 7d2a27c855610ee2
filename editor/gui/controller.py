"""The application controller: what the window's commands do with the document beyond editing.

Open, save and close (:class:`~editor.gui.files.FileCommands`, as ``files``); export (the
dialog, the job off the UI thread with progress and Cancel, the result with Open and Show in
Folder), the clipboard copies of the WordPress payload and the HTML fragment, Print with its
preview, Export to PDF, Document Properties and Preferences. The window owns one controller,
connects its actions to it and keeps the prompts; the controller decides.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStatusBar, QWidget

from editor.errors import PolicyEditorError
from editor.gui import preferences
from editor.gui.document.document import Document
from editor.gui.files import FileCommands
from editor.gui.messages import error_text
from editor.model.ids import slugify
from editor.model.incomplete import cut_off_section
from editor.model.policy import Policy

if TYPE_CHECKING:  # the dialogs and printing are imported by the command that opens them, not at start-up
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QProgressDialog

    from editor.gui.dialogs.export_dialog import ExportDialog
    from editor.gui.dialogs.export_job import ExportJob, ExportRequest
    from editor.gui.dialogs.preferences_dialog import PreferencesDialog
    from editor.gui.dialogs.properties_dialog import PropertiesDialog


class Window(Protocol):
    """What the controller uses of the main window."""

    document: Document
    whole_editor: Any
    errors_on_stderr: bool

    def flush_edits(self) -> bool: ...
    def show_error(self, title: str, text: str) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class AppController(QObject):
    """Export, print and properties of the window's current document."""

    export_finished = Signal(str)  # the path written
    export_failed = Signal(str)  # the message shown

    def __init__(self, window: Window) -> None:
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window: Any = window
        self.files = FileCommands(window)  # new, open, save, close
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self._printer: QPrinter | None = None

    # -- policy to export ------------------------------------------------------------------------

    def policy_for_export(self) -> Policy | None:
        """The document's policy, edits applied; its last-updated date set to today first (as one
        undoable step) when the document asks for it. None if pending edits cannot be applied."""
        from editor.model.properties import stamped_for_export, update_on_export

        if not self.window.flush_edits():
            self.window.show_error(self.tr("Cannot export yet"), self.window.whole_editor.problem.text())
            return None
        document = self.window.document
        meta = document.policy.meta
        if update_on_export(meta):
            stamped = stamped_for_export(meta, dt.date.today())
            if stamped != meta:
                from editor.model.ops import SetMetadata

                document.apply(SetMetadata(stamped), self.tr("Set Last-Updated Date"))
        return document.policy

    # -- export ----------------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        from editor.gui.dialogs.export_dialog import ExportDialog

        return ExportDialog(self.window.document.policy, self.window.document.path, self.window)

    def confirm_incomplete(self) -> bool:
        """True unless the policy carries the "incomplete" mark and the user does not confirm."""
        policy = self.window.document.policy
        section_id = cut_off_section(policy)
        if section_id is None:
            return True
        section = policy.find(section_id)
        title = section.title if section is not None and section.title else section_id
        return self.ask_export_incomplete(title)

    def ask_export_incomplete(self, title: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Incomplete Policy"), "", parent=self.window)
        box.setObjectName("confirm_incomplete")
        box.setText(
            self.tr("This policy was imported from a cut-off file: the text ends inside “%1”.").replace("%1", title)
        )
        box.setInformativeText(self.tr("Export it anyway? The missing text will be missing from the export too."))
        export = box.addButton(self.tr("Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export

    def export(self) -> None:
        """File ▸ Export…: ask for format, options and file, then export in the background."""
        if not self.confirm_incomplete():
            return
        dialog = self.export_dialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        policy = self.policy_for_export()
        if policy is not None:
            self.start(policy, dialog.request())

    def export_pdf(self) -> None:
        """File ▸ Export to PDF…: the page as printed, to a PDF file."""
        from PySide6.QtWidgets import QFileDialog

        if not self.confirm_incomplete():
            return
        policy = self.policy_for_export()
        if policy is None:
            return
        from editor.gui.dialogs.export_dialog import remember, remembered
        from editor.gui.dialogs.export_job import PDF, ExportRequest

        folder, _name = remembered(self.window.document.path)
        folder = folder or (
            str(Path(self.window.document.path).parent) if self.window.document.path else str(Path.home())
        )
        suggested = str(Path(folder) / ((policy.meta.slug or slugify(policy.meta.title, "policy")) + ".pdf"))
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export to PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        request = ExportRequest(PDF, path)
        remember(self.window.document.path, request)
        self.start(policy, request)

    def start(self, policy: Policy, request: ExportRequest) -> ExportJob:
        """Run ``request`` off the UI thread with a progress dialog whose Cancel stops it."""
        from PySide6.QtWidgets import QProgressDialog

        from editor.gui.dialogs.export_job import ExportJob

        job = ExportJob(policy, request, self)
        self.job = job
        progress = QProgressDialog(self.window)
        progress.setObjectName("export_progress")
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setLabelText(self.tr("Exporting to %1…").replace("%1", Path(request.path).name))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)  # busy: an export has no steps to count
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(job.cancel)
        self.progress = progress
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._finished)
        job.start()
        return job

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None

    def _done(self, path: str) -> None:
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", path), 6000)
        self.export_finished.emit(path)
        if not self.window.errors_on_stderr:
            self.show_exported(path)

    def _failed(self, error: PolicyEditorError) -> None:
        text = error_text(error)
        self.export_failed.emit(text)
        self.window.show_error(self.tr("Export Failed"), self.tr("Nothing was written.\n%1").replace("%1", text))

    def _cancelled(self) -> None:
        text = self.tr("Export cancelled; nothing was written.")
        self.window.statusBar().showMessage(text, 6000)
        self.export_failed.emit(text)

    def show_exported(self, path: str) -> None:
        """Say where the export went; Open opens the file, Show in Folder its folder."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        answer = self.ask_after_export(path)
        if answer == "open":
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif answer == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def ask_after_export(self, path: str) -> str:
        """The message after an export: ``open``, ``folder`` or ``""`` (Close)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export Done"), "", parent=self.window)
        box.setObjectName("export_done")
        box.setText(self.tr("The policy was exported to “%1”.").replace("%1", path))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_button else "folder" if clicked is folder_button else ""

    # -- clipboard -------------------------------------------------------------------------------

    def copy_export(self, format_name: str) -> bool:
        """Put the ``format_name`` export (WordPress payload, HTML fragment) on the clipboard."""
        from editor.export_service import export_bytes

        if not self.confirm_incomplete():
            return False
        policy = self.policy_for_export()
        if policy is None:
            return False
        try:
            text = export_bytes(policy, format_name, {}).decode("utf-8")
        except PolicyEditorError as error:
            self.window.show_error(self.tr("Cannot Copy"), error_text(error))
            return False
        QGuiApplication.clipboard().setText(text)
        from editor.gui.dialogs.export_dialog import format_title

        self.window.statusBar().showMessage(
            self.tr("%1 copied to the clipboard").replace("%1", format_title(format_name)), 6000
        )
        return True

    # -- print -----------------------------------------------------------------------------------

    def printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from editor.gui.printing.pages import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.window.document.policy))
        printer.setDocName(self.window.document.policy.meta.title or self.tr("Policy"))
        return printer

    def print_preview(self) -> QPrintPreviewDialog | None:
        """File ▸ Print…: the pages in a preview, printed from there."""
        if not self.window.flush_edits():
            self.window.show_error(self.tr("Cannot print yet"), self.window.whole_editor.problem.text())
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from editor.gui.printing.pages import print_policy

        self._printer = self.printer()  # the dialog does not own it: keep it alive as long as the dialog
        dialog = QPrintPreviewDialog(self._printer, self.window)
        dialog.setObjectName("print_preview")
        dialog.paintRequested.connect(lambda printer: print_policy(self.window.document.policy, printer))
        dialog.open()
        return dialog

    # -- preferences -----------------------------------------------------------------------------

    def preferences(self) -> PreferencesDialog:
        """Edit ▸ Preferences…: stored in the settings file and applied at once to every window."""
        from editor.gui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(preferences.load(), self.window)
        dialog.applied.connect(self.apply_preferences)
        dialog.open()
        return dialog

    def apply_preferences(self, chosen: preferences.Preferences) -> None:
        before = preferences.load()
        preferences.save(chosen)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        preferences.apply_to_app(app, chosen, language_changed=chosen.language != before.language)
        preferences.refresh_windows(app, chosen)

    # -- properties ------------------------------------------------------------------------------

    def properties(self) -> PropertiesDialog:
        """File ▸ Properties…: edit the metadata; OK applies it as one undoable step."""
        from editor.gui.dialogs.properties_dialog import PropertiesDialog

        dialog = PropertiesDialog(self.window.document.policy.meta, self.window)
        dialog.accepted.connect(lambda: self._apply_properties(dialog))
        dialog.open()
        return dialog

    def _apply_properties(self, dialog: PropertiesDialog) -> None:
        operation = dialog.operation()
        if operation is not None:
            self.window.document.apply(operation, self.tr("Document Properties"))
