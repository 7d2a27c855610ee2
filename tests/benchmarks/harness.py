"""The benchmark harness: time our code and an anchor in the same run, and report both.

A benchmark module (``bench_*.py`` in this folder) defines ``BENCHMARKS``, a list of
:class:`Benchmark`. Nothing here asserts anything about time: the figures are for people.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    """One line of the report."""

    name: str
    ours_s: float
    anchor_s: float | None = None
    anchor: str = ""
    target: str = ""
    notes: dict[str, float | str] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return None if not self.anchor_s else self.ours_s / self.anchor_s

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ours_s": self.ours_s,
            "anchor": self.anchor,
            "anchor_s": self.anchor_s,
            "ratio": self.ratio,
            "target": self.target,
            **self.notes,
        }


@dataclass
class Benchmark:
    """``ours`` and ``anchor`` are zero-argument callables (``setup`` runs once before both).

    For measurements that are not one call timed (latency distributions, start-up), give
    ``measure`` instead: a callable returning the figures itself.
    """

    name: str
    ours: Callable[[], object] | None = None
    anchor: Callable[[], object] | None = None
    anchor_label: str = ""
    target: str = ""
    repeat: int = 5
    setup: Callable[[], object] | None = None
    measure: Callable[[], list[Figure]] | None = None


def median_time(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """Median duration of ``fn`` on ``clock`` (wall time; ``time.process_time`` for processor time)."""
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def run_benchmark(bench: Benchmark) -> list[Figure]:
    if bench.measure is not None:
        return bench.measure()
    if bench.setup is not None:
        bench.setup()
    assert bench.ours is not None
    ours = median_time(bench.ours, bench.repeat)
    anchor = median_time(bench.anchor, bench.repeat) if bench.anchor else None
    return [Figure(bench.name, ours, anchor, bench.anchor_label, bench.target)]


def format_seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"


def report(figures: list[Figure]) -> str:
    header = f"{'benchmark':<44} {'ours':>11} {'anchor':>11} {'ratio':>7}  anchor / target"
    lines = [header, "-" * len(header)]
    for figure in figures:
        ratio = "-" if figure.ratio is None else f"{figure.ratio:.2f}"
        extra = " ".join(f"{key}={value}" for key, value in figure.notes.items())
        lines.append(
            f"{figure.name:<44} {format_seconds(figure.ours_s):>11} {format_seconds(figure.anchor_s):>11} "
            f"{ratio:>7}  {figure.anchor or '-'} / {figure.target or '-'} {extra}".rstrip()
        )
    return "\n".join(lines)
