"""File commands of a window: new, open (native or imported), save, save as, close.

The window shows and asks (its prompts stay on it, one place each, so tests answer them); these
commands decide what happens to the document. :class:`~editor.gui.controller.AppController`
owns one per window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.assets import sample_policy
from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.document.opened import Opened
from editor.gui.document.templates import empty_policy
from editor.gui.messages import error_text

NATIVE_SUFFIX = ".policy.md"


class FileCommands(QObject):
    """New, Open, Save, Save As and Close of the window's document."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window: Any = window

    def new_empty(self) -> None:
        if self.maybe_save():
            self.window.set_document(Document(empty_policy()))

    def new_from_sample(self) -> None:
        """A new unsaved policy with the bundled sample's content."""
        if not self.maybe_save():
            return
        from editor.importers import import_file

        try:
            policy = import_file(sample_policy()).policy
        except PolicyEditorError as error:
            self.window.show_error(self.tr("Cannot open the sample policy"), error_text(error))
            return
        self.window.set_document(Document(policy))

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.maybe_save():
            return
        folder = str(Path(self.window.document.path).parent) if self.window.document.path else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Open a Policy"), folder, self.open_filters())
        if path:
            self.open_path(path, ask=False)

    def open_filters(self) -> str:
        from editor.importers import IMPORTERS

        patterns = sorted({f"*{suffix}" for spec in IMPORTERS for suffix in spec.suffixes})
        return ";;".join(
            [
                self.tr("Policies and importable files (%1)").replace("%1", " ".join(patterns)),
                self.tr("Policy Editor files (*.policy.md)"),
                self.tr("All files (*)"),
            ]
        )

    def open_path(self, path: str, ask: bool = True, as_copy: bool = False) -> bool:
        """Open a native file, or import any other format as a new unsaved policy; ``as_copy`` opens
        even a native file as a new untitled policy (the installed sample)."""
        if ask and not self.maybe_save():
            return False
        unchanged = self.window.document.policy
        try:
            opened = self._read(path)
        except PolicyEditorError as error:
            self.window.show_error(self.tr("Cannot open the file"), error_text(error))
            return False
        if opened is None or (self.window.document.policy is not unchanged and not self.maybe_save()):
            return False  # cancelled, or typed into while reading and the user kept it
        spec, result = opened.spec, opened.result
        name = Path(path).name
        if as_copy:
            self.window.set_document(Document(result.policy))
            return True
        if spec.name == "policy":
            self.window.set_document(Document(result.policy, str(Path(path).resolve())))
        else:
            document = Document(result.policy)
            document.mark_unsaved()
            self.window.set_document(document)
        self.window.banner.show_notices(name, result.notices)
        if spec.name == "policy" and result.notices:
            self.window.banner.heading.setText(self.tr("Opened %1 with notes:").replace("%1", name))
        self.window.recent.add(path)
        return True

    def _read(self, path: str) -> Opened | None:
        """What ``path`` holds: off the UI thread with Cancel once the window is shown (None:
        cancelled or busy); before that, at start-up, at once (nothing to keep painted yet, no one
        to press Cancel, and the text is in the window's first paint)."""
        if self.window.isVisible():
            from editor.gui.document.background_import import import_in_background

            return import_in_background(self.window, path)
        from editor.importers import import_file, importer_for

        return Opened(importer_for(path), import_file(path))

    def save(self) -> bool:
        if not self.window.flush_edits():
            self.window.show_error(self.tr("Cannot save yet"), self.window.whole_editor.problem.text())
            return False
        if not self.window.document.path:
            return self.save_as()
        return self.save_to(self.window.document.path)

    def save_as(self) -> bool:
        if not self.window.flush_edits():
            self.window.show_error(self.tr("Cannot save yet"), self.window.whole_editor.problem.text())
            return False
        path = self.window.ask_save_path()
        if not path:
            return False
        if not path.endswith(NATIVE_SUFFIX):
            path = str(Path(path).with_suffix("")) + NATIVE_SUFFIX if path.endswith(".md") else path + NATIVE_SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        from editor.gui.safety.save_errors import unexpected_save_error

        self.window.finish_building()  # saved before the window's second stage: the safety net first
        if not self.window.safety.confirm_overwrite(path):
            return False
        try:
            self.window.document.save(path)
        except PolicyEditorError as error:
            return self.window.safety.save_failed(path, error)
        except Exception as error:  # noqa: BLE001 - a bug must not lose the text: reported like any failure
            return self.window.safety.save_failed(path, unexpected_save_error(path, error))
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 4000)
        return True

    def suggested_file_name(self) -> str:
        from editor.model import slugify

        meta = self.window.document.policy.meta
        return (meta.slug or slugify(meta.title, "policy")) + NATIVE_SUFFIX

    def close_document(self) -> None:
        """Close the policy (asking to save changes) and continue with an empty one."""
        if self.maybe_save():
            self.window.set_document(Document(empty_policy()))

    def maybe_save(self) -> bool:
        """True when the current policy may be dropped: saved, discarded, or unchanged."""
        from PySide6.QtWidgets import QMessageBox

        if not self.window.flush_edits() and not self.window.ask_discard_whole_document():
            return False
        if not self.window.document.is_modified():
            return True
        answer = self.window.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
