"""Start-up: process start to the main window shown (event loop running) on the sample policy.

The anchor is a bare QApplication + QMainWindow shown by the same Python, measured in the same
run. Each run is a fresh process; the child prints the wall-clock time of its first event-loop
tick after the window is shown, and the parent subtracts the time it started the process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from harness import Benchmark, Figure

from editor.assets import sample_policy

RUNS = 7
TARGET = "under 0.5 s"

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def preview_filled():
    window = [w for w in app.topLevelWidgets() if w.objectName() == "main_window"][0]
    assert window.preview.toPlainText().strip()
    print(time.time(), flush=True)
    app.quit()
def shown():
    print(time.time(), flush=True)
    QTimer.singleShot(0, preview_filled)  # runs after the preview render queued at start
QTimer.singleShot(0, shown)
from editor.gui.app import run_gui
run_gui(sys.argv[1] if len(sys.argv) > 1 else None)
"""

ANCHOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""


#: One settings folder for every run, as for a user's second start (the warm-up run compiles
#: the UI translation into its cache, as the very first start does).
HOME = tempfile.mkdtemp(prefix="bench-startup-")


def _start_to_shown(code: str, args: list[str]) -> list[float]:
    """Seconds from process start to each time the child prints (window shown, preview filled)."""
    home = HOME
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICY_EDITOR_HOME=home)
    # Installed copies have compiled bytecode (pip writes it); so does this run after the warm-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    return [float(line) - started for line in result.stdout.split()]


def _measure() -> list[Figure]:
    sample = str(sample_policy())
    args = [sample] if sample_policy().exists() else []
    _start_to_shown(OURS, args)  # warm the file cache once, like any second start
    runs = [_start_to_shown(OURS, args) for _ in range(RUNS)]
    ours = [run[0] for run in runs]
    filled = [run[1] for run in runs]
    anchor = [_start_to_shown(ANCHOR, [])[0] for _ in range(RUNS)]
    return [
        Figure(
            "startup.process-to-window sample" if args else "startup.process-to-window (no sample yet)",
            statistics.median(ours),
            statistics.median(anchor),
            "bare QApplication+QMainWindow",
            TARGET,
            {
                "ours_max_ms": round(max(ours) * 1000, 1),
                "preview_filled_median_ms": round(statistics.median(filled) * 1000, 1),
                "runs": RUNS,
            },
        )
    ]


BENCHMARKS = [Benchmark("startup.process-to-window", measure=_measure)]
