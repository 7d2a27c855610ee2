"""The import banner: plain words for the user, the technical account in the log file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from editor.errors import Notice, Where
from editor.gui.panels.banner import NoticeBanner
from editor.logfile import start_log_file

CUT = Notice("wp.cut_off", {"title": "Partage d’informations…"}, Where(section="partage"))
REBUILT = Notice("wp.rebuilt_tag", {"tag": "h2"}, Where(field="content", position=812, near="Les renseignements"))


def test_the_banner_says_what_to_do_and_the_log_says_what_was_done(
    qtbot, app_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    with caplog.at_level(logging.INFO, logger="editor"):
        banner.show_notices("page.json", [CUT, REBUILT])
    shown = banner.details.text()
    assert "• the page was cut off after “Partage d’informations…”: the text after it is missing." in shown
    assert "Get a complete export before publishing." in shown
    assert "Near “Les renseignements”: a heading, paragraph or list damaged" in shown
    assert "<h2>" not in shown and "surviving" not in shown
    logged = caplog.text
    assert "content, at 'Les renseignements': rebuilt a missing <h2> from its surviving </h2>" in logged
    assert "section 'partage': the export ends inside this section" in logged


def test_the_log_file_is_in_the_log_folder(app_home: Path) -> None:
    logger = logging.getLogger("editor")
    before = list(logger.handlers)
    try:
        path = start_log_file()
        assert path is not None and app_home in path.parents
        assert start_log_file() == path, "started once"
        logging.getLogger("editor.gui.panels.banner").info("page.json: import notice x: detail")
        for handler in logger.handlers:
            handler.flush()
        assert "page.json: import notice x: detail" in path.read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
                handler.close()
