"""The preview's adaptive delay: update at once while updates are cheap, space them out when not.

Updates are coalesced: changes that arrive while one is waiting join it, and the update renders
the latest policy, so a result can never be older than what is on screen (nothing stale is
applied). The delay follows the measured cost of recent updates: 0 ms while an update takes less
than :attr:`AdaptiveDelay.fast_ms` (one 60 Hz frame); for costlier updates, the next one starts
at least twice the cost after the previous one finished (capped at ``max_ms``), so typing keeps
at least half of the UI thread, and a keystroke after a pause is still shown at once.
"""

from __future__ import annotations

import time


class AdaptiveDelay:
    """A delay in milliseconds computed from an exponential average of measured costs."""

    def __init__(self, fast_ms: float = 16.0, max_ms: int = 300, weight: float = 0.5) -> None:
        self.fast_ms = fast_ms
        self.max_ms = max_ms
        self.weight = weight
        self.average_ms = 0.0
        self.finished_at: float | None = None

    def record(self, seconds: float, now: float | None = None) -> None:
        """Take the cost of one update, which finished at ``now`` (monotonic seconds), into account."""
        cost = seconds * 1000.0
        self.average_ms = self.weight * cost + (1.0 - self.weight) * self.average_ms
        self.finished_at = time.monotonic() if now is None else now

    def gap_ms(self) -> float:
        """The least time between the end of an update and the start of the next."""
        if self.average_ms <= self.fast_ms:
            return 0.0
        return min(float(self.max_ms), 2.0 * self.average_ms)

    def interval_ms(self, now: float | None = None) -> int:
        """How long to wait, from ``now`` (monotonic seconds), before the next update."""
        gap = self.gap_ms()
        if gap == 0.0 or self.finished_at is None:
            return 0
        since = ((time.monotonic() if now is None else now) - self.finished_at) * 1000.0
        return max(0, round(gap - since))
