"""Start-up as the user feels it, measured from outside: process start to the window's first paint.

Each run is a fresh process started as a user starts the app; the child prints wall-clock marks
(``POLICY_EDITOR_STARTUP_MARKS``, editor/gui/startup_marks.py) and the parent subtracts the time
it started the process.

- ``startup.first-paint 85k words``: our app on an ~85,000-word policy (tests/benchmarks/corpus.py,
  written once as ``.policy.md``) against ReText 8.1 on the same text as ``.md``, run from its
  own virtual environment, created by this benchmark in a cache folder (``retext_marks.py`` prints
  its first paint and the first paint of its editor holding the text). Runs interleaved (ours,
  ReText, ours, ...), medians. Goal: first paint <= 0.5x ReText's. Skipped, with a message, when
  ReText cannot be installed.
- ``startup.key-before-preview 85k words``: in the same runs of ours, a letter is typed right after
  the first paint; the time the editor has it against the time the whole preview is rendered.
  Goal: the key answered before the preview is complete, in every run.
- ``startup.first-paint sample``: the installed sample policy against a bare QApplication +
  QMainWindow painted by the same Python (the floor of any PySide6 window).

Our figures are for the Python running the benchmark. ``pyside_support`` says whether PySide6
compiles its support modules at every start there (``embedded``, as after a plain pip install) or
reads them compiled (``files``, as the installers ship them; ``python packaging/pyside_support.py``
does it for a venv). With ``POLICY_EDITOR_BUNDLE=dist/policy-editor`` (a bundle built by
packaging/build.py), the bundle is measured too, in the same interleaved runs:
``startup.first-paint 85k words (bundle)``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import platformdirs
from corpus import make_policy, policy_markdown
from harness import Benchmark, Figure

from editor import native
from editor.assets import sample_policy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import metadata  # packaging/metadata.py: the bundle's executable name
import pyside_support  # packaging/pyside_support.py

#: Runs of each program, interleaved. Eleven: on our shared machines a whole start varies by
#: 30 % from one run to the next, and seven runs left the median ratio moving by +-0.05.
RUNS = 11
#: 157 sections of the benchmark corpus: about 85,000 words (the size named by issue 19).
SECTIONS = 157
RETEXT = "ReText==8.1.0"
GOAL_RATIO = 0.5
HERE = Path(__file__).resolve().parent

#: One settings folder for every run of ours, as for a user's second start (the warm-up run
#: compiles the UI translation into its cache, as the very first start does).
HOME = Path(tempfile.mkdtemp(prefix="bench-startup-"))
atexit.register(shutil.rmtree, HOME, True)  # the policies written, the settings, ReText's home

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
class Marks(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", time.time(), flush=True)
            app.quit()
        return False
marks = Marks()
window.installEventFilter(marks)
window.resize(1400, 900)
window.show()
app.exec()
"""


