"""A lasting warning in the status bar while unsaved changes cannot be recorded for recovery.

When the state folder is full or read-only, the recovery journal stops updating: a crash would
then lose what was typed since the last good write. The warning stays (it is not a status
message that times out) until a journal write succeeds again; its tooltip gives the reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from editor.gui.i18n import arg


class JournalWarning(QLabel):
    """Red status-bar label: shown on :meth:`failed`, hidden on :meth:`working`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_warning")
        self.setStyleSheet("#journal_warning { background: #b3261e; color: white; padding: 1px 6px; }")
        self.reason = ""
        self.hide()

    def failed(self, reason: str) -> None:
        self.reason = reason
        self.setText(self.tr("⚠ Recovery copy not updated: save your work"))
        self.setToolTip(
            arg(
                self.tr(
                    "Your unsaved changes cannot be recorded for recovery after a crash (%1). "
                    "Free space in the state folder or save the policy; this warning goes away once "
                    "recording works again."
                ),
                reason,
            )
        )
        self.show()

    def working(self) -> None:
        self.reason = ""
        self.hide()
