"""Rendering a whole policy into the preview in small slices, after the preview has first painted.

Opening a long policy must not hold the window's first paint, nor the first keystroke, until
every section is rendered (about 10 ms each for a page of text). :class:`SliceOrder` decides which
sections come first: the one the user is in and those after it (what the preview shows), then
those before it, nearest first. :class:`SlicedRender` waits for the next paint of the preview's
viewport, then renders from a 0 ms timer, a few milliseconds per slice: the event loop turns
between slices, so a key press queued meanwhile is handled before the next slice.

The preview pane owns the document and says how one section is rendered (``render_one``); it
may render a section itself in between (a keystroke's patch): ``render_one`` then finds it
already shown and does nothing.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

#: Seconds of rendering per slice (at least one section is rendered per slice, whatever it costs).
SLICE_BUDGET_S = 0.008


class SliceOrder:
    """The sections still to render, in the order they should be rendered."""

    def __init__(
        self, section_ids: Sequence[str] = (), around: str | None = None, waiting: Collection[str] | None = None
    ) -> None:
        """``section_ids`` in document order; ``waiting`` those to render (default: all). First
        ``around`` (or the first waiting section after it) and those after it, then those before
        it, nearest first."""
        ids = list(section_ids)
        start = ids.index(around) if around in ids else 0
        wanted = set(ids) if waiting is None else set(waiting)
        self._queue: deque[str] = deque(i for i in ids[start:] + ids[:start][::-1] if i in wanted)
        self._waiting = set(self._queue)

    def __len__(self) -> int:
        return len(self._waiting)

    def __contains__(self, section_id: object) -> bool:
        return section_id in self._waiting

    def take(self) -> str | None:
        """The next section to render (it leaves the queue), or None when all are done."""
        while self._queue:
            section_id = self._queue.popleft()
            if section_id in self._waiting:
                self._waiting.discard(section_id)
                return section_id
        return None

    def put_first(self, section_ids: Iterable[str]) -> None:
        """Render these next (in the order given), whether or not they were waiting."""
        ids = list(section_ids)
        self._queue.extendleft(reversed(ids))
        self._waiting.update(ids)

    def discard(self, section_id: str) -> None:
        """Nothing more to do for this section (it was rendered some other way, or removed)."""
        self._waiting.discard(section_id)


class SlicedRender(QObject):
    """Drives the slices of a preview pane: :meth:`start`, :meth:`reset`, :meth:`finish`.

    ``render_one(section_id)`` renders one section into the pane's document (doing nothing when
    it is already up to date or no longer exists).
    """

    #: A slice is about to run / is done (the number of sections rendered in it).
    slice_starting = Signal()
    slice_done = Signal(int)
    #: Every section is rendered.
    finished = Signal()

    def __init__(self, viewport: QWidget, render_one: Callable[[str], None], budget_s: float = SLICE_BUDGET_S) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._render_one = render_one
        self.budget_s = budget_s
        self._order = SliceOrder()
        self._prepare: Callable[[], None] | None = None
        self._running = False  # inside a slice, or finishing
        self._waiting_for_paint = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_slice)
        #: Slices run so far (for tests and benchmarks).
        self.slices = 0

    # -- the contract ------------------------------------------------------------------------

    def start(self, prepare: Callable[[], None]) -> None:
        """From the next paint of the viewport on, run ``prepare`` as a slice of its own, then the
        slices. ``prepare`` builds the document and gives the sections to render to :meth:`reset`.
        Whatever was still to render is dropped."""
        self._order = SliceOrder()
        self._prepare = prepare
        self._timer.stop()
        if not self._waiting_for_paint:
            self._waiting_for_paint = True
            self._viewport.installEventFilter(self)
        self._viewport.update()  # a paint, so that the slices start even if nothing else changes

    def reset(
        self, section_ids: Sequence[str], waiting: Collection[str], around: str | None = None, first: Iterable[str] = ()
    ) -> None:
        """Render the ``waiting`` sections of ``section_ids`` (document order): ``first``, then
        from ``around`` on, then the rest (:class:`SliceOrder`). Replaces what was still to render."""
        self._order = SliceOrder(section_ids, around, waiting)
        self._order.put_first([section_id for section_id in first if section_id in self._order])
        if self._running or self._prepare is not None or self._waiting_for_paint:
            return
        if self._order:
            self._timer.start(0)
        else:
            self._done()

    def active(self) -> bool:
        """Whether the document is still to build or has sections left to render."""
        return self._running or self._prepare is not None or bool(self._order)

    def render_now(self, section_id: str) -> bool:
        """Render one waiting section at once (the user went there); False if it was not waiting."""
        if section_id not in self._order or self._running:
            return False
        self._order.discard(section_id)
        self._render_one(section_id)
        if not self.active():
            self._done()
        return True

    def finish(self) -> None:
        """Build and render everything still waiting, now."""
        if not self.active() or self._running:
            return
        self._stop_waiting()
        self._running = True
        try:
            self._run_prepare()
            while (section_id := self._order.take()) is not None:
                self._render_one(section_id)
        finally:
            self._running = False
        self._done()

    def cancel(self) -> None:
        """Forget what is still to render (the pane shows something else entirely)."""
        self._stop_waiting()
        self._timer.stop()
        self._order = SliceOrder()
        self._prepare = None

    def remaining(self) -> int:
        """How many sections are still to render."""
        return len(self._order)

    def is_waiting(self, section_id: str) -> bool:
        return section_id in self._order

    # -- slices ------------------------------------------------------------------------------

    def run_slice(self) -> None:
        """Build the document (a slice of its own), or render sections for about :attr:`budget_s`
        seconds (at least one); then let the event loop turn before the next slice."""
        if self._running:
            return
        self.slice_starting.emit()
        count = 0
        self._running = True
        try:
            if self._prepare is not None:
                self._run_prepare()
            else:
                started = time.perf_counter()
                while (section_id := self._order.take()) is not None:
                    self._render_one(section_id)
                    count += 1
                    if time.perf_counter() - started >= self.budget_s:
                        break
        finally:
            self._running = False
        self.slices += 1
        self.slice_done.emit(count)
        if self.active():
            self._timer.start(0)  # input and paints queued meanwhile go before the next slice
        else:
            self._done()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Paint and self._waiting_for_paint:
            self._stop_waiting()
            if self.active():
                self._timer.start(0)  # runs once this paint has reached the screen
        return False

    def _run_prepare(self) -> None:
        prepare, self._prepare = self._prepare, None
        if prepare is not None:
            prepare()

    def _stop_waiting(self) -> None:
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            self._viewport.removeEventFilter(self)

    def _done(self) -> None:
        self._timer.stop()
        self.finished.emit()
