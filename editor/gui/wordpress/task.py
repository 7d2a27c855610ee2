"""Network work off the UI thread: a worker thread, a progress dialog, and Cancel that really stops.

:func:`run_task` runs ``work(progress)`` in a QThread while a modal QProgressDialog shows the step;
Cancel calls the :class:`~editor.wordpress.client.CancelToken`, which shuts the socket of the
request in flight. The result (or the exception) comes back to the caller in the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.wordpress.client import CancelToken

Work = Callable[[Callable[[str, int, int], None]], Any]


class _Worker(QThread):
    stepped = Signal(str, int, int)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(lambda step, done, total: self.stepped.emit(step, done, total))
        except BaseException as error:  # noqa: BLE001 - handed back to the UI thread
            self.error = error


def step_text(step: str, done: int, total: int) -> str:
    if step == "media":
        text = QCoreApplication.translate("wp_task", "Uploading image %1 of %2…")
        return text.replace("%1", str(done)).replace("%2", str(total))
    texts = {
        "read": QCoreApplication.translate("wp_task", "Reading from the site…"),
        "check": QCoreApplication.translate("wp_task", "Checking whether the page changed on the site…"),
        "send": QCoreApplication.translate("wp_task", "Sending the page…"),
        "connect": QCoreApplication.translate("wp_task", "Connecting to the site…"),
    }
    return texts.get(step, QCoreApplication.translate("wp_task", "Working…"))


def run_task(parent: QWidget | None, title: str, token: CancelToken, work: Work) -> Any:
    """Run ``work`` in a thread with a progress dialog; return its result or raise its exception."""
    dialog = QProgressDialog(step_text("connect", 0, 0), QCoreApplication.translate("wp_task", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("wp_progress")
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)
    loop = QEventLoop()
    worker.stepped.connect(lambda step, done, total: dialog.setLabelText(step_text(step, done, total)))
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(token.cancel)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
