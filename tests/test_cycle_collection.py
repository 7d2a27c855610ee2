"""Cycles collected when their thresholds say so, on the calling thread (editor/cycle_collection.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from editor.cycle_collection import collect_due, paused


class Marked:
    """Part of a reference cycle; records its own deletion."""

    def __init__(self, deleted: list[str], name: str) -> None:
        self.deleted = deleted
        self.name = name
        self.me = self

    def __del__(self) -> None:
        self.deleted.append(self.name)


@pytest.fixture
def thresholds() -> Iterator[None]:
    """Automatic collection off and small thresholds (5, 2, 2); restored after."""
    was_enabled, saved = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.set_threshold(5, 2, 2)
    try:
        yield
    finally:
        gc.set_threshold(*saved)
        (gc.enable if was_enabled else gc.disable)()


def test_nothing_is_collected_before_the_youngest_threshold_is_passed(thresholds: None) -> None:
    deleted: list[str] = []
    gc.collect()  # every count at zero
    Marked(deleted, "cycle")
    assert gc.get_count()[0] <= 5
    assert collect_due() == 0
    assert deleted == []
    kept = [[] for _ in range(6)]
    assert collect_due() >= 1
    assert deleted == ["cycle"]
    assert kept


def test_the_generation_collected_is_the_oldest_one_due() -> None:
    """Each young collection counts one for the next generation; a generation is collected once
    its count passed its threshold (2 here): three young ones, then the middle, ..., then all."""
    seen: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    was_enabled, saved = gc.isenabled(), gc.get_threshold()
    gc.disable()
    gc.collect()
    gc.set_threshold(5, 2, 2)
    gc.callbacks.append(record)
    kept = []
    try:
        for _ in range(16):
            kept.append([[] for _ in range(6)])
            collect_due()
    finally:
        gc.callbacks.remove(record)
        gc.set_threshold(*saved)
        (gc.enable if was_enabled else gc.disable)()
    assert seen == [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 0, 0]


def test_a_threshold_of_zero_means_never(thresholds: None) -> None:
    gc.set_threshold(0)
    deleted: list[str] = []
    Marked(deleted, "cycle")
    kept = [[] for _ in range(50)]
    assert collect_due() == 0
    assert deleted == [] and kept


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_gives_the_callers_setting_back_also_after_an_error(enabled: bool) -> None:
    was_enabled = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ZeroDivisionError), paused():
            1 / 0  # noqa: B018
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()
