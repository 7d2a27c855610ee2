"""When, and on which thread, Python's cycle collector runs: one owner for the policy.

Reference counting frees almost everything this program makes; the cycle collector only finds
groups of objects that refer to each other. Left automatic, it runs on whichever thread happens
to allocate when a generation's threshold is passed. In the window that is wrong: a worker
thread (an export, a publish, an import, fontconfig's set-up) would delete cyclic garbage that
holds Qt objects of the GUI thread (a closed document's file watcher and the socket notifier
inside it), and Qt objects deleted from another thread leave the GUI thread's event dispatcher
with freed memory: a crash at some later allocation. So the window turns automatic collection
off and calls :func:`collect_due` from the GUI thread (``editor.gui.gui_thread_gc``); commands
run with it paused (:func:`paused`): they make hardly any cyclic garbage.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def collect_due() -> int:
    """Collect, on the calling thread, the generations Python's own thresholds say are due: the
    youngest once more container objects were made than its threshold, the oldest generation
    whose own count (collections of the one below) passed its threshold with it, as Python's
    automatic collection chooses. Returns the number of unreachable objects found."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if threshold0 <= 0 or count0 <= threshold0:
        return 0
    if count2 > threshold2:
        return gc.collect(2)
    if count1 > threshold1:
        return gc.collect(1)
    return gc.collect(0)


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection within the block; the caller's setting is restored after it,
    also after an exception. (Start-up and a conversion make objects by the hundred thousand and
    hardly any cyclic garbage: collections would only cost time, 3 to 8 % of a conversion.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
