"""The preview's adaptive delay: update at once while updates are cheap, wait longer when not.

Updates are coalesced: changes that arrive while one is waiting join it, and the update renders
the latest policy, so a result can never be older than what is on screen (nothing stale is
applied). The delay follows the measured cost of recent updates: 0 ms while an update takes
less than :attr:`AdaptiveDelay.fast_ms`, then about twice the cost, capped at ``max_ms``.
"""

from __future__ import annotations


class AdaptiveDelay:
    """A delay in milliseconds computed from an exponential average of measured costs."""

    def __init__(self, fast_ms: float = 8.0, max_ms: int = 300, weight: float = 0.5) -> None:
        self.fast_ms = fast_ms
        self.max_ms = max_ms
        self.weight = weight
        self.average_ms = 0.0

    def record(self, seconds: float) -> None:
        """Take the cost of one update into account."""
        cost = seconds * 1000.0
        self.average_ms = self.weight * cost + (1.0 - self.weight) * self.average_ms

    def interval_ms(self) -> int:
        """How long to wait before the next update."""
        if self.average_ms <= self.fast_ms:
            return 0
        return min(self.max_ms, round(2.0 * self.average_ms))