def _marks(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the child prints (lines ``NAME WALL_CLOCK``)."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    found = {}
    for line in result.stdout.splitlines():
        words = line.split()
        if len(words) == 2 and words[0] in ("first-paint", "text-shown", "preview-complete", "key-handled"):
            found[words[0]] = float(words[1]) - started
    if "first-paint" not in found:
        raise RuntimeError(f"{command[-1]}: no first paint; stderr: {result.stderr[-400:]}")
    return found


def _our_env(mode: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICY_EDITOR_HOME=str(HOME), POLICY_EDITOR_STARTUP_MARKS=mode)
    # Installed copies have compiled bytecode (pip writes it); so does this run after the warm-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _ours(path: Path, mode: str = "keystroke", command: list[str] | None = None) -> dict[str, float]:
    shutil.rmtree(HOME / "state", ignore_errors=True)  # no recovery offer or lock left by a previous run
    return _marks([*(command or [sys.executable, "-m", "editor"]), str(path)], _our_env(mode))


def _bundle_command() -> list[str] | None:
    """The bundle's executable named by POLICY_EDITOR_BUNDLE, or None."""
    given = os.environ.get("POLICY_EDITOR_BUNDLE")
    if not given:
        return None
    executable = Path(given).resolve() / metadata.app().name
    if not executable.is_file():
        raise SystemExit(f"startup: POLICY_EDITOR_BUNDLE={given}: no {executable.name} in it")
    return [str(executable)]


def _pyside_support() -> str:
    """``files`` when PySide6 reads its support modules compiled in this Python, else ``embedded``."""
    try:
        unpacked = pyside_support.is_unpacked(pyside_support.shiboken_folder())
    except pyside_support.UnpackError:
        unpacked = False
    if not unpacked:
        print(
            "startup: PySide6 compiles its support modules at every start in this Python (20-35 ms); the"
            " installers ship them compiled: `python packaging/pyside_support.py` does the same here",
            file=sys.stderr,
        )
    return "files" if unpacked else "embedded"


def _retext_python() -> Path | None:
    """ReText 8.1's own virtual environment in the cache folder, created on first use; None
    (with a message) when it cannot be installed."""
    folder = Path(platformdirs.user_cache_dir("policy-editor-benchmarks")) / "retext-8.1.0"
    python = folder / "bin" / "python"
    check = [str(python), "-c", "import ReText, PyQt6.QtWidgets, markups"]
    if python.exists() and subprocess.run(check, capture_output=True, check=False).returncode == 0:
        return python
    print(f"startup: installing {RETEXT} into {folder} (once) ...", file=sys.stderr, flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    steps = [[sys.executable, "-m", "venv", str(folder)], [str(python), "-m", "pip", "install", "-q", RETEXT], check]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            print(f"startup: ReText skipped: {' '.join(step[:3])}: {error}", file=sys.stderr)
            return None
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"startup: ReText skipped: {RETEXT} cannot be installed: {last}", file=sys.stderr)
            return None
    return python


def _retext(python: Path, path: Path) -> dict[str, float]:
    home = HOME / "retext-home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never hand the file to a ReText already running
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return _marks([str(python), str(HERE / "retext_marks.py"), str(path)], env)


def _median(runs: list[dict[str, float]], mark: str) -> float:
    return statistics.median(run[mark] for run in runs)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _measure_85k() -> list[Figure]:
    policy = make_policy(SECTIONS)
    words = len(policy_markdown(policy).split())
    ours_path, plain_path = HOME / "policy.policy.md", HOME / "policy.md"
    ours_path.write_text(native.dumps(policy), encoding="utf-8")
    plain_path.write_text(policy_markdown(policy), encoding="utf-8")
    python = _retext_python()
    bundle = _bundle_command()
    _ours(ours_path)  # warm-ups: the file cache, bytecode, the translation cache
    if python is not None:
        _retext(python, plain_path)
    if bundle is not None:
        _ours(ours_path, command=bundle)
    ours: list[dict[str, float]] = []
    retext: list[dict[str, float]] = []
    bundled: list[dict[str, float]] = []
    for _ in range(RUNS):
        ours.append(_ours(ours_path))
        if python is not None:
            retext.append(_retext(python, plain_path))
        if bundle is not None:
            bundled.append(_ours(ours_path, command=bundle))
    paint = _median(ours, "first-paint")
    notes: dict[str, float | str] = {
        "words": words,
        "ours_text_shown_ms": _ms(_median(ours, "text-shown")),
        "ours_preview_complete_ms": _ms(_median(ours, "preview-complete")),
        "ours_max_ms": _ms(max(run["first-paint"] for run in ours)),
        "runs": RUNS,
        "pyside_support": _pyside_support(),
    }
    if retext:
        anchor = _median(retext, "first-paint")
        notes["retext_text_shown_ms"] = _ms(_median(retext, "text-shown"))
        notes["goal"] = "met" if paint <= GOAL_RATIO * anchor else "not met"
        first_paint = Figure("startup.first-paint 85k words", paint, anchor, "ReText 8.1", "<= 0.5x ReText", notes)
    else:
        notes["goal"] = "not measured (ReText could not be installed)"
        first_paint = Figure("startup.first-paint 85k words", paint, None, "ReText 8.1 (skipped)", "<= 0.5x", notes)
    figures = [first_paint]
    if bundled:
        bundle_paint = _median(bundled, "first-paint")
        bundle_notes: dict[str, float | str] = {"ours_max_ms": _ms(max(run["first-paint"] for run in bundled))}
        if retext:
            bundle_notes["goal"] = "met" if bundle_paint <= GOAL_RATIO * anchor else "not met"
        figures.append(
            Figure(
                "startup.first-paint 85k words (bundle)",
                bundle_paint,
                anchor if retext else None,
                "ReText 8.1" if retext else "ReText 8.1 (skipped)",
                "<= 0.5x ReText",
                bundle_notes,
            )
        )
    before = sum(run["key-handled"] < run["preview-complete"] for run in ours)
    key = Figure(
        "startup.key-before-preview 85k words",
        _median(ours, "key-handled"),
        _median(ours, "preview-complete"),
        "our preview complete",
        "key answered first",
        {"runs_key_first": f"{before}/{RUNS}", "goal": "met" if before == RUNS else "not met"},
    )
    return [*figures, key]


def _measure_sample() -> list[Figure]:
    sample = sample_policy()
    if not sample.exists():
        return []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare = [sys.executable, "-c", BARE_WINDOW]
    _marks(bare, env)
    ours, anchor = [], []
    for _ in range(RUNS):
        ours.append(_ours(sample, mode="1")["first-paint"])
        anchor.append(_marks(bare, env)["first-paint"])
    return [
        Figure(
            "startup.first-paint sample",
            statistics.median(ours),
            statistics.median(anchor),
            "bare QApplication+QMainWindow",
            "",
            {"ours_max_ms": _ms(max(ours)), "runs": RUNS},
        )
    ]


BENCHMARKS = [
    Benchmark("startup.first-paint 85k words", measure=_measure_85k),
    Benchmark("startup.first-paint sample", measure=_measure_sample),
]
