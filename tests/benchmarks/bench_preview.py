"""Preview latency: from a typed character to the preview holding it, on the real widgets (offscreen).

A QPlainTextEdit holds the body of the middle section; its textChanged applies ``EditBody`` to the
policy and hands the change to the preview. One sample is: a key event carrying the character is
sent to the editor, events are processed until the preview has patched the section (its
``rendered`` signal), and the preview's viewport is repainted synchronously (layout and paint
included). Anchor, in the same run: the approach of ReText, the whole document rendered again
(the shared renderer, its per-section cache helping it) and loaded with ``QTextBrowser.setHtml``
on every keystroke. Before measuring, the documents are fully laid out (as after a few seconds
of reading), so the figures are those of steady typing.
"""

from __future__ import annotations

import gc
import statistics
import time

from corpus import make_policy
from harness import Benchmark, Figure
from PySide6.QtCore import QEvent, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextBrowser, QWidget
from shiboken6 import Shiboken

from editor.gui.preview.html import keep_spaces, preview_stylesheet
from editor.gui.preview.pane import PreviewPane
from editor.model import EditBody, Policy
from editor.render.html import context_for, document_html

SIZES = (30, 300, 3000)
SAMPLES = 60
ANCHOR_SAMPLES = {30: 30, 300: 20, 3000: 5}
WARM_UP = 5
TEXT = "Données à caractère personnel « traitées »\u202f; "


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])  # type: ignore[return-value]


def _type(editor: QPlainTextEdit, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


class _Session:
    """An editor on one section of ``policy`` whose edits go to ``on_policy``."""

    def __init__(self, policy: Policy, on_edit) -> None:
        self.policy = policy
        self.section_id = list(policy.walk())[len(list(policy.walk())) // 2].id
        self.editor = QPlainTextEdit()
        self.editor.resize(600, 800)
        self.editor.setPlainText(policy.find(self.section_id).body)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._on_edit = on_edit
        self.editor.textChanged.connect(self._changed)

    def _changed(self) -> None:
        body = self.editor.document().toRawText().replace("\u2029", "\n")
        result = EditBody(self.section_id, body).apply(self.policy)
        self.policy = result.policy
        self._on_edit(result)


def _dispose(*widgets: QWidget) -> None:
    """Free the widgets and their documents now, so one measurement does not weigh on the next."""
    for widget in widgets:
        widget.close()
        Shiboken.delete(widget)
    gc.collect()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _ours(policy: Policy, samples: int) -> list[float]:
    app = _app()
    pane = PreviewPane()
    pane.resize(700, 900)
    pane.show()
    pane.show_policy(policy)
    document = pane.section_document
    document.documentLayout().blockBoundingRect(document.lastBlock())
    app.processEvents()
    done: list[tuple[str, ...]] = []
    pane.rendered.connect(done.append)
    session = _Session(policy, lambda result: pane.apply_change(result.policy, result.change))
    pane.scroll_to_section(session.section_id)
    times = []
    for index in range(WARM_UP + samples):
        char = TEXT[index % len(TEXT)]
        done.clear()
        start = time.perf_counter()
        _type(session.editor, char)
        while not done:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        pane.viewport().repaint()
        elapsed = time.perf_counter() - start
        if index >= WARM_UP:
            times.append(elapsed)
    body = session.policy.find(session.section_id).body
    assert body[-20:].replace("\u202f", " ").strip()[:5] in pane.section_document.toRawText().replace("\u202f", " ")
    _dispose(pane, session.editor)
    return times


def _anchor(policy: Policy, samples: int) -> list[float]:
    app = _app()
    browser = QTextBrowser()
    browser.resize(700, 900)
    browser.document().setDefaultStyleSheet(preview_stylesheet())
    browser.document().setUndoRedoEnabled(False)
    browser.show()
    context = context_for(policy)

    def render(result) -> None:
        scroll = browser.verticalScrollBar().value()
        browser.setHtml(keep_spaces(document_html(result.policy, context)))
        browser.verticalScrollBar().setValue(scroll)

    browser.setHtml(keep_spaces(document_html(policy, context)))
    browser.document().documentLayout().blockBoundingRect(browser.document().lastBlock())
    app.processEvents()
    session = _Session(policy, render)
    times = []
    for index in range(1 + samples):
        char = TEXT[index % len(TEXT)]
        start = time.perf_counter()
        _type(session.editor, char)
        app.processEvents()
        browser.viewport().repaint()
        elapsed = time.perf_counter() - start
        if index:
            times.append(elapsed)
    _dispose(browser, session.editor)
    return times


def _measure() -> list[Figure]:
    figures = []
    for size in SIZES:
        policy = make_policy(size)
        ours = _ours(policy, SAMPLES)
        anchor = _anchor(policy, ANCHOR_SAMPLES[size])
        figures.append(
            Figure(
                f"preview.keystroke {size} sections",
                statistics.median(ours),
                statistics.median(anchor),
                "full re-render + setHtml (ReText)",
                "p50 <= 16 ms, p95 < 50 ms, flat",
                {
                    "p50": f"{statistics.median(ours) * 1000:.1f}ms",
                    "p95": f"{_percentile(ours, 0.95) * 1000:.1f}ms",
                    "anchor_p95": f"{_percentile(anchor, 0.95) * 1000:.1f}ms",
                    "samples": f"{len(ours)}/{len(anchor)}",
                },
            )
        )
    return figures


BENCHMARKS = [Benchmark("preview.keystroke 30/300/3000 sections", measure=_measure)]
