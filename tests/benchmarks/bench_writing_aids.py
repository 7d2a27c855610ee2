"""Writing aids: keystroke -> preview with the assistant and spelling on, the check of the visible
section, and the findings panel refresh, each next to the same run without the aids.

Keystroke: the real section editor, document and preview pane (offscreen); one sample is a key
event carrying the character, events processed until the preview has patched the section, and
the preview repainted. "Ours" also checks the section (typography and spelling) and redraws its
underlines on every keystroke, the worst case of the debounced check landing in that keystroke;
the anchor is the same editor without the aids. Check: check() and the spell check of the
middle section of a 300-section policy, next to the render pipeline's fix() of it. Panel: the
findings dock refreshed after one section changed, next to checking every section from cold.
"""

from __future__ import annotations

import gc
import statistics
import time

from corpus import make_policy
from harness import Benchmark, Figure, median_time
from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.gui.document.document import Document
from editor.gui.panels.findings_panel import FindingsPanel
from editor.gui.preview.pane import PreviewPane
from editor.gui.text.section_editor import SectionEditor
from editor.gui.text.writing_aids import WritingAids
from editor.model import EditBody
from editor.spelling import checker_for
from editor.typography import check, fix

SECTIONS = 300
SAMPLES = 60
WARM_UP = 5
TEXT = "Données à caractère personnel « traitées »\u202f; erreurr "


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])  # type: ignore[return-value]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _keystrokes(with_aids: bool, in_keystroke: bool = False) -> list[float]:
    """Keystroke latencies; ``in_keystroke``: the aids' check runs inside every keystroke (worst
    case) instead of on their debounce timer between keystrokes, as in the application."""
    app = _app()
    policy = make_policy(SECTIONS)
    document = Document(policy)
    pane = PreviewPane()
    pane.resize(700, 900)
    pane.show()
    pane.show_policy(policy)
    editor = SectionEditor()
    editor.resize(600, 800)
    editor.show()
    editor.set_document(document)
    section_id = list(policy.walk())[SECTIONS // 2].id
    editor.show_section(section_id)
    aids = WritingAids(editor) if with_aids else None
    if aids is not None:
        aids.set_document(document)
        aids.refresh()
    done: list[tuple[str, ...]] = []
    pane.rendered.connect(done.append)
    document.changed.connect(lambda change: pane.apply_change(document.policy, change))
    pane.scroll_to_section(section_id)
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    app.processEvents()
    times = []
    for index in range(WARM_UP + SAMPLES):
        char = TEXT[index % len(TEXT)]
        done.clear()
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(editor.body, event)
        if aids is not None and in_keystroke:
            aids.refresh()
        while not done:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        pane.viewport().repaint()
        elapsed = time.perf_counter() - start
        if index >= WARM_UP:
            times.append(elapsed)
    assert aids is None or aids.findings or aids.misspellings
    for widget in (pane, editor):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    gc.collect()
    return times


def _keystroke_figures() -> list[Figure]:
    ours, anchor, worst = _keystrokes(True), _keystrokes(False), _keystrokes(True, in_keystroke=True)
    return [
        Figure(
            f"aids.keystroke {SECTIONS} sections",
            statistics.median(ours),
            statistics.median(anchor),
            "the same editor and preview without the aids",
            "p50 <= 16 ms, p95 < 50 ms",
            {
                "p50": f"{statistics.median(ours) * 1000:.1f}ms",
                "p95": f"{_percentile(ours, 0.95) * 1000:.1f}ms",
                "anchor_p95": f"{_percentile(anchor, 0.95) * 1000:.1f}ms",
                "check_in_keystroke_p50": f"{statistics.median(worst) * 1000:.1f}ms",
                "check_in_keystroke_p95": f"{_percentile(worst, 0.95) * 1000:.1f}ms",
            },
        )
    ]


def _check_figures() -> list[Figure]:
    policy = make_policy(SECTIONS)
    body = list(policy.walk())[SECTIONS // 2].body
    speller = checker_for(policy.meta.locale)
    assert speller is not None
    speller.misspellings(body)  # load the dictionary once, as the editor does

    def ours() -> None:
        check(body, policy.meta.profile, "markdown")
        speller.misspellings(body)

    spelling = median_time(lambda: speller.misspellings(body), 21)
    return [
        Figure(
            f"aids.check visible section ({len(body)} chars)",
            median_time(ours, 21),
            median_time(lambda: fix(body, policy.meta.profile, "markdown"), 21),
            "the render step's fix() of the same section",
            "< 20 ms",
            {"spelling": f"{spelling * 1000:.2f}ms"},
        )
    ]


def _panel_figures() -> list[Figure]:
    _app()
    document = Document(make_policy(SECTIONS))
    panel = FindingsPanel()
    panel.set_document(document)
    section_id = list(document.policy.walk())[SECTIONS // 2].id
    counter = iter(range(10_000))

    def ours() -> None:
        body = document.policy.find(section_id).body
        document.apply(EditBody(section_id, body + f" mot{next(counter)}:"))
        panel.refresh()

    def cold() -> None:
        for section in document.policy.walk():
            check(section.title, document.policy.meta.profile, "text")
            check(section.body, document.policy.meta.profile, "markdown")

    figure = Figure(
        f"aids.findings panel refresh {SECTIONS} sections",
        median_time(ours, 7),
        median_time(cold, 3),
        "checking every section from cold",
        "< 300 ms after a pause",
        {"findings": len(panel.located)},
    )
    panel.deleteLater()
    return [figure]


def _measure() -> list[Figure]:
    return _check_figures() + _panel_figures() + _keystroke_figures()


BENCHMARKS = [Benchmark("aids.writing aids 300 sections", measure=_measure)]
