"""The preview's adaptive delay."""

from __future__ import annotations

from editor.gui.preview.timing import AdaptiveDelay


def test_cheap_updates_are_immediate() -> None:
    delay = AdaptiveDelay(fast_ms=16)
    assert delay.interval_ms(now=0.0) == 0
    for _ in range(10):
        delay.record(0.005, now=1.0)
    assert delay.interval_ms(now=1.0) == 0


def test_costly_updates_are_spaced_by_twice_their_cost() -> None:
    delay = AdaptiveDelay(fast_ms=16, max_ms=300)
    for _ in range(20):
        delay.record(0.050, now=10.0)
    assert 95 <= delay.interval_ms(now=10.0) <= 100
    assert 45 <= delay.interval_ms(now=10.050) <= 50
    assert delay.interval_ms(now=10.2) == 0  # after a pause, at once


def test_the_delay_is_capped_and_recovers() -> None:
    delay = AdaptiveDelay(fast_ms=16, max_ms=300)
    for _ in range(20):
        delay.record(2.0, now=0.0)
    assert delay.interval_ms(now=0.0) == 300
    for _ in range(20):
        delay.record(0.002, now=1.0)
    assert delay.interval_ms(now=1.0) == 0
