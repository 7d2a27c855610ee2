"""The last guard of the GUI: an unexpected error is told in plain words and loses no text.

Installed as ``sys.excepthook`` (and ``threading.excepthook``) by :func:`editor.gui.app.run_gui`.
An exception that escapes a slot or an event handler would otherwise only print a traceback on
stderr. Instead: the traceback goes to the crash log, every open window writes its recovery
journal now, and a dialog says what happened and that the text is safe. The windows stay open;
the user decides whether to save and restart.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from editor.crash_log import log_exception
from editor.gui.i18n import arg


class ExceptionHook:
    """Callable for ``sys.excepthook``; ``show`` is the dialog (tests replace it)."""

    def __init__(self) -> None:
        self.handling = False
        self.errors: list[BaseException] = []
        self.show: Callable[[QWidget | None, BaseException, str], None] = show_dialog

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        self.errors.append(error)
        log = log_exception(error)
        journaled = save_journals()
        if self.handling:  # an error while the dialog is open: logged and journaled, one dialog
            return
        self.handling = True
        try:
            self.show(QApplication.activeWindow(), error, log if journaled else "")
        finally:
            self.handling = False

    def from_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: handled on the GUI thread, where dialogs can be shown."""
        if args.exc_value is None:
            return
        error, kind, trace = args.exc_value, args.exc_type, args.exc_traceback
        QTimer.singleShot(0, lambda: self(kind, error, trace))


def save_journals() -> bool:
    """Every main window writes its recovery journal now; True if all were written."""
    written = True
    for widget in QApplication.topLevelWidgets():
        safety = getattr(widget, "safety", None)
        controller = getattr(safety, "controller", None)
        if controller is None:
            continue
        try:
            controller.write_now()
            controller.wait(5.0)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            written = False
            continue
        written = written and not controller.failing
    return written


def show_dialog(parent: QWidget | None, error: BaseException, log: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ExceptionHook", "Something Went Wrong"),
        "",
        parent=parent,
    )
    box.setObjectName("unexpected_error_box")
    box.setText(
        QCoreApplication.translate(
            "ExceptionHook", "Policy Editor met an unexpected problem and could not finish what it was doing."
        )
    )
    if log:
        safe = QCoreApplication.translate(
            "ExceptionHook",
            "Your text is still open and a recovery copy was written: nothing is lost. "
            "Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.",
        )
    else:
        safe = QCoreApplication.translate(
            "ExceptionHook",
            "Your text is still open, but the recovery copy could not be written. "
            "Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.",
        )
    box.setInformativeText(safe)
    box.setDetailedText(
        f"{type(error).__name__}: {error}\n\n"
        + (arg(QCoreApplication.translate("ExceptionHook", "Details: %1"), log) if log else "")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install() -> ExceptionHook:
    """Install the hook for the main thread and for worker threads; returns it."""
    hook = ExceptionHook()
    sys.excepthook = hook
    threading.excepthook = hook.from_thread
    return hook
