"""A save that fails says why in plain words and offers Save As; the document stays open and modified.

Nothing here disables saving: after a failure the user can retry (once space is freed or the
drive is back), save somewhere else, or keep working; the recovery journal keeps their text
safe meanwhile.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from editor.crash_log import log_exception
from editor.errors import ExportFailed, PolicyEditorError
from editor.gui.i18n import arg


class SaveChoice(Enum):
    SAVE_AS = "save_as"
    RETRY = "retry"
    CANCEL = "cancel"


def unexpected_save_error(path: str, error: BaseException) -> ExportFailed:
    """The failure to report for an exception a save was not meant to raise (a bug); its
    traceback goes to the crash log."""
    log_exception(error)
    return ExportFailed("save.unexpected", path=path, detail=f"{type(error).__name__}: {error}")


def failure_reason(error: PolicyEditorError) -> str:
    """What went wrong and what the user can do about it, in the user's language."""
    params = error.params
    if error.code == "save.unexpected":
        return QCoreApplication.translate(
            "SaveErrors",
            "Policy Editor met an internal problem while writing the file. Try Save As with another "
            "name; a recovery copy of your text is kept and comes back if the program stops.",
        )
    if error.code == "file.read_only":
        return QCoreApplication.translate(
            "SaveErrors",
            "The folder or the file is read-only, or you are not allowed to write there. "
            "Save the policy in another folder.",
        )
    if error.code == "file.disk_full":
        return QCoreApplication.translate(
            "SaveErrors", "The disk is full. Free some space and try again, or save the policy on another drive."
        )
    if error.code == "file.folder_missing":
        return arg(
            QCoreApplication.translate(
                "SaveErrors",
                "The folder “%1” does not exist any more: it was moved or deleted, or its drive was removed. "
                "Reconnect the drive and try again, or save the policy somewhere else.",
            ),
            params.get("folder", ""),
        )
    if error.code == "file.device_gone":
        return QCoreApplication.translate(
            "SaveErrors",
            "The drive holding the file is not available (it was removed or disconnected). "
            "Reconnect it and try again, or save the policy somewhere else.",
        )
    if error.code == "file.is_directory":
        return QCoreApplication.translate("SaveErrors", "There is a folder with this name. Choose another name.")
    from editor.gui.messages import error_text

    return error_text(error)


def ask_after_failure(parent: QWidget | None, path: str, error: PolicyEditorError) -> SaveChoice:
    """Show why saving ``path`` failed; the user picks Save As, Try Again or Cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("SaveErrors", "The Policy Was Not Saved"),
        "",
        parent=parent,
    )
    box.setObjectName("save_error_box")
    box.setText(arg(QCoreApplication.translate("SaveErrors", "“%1” could not be saved."), Path(path).name or path))
    box.setInformativeText(
        failure_reason(error)
        + "\n\n"
        + QCoreApplication.translate(
            "SaveErrors", "Your text is still open here and nothing is lost. The file on disk was not changed."
        )
    )
    box.setDetailedText(error.message())
    save_as = box.addButton(QCoreApplication.translate("SaveErrors", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    save_as.setObjectName("save_as_button")
    retry = box.addButton(QCoreApplication.translate("SaveErrors", "Try Again"), QMessageBox.ButtonRole.ActionRole)
    retry.setObjectName("retry_button")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_as:
        return SaveChoice.SAVE_AS
    if clicked is retry:
        return SaveChoice.RETRY
    return SaveChoice.CANCEL
