"""The main window: outline (left), section editor (centre), preview (right).

The window owns one :class:`~editor.gui.document.document.Document` at a time and wires the views to it;
the views refresh from the document's ``changed`` signal. Opening, saving, recent files, drops
and the close prompt live here; menus come from the action collection.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from editor import __version__
from editor.assets import sample_policy
from editor.errors import OperationError
from editor.gui import preferences
from editor.gui.controller import AppController
from editor.gui.document.document import Document
from editor.gui.document.templates import empty_policy
from editor.gui.messages import error_text
from editor.gui.outline.operations import SectionOperations
from editor.gui.outline.view import OutlineView
from editor.gui.panels.banner import NoticeBanner
from editor.gui.settings import PREVIEW_VISIBLE, SPLITTER_SIZES, WINDOW_GEOMETRY, int_list, open_settings
from editor.gui.text.format_menu import FormatMenu
from editor.gui.text.section_editor import SectionEditor
from editor.gui.text.whole_document import WholeDocumentEditor
from editor.gui.window.actions import ActionCollection
from editor.gui.window.menus import MenuBuilder
from editor.gui.window.recent import RecentFiles
from editor.gui.window.statusbar import StatusBar

if TYPE_CHECKING:  # built, and imported, after the first paint (MainWindow.finish_building)
    from PySide6.QtWidgets import QMessageBox

    from editor.gui.legal.tools import LegalTools
    from editor.gui.preview.pane import PreviewPane
    from editor.gui.safety.work_safety import WorkSafety
    from editor.gui.text.formatting import FormattingTools
    from editor.gui.text.writing_tools import WritingTools
    from editor.gui.wordpress.hook import WordPressHook
    from editor.model.ops import Change

DEFAULT_SIZES = [300, 600, 500]


class MainWindow(QMainWindow):
    """One policy, its outline, editor and preview.

    Built in two stages. The first (the constructor) makes what the first paint shows: menus and
    toolbars, the outline, the section editor, the status bar, with the policy opened in them,
    and an empty place for the preview. The second (:meth:`finish_building`) makes the preview,
    the writing aids, the legal tools, the formatting commands and the work-safety net (recovery
    journal, file watch, lock), importing their modules only then. The constructor runs both,
    unless ``deferred``: the application then calls :meth:`finish_building_after_first_paint`,
    so the window paints before the second stage is even imported.
    """

    document_replaced = Signal(object)  # the new Document
    building_finished = Signal()  # the second stage is built (the preview, aids and tools exist)

    def __init__(self, document: Document | None = None, *, deferred: bool = False) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.errors_on_stderr = False  # --screenshot runs without anyone to click a dialog
        self.built = False
        self._preview_pending = True  # no preview before the second stage; it renders the policy
        self.actions = ActionCollection(self)
        self.outline = OutlineView(self)
        self.section_editor = SectionEditor(self)
        self.whole_editor = WholeDocumentEditor(self)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.section_editor)
        self.editor_stack.addWidget(self.whole_editor)
        self.banner = NoticeBanner(self)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.banner)
        column.addWidget(self.editor_stack, 1)
        self.preview_place = QWidget(self)  # where the preview goes once built: the same size, empty
        self.preview_place.setObjectName("preview_place")
        self.preview_place.setAutoFillBackground(True)
        self.preview_place.setBackgroundRole(QPalette.ColorRole.Base)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.outline, centre, self.preview_place):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.menus = MenuBuilder(self, self.actions)
        self.format_menu = FormatMenu(self)
        self.outline.set_context_actions(self.menus.context_actions)
        self.recent = RecentFiles(self)
        self.recent.changed.connect(self._fill_recent_menu)
        self.sections = SectionOperations(self.actions, self.outline, self)
        self.sections.failed.connect(self.show_operation_error)
        self.section_editor.title.editingFinished.connect(
            lambda: self.sections.adopt_title(self.section_editor.section_id() or "")
        )
        self.sections.deleted.connect(lambda text: self.status.show_undoable(text, self.actions["edit_undo"]))
        self.document: Document = Document(empty_policy(), parent=self)
        self.controller = AppController(self)  # open and save, export, print, properties
        self._connect_actions()
        self.outline.section_selected.connect(self._on_section_selected)
        self.whole_editor.section_entered.connect(self.outline.select_section)
        self.setAcceptDrops(True)
        self._restore_settings()
        self._fill_recent_menu()
        chosen = preferences.load()
        if chosen.editor_font or chosen.editor_font_size:  # the first paint in the chosen font
            for edit in (self.section_editor.body, self.whole_editor.text):
                edit.setFont(preferences.editor_font(chosen))
        self.set_document(document or self.document)
        if not deferred:
            self.finish_building()

    def finish_building(self) -> None:
        """The second stage: the preview, the aids, the tools and the safety net (once)."""
        if self.built:
            return
        self.built = True
        from editor.gui.legal.tools import LegalTools
        from editor.gui.preview.pane import PreviewPane
        from editor.gui.safety.work_safety import WorkSafety
        from editor.gui.text.formatting import FormattingTools
        from editor.gui.text.writing_tools import WritingTools
        from editor.gui.wordpress.hook import WordPressHook

        self.preview: PreviewPane = PreviewPane(self)
        shown = self.actions["view_preview"]
        shown.toggled.disconnect(self.preview_place.setVisible)
        self.splitter.replaceWidget(2, self.preview)  # the same place and size
        self.preview.setVisible(shown.isChecked())
        self.preview_place.deleteLater()
        shown.toggled.connect(self.preview.setVisible)
        self.wordpress: WordPressHook = WordPressHook(self)  # File > WordPress, loaded on first use
        self.safety: WorkSafety = WorkSafety(self)  # recovery journal, file watch, lock, failed saves
        self.legal: LegalTools = LegalTools(self)  # checklist dock, published versions, comparisons
        self.writing: WritingTools = WritingTools(self)  # typography and spelling aids, findings, Find
        self.formatting: FormattingTools = FormattingTools(self)  # Format commands, lists, tables, paste
        preferences.apply_to_window(self, preferences.load())
        self._preview_pending = False
        self._refresh_preview_later()
        self.building_finished.emit()

    def finish_building_after_first_paint(self) -> None:
        """Build the second stage on the event loop's next turn after the window's first paint
        (or a second after this call, if the window is not painted by then: started minimized)."""
        trigger = _AfterFirstPaint(self)
        self.installEventFilter(trigger)
        QTimer.singleShot(1000, self, self.finish_building)  # not after the window is gone

    # -- wiring ----------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions
        a["file_new"].triggered.connect(self.new_empty)
        a["file_new_from_sample"].triggered.connect(self.new_from_sample)
        a["file_new_from_sample"].setEnabled(sample_policy().exists())
        a["file_open"].triggered.connect(self.open_dialog)
        a["file_save"].triggered.connect(self.save)
        a["file_save_as"].triggered.connect(self.save_as)
        a["file_close"].triggered.connect(self.close_document)
        a["file_clear_recent"].triggered.connect(self.recent.clear)
        a["file_quit"].triggered.connect(self.close)
        c = self.controller
        a["file_export"].triggered.connect(c.export)
        a["file_export_pdf"].triggered.connect(c.export_pdf)
        a["file_copy_wp_payload"].triggered.connect(lambda: c.copy_export("wp-update"))
        a["file_copy_html_fragment"].triggered.connect(lambda: c.copy_export("html-fragment"))
        a["file_print"].triggered.connect(c.print_preview)
        a["file_properties"].triggered.connect(c.properties)
        for name, slot in (("edit_cut", "cut"), ("edit_copy", "copy"), ("edit_paste", "paste")):
            a[name].triggered.connect(lambda _checked=False, s=slot: self._to_focused(s))
        a["edit_select_all"].triggered.connect(lambda: self._to_focused("selectAll"))
        a["edit_preferences"].triggered.connect(c.preferences)
        a["edit_undo"].triggered.connect(self.undo)
        a["edit_redo"].triggered.connect(self.redo)
        a["view_whole_document"].toggled.connect(self.set_whole_document)
        a["view_preview"].toggled.connect(self.preview_place.setVisible)
        a["help_about"].triggered.connect(self.about)
        a["file_translations"].triggered.connect(self.open_translations)

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window (the previous one is dropped)."""
        old = self.document
        if old is not document:
            old.deleteLater()
        document.setParent(self)
        self.document = document
        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.saved.connect(self.recent.add)
        stack = document.undo_stack
        stack.canUndoChanged.connect(self.actions["edit_undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["edit_redo"].setEnabled)
        self.actions["edit_undo"].setEnabled(stack.canUndo())
        self.actions["edit_redo"].setEnabled(stack.canRedo())
        self.banner.hide()
        self.sections.set_document(document)
        self.status.set_document(document)
        self.section_editor.set_document(document)
        self.whole_editor.set_document(document)
        self._refresh_preview_later()
        self.outline.set_document(document)
        self._update_title()
        self.document_replaced.emit(document)

    def _refresh_preview_later(self) -> None:
        """Show the new policy in the preview on the next turn of the event loop: the outline and
        text paint first, the page is rendered after that paint, in slices that never hold typing."""
        if not self._preview_pending:  # pending until the second stage makes the preview
            self._preview_pending = True
            QTimer.singleShot(0, self._refresh_preview)

    def _refresh_preview(self) -> None:
        self._preview_pending = False
        self.preview.show_policy_in_slices(self.document.policy, around=self.outline.current_section_id())

    def _on_changed(self, change: Change) -> None:
        if not self._preview_pending:  # a pending full render will show this change too
            self.preview.apply_change(self.document.policy, change)

    def _on_section_selected(self, section_id: str) -> None:
        left = self.status.current_section_id()
        if left and left != section_id:
            QTimer.singleShot(0, lambda: self.sections.adopt_title(left))  # a new section left named
        if self.whole_editor.is_active():
            if section_id:
                self.whole_editor.scroll_to_section(section_id)
        else:
            self.section_editor.show_section(section_id)
        if section_id and not self._preview_pending:
            self.preview.scroll_to_section(section_id)
        self.status.set_section(section_id)

    def _update_title(self, *_args: object) -> None:
        name = self.document.display_name() or self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — Policy Editor").replace("%1", name))
        self.setWindowModified(self.document.is_modified())

    # -- editing ---------------------------------------------------------------------------------

    def flush_edits(self) -> bool:
        """Apply edits still waiting in the whole-document editor; False if they cannot be applied."""
        if self.whole_editor.is_active():
            return self.whole_editor.commit()
        return True

    def _to_focused(self, slot: str) -> None:
        """Cut, Copy, Paste and Select All act on the focused text field (or view)."""
        widget = QApplication.focusWidget()
        method = getattr(widget, slot, None)
        if callable(method):
            method()

    def undo(self) -> None:
        self.flush_edits()
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.document.undo_stack.redo()

    def show_operation_error(self, error: OperationError) -> None:
        self.statusBar().showMessage(error_text(error), 6000)

    def set_whole_document(self, on: bool) -> None:
        """Switch between the section editor and the whole-document editor."""
        if on and not self.whole_editor.is_active():
            section_id = self.outline.current_section_id()  # before loading the text moves the cursor
            self.whole_editor.activate()
            self.editor_stack.setCurrentWidget(self.whole_editor)
            if section_id:
                self.whole_editor.scroll_to_section(section_id)
            self.whole_editor.focus_text()
        elif not on and self.whole_editor.is_active():
            if not self.whole_editor.deactivate():
                if not self.ask_discard_whole_document():
                    action = self.actions["view_whole_document"]
                    action.blockSignals(True)
                    action.setChecked(True)
                    action.blockSignals(False)
                    return
                self.whole_editor.discard()
            self.editor_stack.setCurrentWidget(self.section_editor)
            self.section_editor.show_section(self.outline.current_section_id() or "")

    # -- files (the controller's; kept here as the window's public commands) ----------------------

    def new_empty(self) -> None:
        self.controller.files.new_empty()

    def new_from_sample(self) -> None:
        self.controller.files.new_from_sample()

    def open_dialog(self) -> None:
        self.controller.files.open_dialog()

    def open_filters(self) -> str:
        return self.controller.files.open_filters()

    def open_path(self, path: str, ask: bool = True, as_copy: bool = False) -> bool:
        return self.controller.files.open_path(path, ask, as_copy)

    def save(self) -> bool:
        return self.controller.files.save()

    def save_as(self) -> bool:
        return self.controller.files.save_as()

    def save_to(self, path: str) -> bool:
        return self.controller.files.save_to(path)

    def suggested_file_name(self) -> str:
        return self.controller.files.suggested_file_name()

    def close_document(self) -> None:
        self.controller.files.close_document()

    def maybe_save(self) -> bool:
        return self.controller.files.maybe_save()

    # -- prompts (one place each, so tests can answer them) -------------------------------------

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        from PySide6.QtWidgets import QMessageBox

        name = self.document.display_name() or self.tr("Untitled")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved Changes"), "", parent=self)
        box.setText(self.tr("Save the changes to “%1” before closing it?").replace("%1", name))
        box.setInformativeText(self.tr("Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def ask_save_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        folder = Path(self.document.path).parent if self.document.path else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the Policy As"),
            str(folder / self.suggested_file_name()),
            self.tr("Policy Editor files (*.policy.md)"),
        )
        return path

    def ask_discard_whole_document(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Edits Not Applied"),
            self.tr(
                "The whole document cannot be applied:\n%1\n\nDiscard the edits made since the last pause?"
            ).replace("%1", self.whole_editor.problem.text()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.errors_on_stderr:
            print(f"policy-editor: {text}", file=sys.stderr)
            return
        QMessageBox.warning(self, title, text)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Policy Editor"),
            self.tr(
                "Policy Editor %1\n\nEdit a website's legal policies as a tree of sections, with a live preview."
            ).replace("%1", __version__),
        )

    # -- recent files ----------------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        menu = self.menus.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            # Opened after the menu's signal returns: opening rebuilds this menu and deletes the action.
            action.triggered.connect(lambda _checked=False, p=path: QTimer.singleShot(0, lambda: self._open_recent(p)))
        if paths:
            menu.addSeparator()
        menu.addAction(self.actions["file_clear_recent"])
        self.actions["file_clear_recent"].setEnabled(bool(paths))
        menu.setEnabled(True)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.recent.remove(path)
        self.open_path(path)

    # -- drops -----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # Open after the drop has finished, so a prompt does not run inside the drag.
        QTimer.singleShot(0, lambda: self.open_path(files[0]))

    # -- settings and closing --------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = open_settings()
        sizes = int_list(settings.value(SPLITTER_SIZES))
        self.splitter.setSizes(sizes if len(sizes) == 3 and all(s > 0 for s in sizes) else DEFAULT_SIZES)
        geometry = settings.value(WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        visible = str(settings.value(PREVIEW_VISIBLE, "true")).lower() != "false"
        self.actions["view_preview"].setChecked(visible)
        self.preview_place.setVisible(visible)

    def save_settings(self) -> None:
        settings = open_settings()
        preview_shown = self.actions["view_preview"].isChecked()
        if preview_shown:  # a hidden preview has width 0: keep the sizes from when it was shown
            settings.setValue(SPLITTER_SIZES, self.splitter.sizes())
        settings.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(PREVIEW_VISIBLE, preview_shown)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_building()  # closed at once: the save prompt and the clean close need the safety net
        if not self.maybe_save():
            event.ignore()
            return
        self.save_settings()
        self.safety.window_closed()
        event.accept()

    def open_translations(self) -> None:
        """The translator view of the saved policy's family (NAME.LOCALE.policy.md)."""
        from editor.gui.translation.translator_window import open_translator

        self.translator = open_translator(self, self.document.path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate_ui()
        self.menus.retranslate_ui()
        parts = [self.section_editor, self.whole_editor, self.banner, self.status, self.format_menu]
        if self.built:
            parts += [self.legal, self.writing]
        for part in parts:
            part.retranslate_ui()
        self._update_title()


class _AfterFirstPaint(QObject):
    """Calls the window's ``finish_building`` on the event loop's turn after its first paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.parent().finish_building)  # type: ignore[attr-defined]
        return False
