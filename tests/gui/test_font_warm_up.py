"""Fontconfig's set-up on another core: started once, only where fontconfig is, never an error."""

from __future__ import annotations

import sys

import pytest

from editor.gui import font_warm_up


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> list:
    started: list = []
    monkeypatch.setattr(font_warm_up, "_started", started)
    return started


def test_nothing_is_started_without_fontconfig_platforms(fresh: list) -> None:
    assert not font_warm_up.start(platform="win32")
    assert not font_warm_up.start(platform="darwin")
    assert fresh == []
    font_warm_up.wait()  # nothing to wait for


def test_a_missing_library_is_no_error(fresh: list) -> None:
    assert font_warm_up.start(platform="linux", library="libno-such-fontconfig.so.9")
    font_warm_up.wait()
    assert not fresh[0].is_alive()


def test_started_once(fresh: list) -> None:
    assert font_warm_up.start(platform="linux", library="libno-such-fontconfig.so.9")
    assert not font_warm_up.start(platform="linux", library="libno-such-fontconfig.so.9")
    font_warm_up.wait()
    assert len(fresh) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is the Linux font configuration")
def test_fontconfig_is_set_up_on_a_thread_of_its_own(fresh: list) -> None:
    assert font_warm_up.start()
    assert fresh[0].name == "fontconfig set-up" and fresh[0].daemon
    font_warm_up.wait()
    assert not fresh[0].is_alive()
