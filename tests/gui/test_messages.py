"""The GUI's texts for codes are the catalogue's entries, translated (no table of its own)."""

from __future__ import annotations

import string

import pytest

from editor.catalogue import CATALOGUE
from editor.errors import Notice, OperationError, Where, describe
from editor.gui.messages import describe_code, error_text, notice_text


def _params(template: str) -> dict[str, object]:
    return {name.split("!")[0]: 7 for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_untranslated_gui_text_is_the_catalogue_text(qapp, code: str) -> None:
    params = _params(CATALOGUE[code].text)
    assert describe_code(code, params) == describe(code, params)


def test_notice_and_error_lines(qapp) -> None:
    notice = Notice("wp.cut_off", {"title": "Partage"}, Where(section="partage"))
    assert notice_text(notice).startswith("the page was cut off after “Partage”")
    near = Notice("wp.orphan_closer", {"tag": "p"}, Where(field="content", near="Cookies"))
    assert notice_text(near) == "Near “Cookies”: damaged formatting was removed; the text is kept"
    assert error_text(OperationError("op.no_next")) == "there is no next section to merge with"
    assert describe_code("future.code", {}) == "future.code"
