"""The start-up marks, from outside: the app run as a user runs it, on a policy of many sections.

With ``POLICY_EDITOR_STARTUP_MARKS=modules`` the app prints its marks and the modules imported at
its first paint, then quits (editor/gui/startup_marks.py). The marks must come in the order a
user sees them, and the first paint must not wait for modules only a later action needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import native
from editor.model import Metadata, Policy, Section

#: Modules (and packages) that only a later action needs: importing documents (docx, lxml,
#: mammoth), exporting them (editor.exporters.docx), spelling (spellchecker: its import is cheap,
#: but a check loads word lists), saved WordPress passwords (keyring), WordPress, translations,
#: legal checks, comparing versions, Markdown extensions found through entry points
#: (importlib.metadata), pymdown-extensions (pulls urllib.request, http.client, email, ssl),
#: code highlighting (pygments), the HTML importer (a paste), the dialogs and printing (their
#: commands) and the CLI subcommands. Then the window's second stage, built after the first paint
#: (MainWindow.finish_building): the preview and the rendering pipeline with Python-Markdown and
#: the typography rules, the exporters, the work-safety net, the writing aids, the formatting
#: commands, the legal tools and the WordPress menu. And the log file's rotating handler (socket,
#: pickle): the log is rotated at start by editor.logfile itself; and the worker that opens a file
#: once the window is shown (before, the file is read at once).
NOT_AT_FIRST_PAINT = (
    "docx",
    "lxml",
    "mammoth",
    "spellchecker",
    "keyring",
    "importlib.metadata",
    "pygments",
    "urllib.request",
    "http.client",
    "ssl",
    "editor.exporters.docx",
    "editor.importers.docx",
    "editor.importers.html_sections",
    "editor.wordpress",
    "editor.xliff",
    "editor.legal",
    "editor.compare",
    "editor.gui.dialogs.export_dialog",
    "editor.gui.dialogs.preferences_dialog",
    "editor.gui.dialogs.properties_dialog",
    "editor.gui.printing.pages",
    "PySide6.QtPrintSupport",
    "editor.cli.convert",
    "editor.cli.wp",
    "markdown",
    "editor.render.html",
    "editor.render.pipeline",
    "editor.typography",
    "editor.exporters",
    "editor.gui.preview.pane",
    "editor.gui.safety.work_safety",
    "editor.recovery",
    "editor.gui.text.writing_tools",
    "editor.gui.text.formatting",
    "editor.gui.text.clipboard",
    "editor.gui.legal.tools",
    "editor.gui.wordpress.hook",
    "editor.gui.document.background_import",
    "logging.handlers",
    "editor.model.ops",
    "editor.gui.document.commands",
    "difflib",
    "hashlib",
)

SENTENCE = "Le responsable du traitement conserve les données d'identification pendant trois ans. "


def _policy(sections: int) -> Policy:
    children = tuple(
        Section(f"section-{n}", f"Finalité {n}", 2, (SENTENCE * 12 + "\n\n") * 4 + "- un\n- deux\n")
        for n in range(1, sections + 1)
    )
    return Policy(Metadata(title="Politique de confidentialité"), children)


def _run_with_marks(folder: Path, mode: str) -> dict[str, list[str]]:
    """Start the app on a policy of 120 sections with the marks on; the lines it prints, by mark."""
    path = folder / "grande.policy.md"
    path.write_text(native.dumps(_policy(120)), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        POLICY_EDITOR_HOME=str(folder / "home"),
        POLICY_EDITOR_STARTUP_MARKS=mode,
    )
    result = subprocess.run(
        [sys.executable, "-m", "editor", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    return {words[0]: words[1:] for words in lines}


@pytest.fixture(scope="module")
def marks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return _run_with_marks(tmp_path_factory.mktemp("startup"), "modules")


@pytest.mark.slow
def test_the_marks_come_in_the_order_a_user_sees_them(marks: dict[str, list[str]]) -> None:
    assert {"first-paint", "text-shown", "preview-complete", "modules"} <= set(marks)
    first_paint = float(marks["first-paint"][0])
    text_shown = float(marks["text-shown"][0])
    preview_complete = float(marks["preview-complete"][0])
    assert first_paint <= text_shown
    assert first_paint < preview_complete


@pytest.mark.slow
def test_no_cycle_collection_until_the_window_is_built(marks: dict[str, list[str]]) -> None:
    """The collector is paused while the window is built (start-up makes no garbage worth 50
    collections); once the second stage is built, before the preview completes, it collects on
    the GUI thread (never automatically: a worker thread would delete Qt objects of this one)."""
    assert marks["gc-at-first-paint"] == ["paused"]
    assert marks["gc-at-preview-complete"] == ["gui-thread"]


@pytest.mark.slow
def test_the_first_paint_waits_for_no_module_a_later_action_needs(marks: dict[str, list[str]]) -> None:
    loaded = set(marks["modules"])
    assert "PySide6.QtWidgets" in loaded and "editor.gui.mainwindow" in loaded  # the list is the real one
    early = [name for name in NOT_AT_FIRST_PAINT if name in loaded]
    assert early == []


@pytest.mark.slow
def test_a_key_typed_at_the_first_paint_is_answered_before_the_preview_is_complete(tmp_path: Path) -> None:
    marks = _run_with_marks(tmp_path, "keystroke")
    first_paint = float(marks["first-paint"][0])
    key_handled = float(marks["key-handled"][0])
    assert first_paint <= key_handled < float(marks["preview-complete"][0])


@pytest.mark.slow
def test_the_first_paint_mode_ends_the_process_at_the_first_paint(tmp_path: Path) -> None:
    """The mode for instruction counts: nothing after the first paint runs, not even the preview."""
    marks = _run_with_marks(tmp_path, "first-paint")
    assert set(marks) == {"first-paint"}
