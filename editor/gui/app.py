"""Start the Qt application: the main window on a file, the sample (first start) or a new policy.

``run_gui(file, screenshot=OUT.png)`` renders the window offscreen at 1400x900 into a PNG and
exits instead (for the README picture and for checking the UI by eye). SIGTERM and SIGINT close
the window cleanly (through the normal close path) while the event loop runs.
"""

from __future__ import annotations

import logging
import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.assets import resource, sample_policy
from editor.gui import font_warm_up, gui_thread_gc, preferences
from editor.gui.display import display_problem
from editor.gui.mainwindow import MainWindow
from editor.gui.safety import exception_hook
from editor.gui.settings import FIRST_START_DONE, open_settings
from editor.gui.theme import apply_theme
from editor.logfile import start_log_file

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1400, 900)


def _application() -> QApplication:
    font_warm_up.wait()  # Qt reads the font configuration from here on
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Policy Editor")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PolicyEditor")
    app.setDesktopFileName("policy-editor")
    app.setWindowIcon(QIcon(str(resource("icons", "policy-editor.svg"))))
    if not getattr(app, "_policy_editor_translated", False):
        chosen = preferences.load()
        preferences.set_language(app, chosen.language)
        apply_theme(app, chosen.theme)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: preferences.follow_system_scheme(app))
        app._policy_editor_translated = True  # type: ignore[attr-defined]
    return app


def _initial_file(file: str | None, screenshot: str | None) -> str | None:
    """The FILE argument; else the sample on first start (and for screenshots); else nothing."""
    if file:
        return file
    settings = open_settings()
    first_start = str(settings.value(FIRST_START_DONE, "false")).lower() != "true"
    if first_start and not screenshot:
        settings.setValue(FIRST_START_DONE, True)
        settings.sync()
    if (first_start or screenshot) and sample_policy().exists():
        return str(sample_policy())
    return None


def _quit_on_signals(app: QApplication, window: MainWindow) -> QTimer:
    """Close the window on SIGTERM/SIGINT; a timer lets Python run its signal handlers."""

    def close(*_args: object) -> None:
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    ticker = QTimer(app)
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    return ticker


def run_gui(file: str | None, screenshot: str | None = None) -> int:
    """Open ``file`` (or the sample) in a window; with ``screenshot``, save a PNG offscreen and exit."""
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = display_problem(os.environ)
    if problem:
        print(f"policy-editor: {problem}", file=sys.stderr)
        return 2
    start_log_file()  # technical accounts (import repairs, the translations loaded) go there, not in front of the user
    app = _application()
    if not screenshot:
        exception_hook.install()  # an unexpected error: a dialog in plain words, the journal written, the window kept
    window = MainWindow(deferred=not screenshot)  # the preview, aids and tools after the first paint
    window.errors_on_stderr = bool(screenshot)
    window.resize(*SCREENSHOT_SIZE)
    path = _initial_file(file, screenshot)
    if path:
        # The installed sample opens as a new, untitled copy: saving never writes inside the installation.
        opened = window.open_path(path, ask=False, as_copy=not file)
        if not opened and screenshot:
            return 2
    if screenshot:
        return _screenshot(app, window, screenshot)
    window.finish_building_after_first_paint()
    # Paused by the command while the window is built; from then on collected on this thread only.
    window.building_finished.connect(lambda: gui_thread_gc.install(app))
    # Then, unsaved work left by a crash or a kill is offered back.
    window.building_finished.connect(lambda: QTimer.singleShot(0, window.safety.offer_recovery))
    if os.environ.get("POLICY_EDITOR_STARTUP_MARKS"):
        from editor.gui import startup_marks  # prints when the window paints (the start-up benchmark)

        startup_marks.StartupMarks(app, window)
    window.show()
    _quit_on_signals(app, window)
    QTimer.singleShot(0, lambda: log.info("window shown; event loop running"))
    return app.exec()


def _screenshot(app: QApplication, window: MainWindow, out: str) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    window.preview.finish_rendering()  # the page is otherwise rendered in slices after the first paint
    app.processEvents()
    picture = window.grab()
    if not picture.save(out, "PNG"):
        print(f"policy-editor: {out}: the picture cannot be written", file=sys.stderr)
        return 2
    return 0
