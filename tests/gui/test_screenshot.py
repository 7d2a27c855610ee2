"""`policy-editor --screenshot` renders the window offscreen to a PNG of the promised size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CANONICAL = Path(__file__).resolve().parent.parent / "fixtures" / "native" / "canonical.policy.md"


def test_screenshot_of_a_file(tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--screenshot", str(out), str(CANONICAL)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 900)


def test_screenshot_of_the_sample_shows_three_filled_panes(tmp_path: Path, qapp) -> None:
    """No empty pane: the outline, the editor and the preview each hold dark (text) pixels."""
    from PySide6.QtGui import QImage

    out = tmp_path / "sample.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICY_EDITOR_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--screenshot", str(out)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))

    def dark_pixels(x0: int, x1: int) -> int:
        count = 0
        for x in range(x0, x1, 3):
            for y in range(120, 800, 3):
                if image.pixelColor(x, y).lightness() < 100:
                    count += 1
        return count

    outline, editor, preview = dark_pixels(10, 280), dark_pixels(320, 880), dark_pixels(920, 1380)
    assert outline > 50 and editor > 200 and preview > 200, (outline, editor, preview)
