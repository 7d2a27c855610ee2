"""Helper for the end-to-end recovery test: the real application started again after a kill.

Run as ``python e2e_restarter.py SECTION``: it starts Policy Editor as the ``policy-editor``
command does (no file), waits for the recovery dialog the start offers, prints its name, clicks
Restore, and prints what the window then shows (path, modified flag, selected section, the body
of SECTION as JSON) before exiting.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from editor.gui import app as gui_app
from editor.gui.mainwindow import MainWindow


def main() -> int:
    section = sys.argv[1]
    application = gui_app._application()
    deadline = time.monotonic() + 30

    def window() -> MainWindow | None:
        for widget in application.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                return widget
        return None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() > deadline:
                print("no dialog", flush=True)
                os._exit(1)
            QTimer.singleShot(50, answer)
            return
        print("dialog", dialog.objectName(), flush=True)
        dialog.findChild(QPushButton, "restore_button").click()
        QTimer.singleShot(200, report)

    def report() -> None:
        win = window()
        policy_section = win.document.policy.find(section)
        print(
            "shown",
            json.dumps(
                {
                    "path": win.document.path,
                    "modified": win.document.is_modified(),
                    "section": win.section_editor.section_id(),
                    "body": policy_section.body if policy_section else None,
                }
            ),
            flush=True,
        )
        os._exit(0)

    QTimer.singleShot(0, answer)
    return gui_app.run_gui(None)


if __name__ == "__main__":
    sys.exit(main())
