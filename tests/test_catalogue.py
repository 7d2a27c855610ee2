"""One catalogue of error and notice texts: every code has its entry, notices say where in structure."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from editor.catalogue import CATALOGUE, QT_TRANSLATE_NOOP
from editor.errors import ImportFailed, Notice, Where, describe, technical

EDITOR = Path(__file__).resolve().parent.parent / "editor"
RAISED = {"PolicyEditorError", "FileFormatError", "OperationError", "ImportFailed", "ExportFailed", "Notice"}


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in EDITOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISED:
                found.append((f"{path.relative_to(EDITOR.parent)}:{node.lineno}", node))
    return found


def _catalogued() -> set[str]:
    """The codes written in editor/catalogue.py itself (not those added at run time)."""
    tree = ast.parse((EDITOR / "catalogue.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "CATALOGUE":
            assert isinstance(node.value, ast.Dict)
            return {key.value for key in node.value.keys if isinstance(key, ast.Constant)}
    raise AssertionError("no CATALOGUE in editor/catalogue.py")


def test_every_code_the_core_uses_is_in_the_catalogue() -> None:
    catalogued = _catalogued()
    assert catalogued <= set(CATALOGUE)
    missing = []
    for where, call in _calls():
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value not in catalogued:
            missing.append(f"{where}: {first.value}")
    assert not missing, "codes without a catalogue entry (add them to editor/catalogue.py):\n" + "\n".join(missing)


def test_notices_say_where_with_structure_not_prose() -> None:
    prose = []
    for where, call in _calls():
        if call.func.id != "Notice":  # type: ignore[attr-defined]
            continue
        place = call.args[2] if len(call.args) > 2 else next((k.value for k in call.keywords if k.arg == "where"), None)
        if isinstance(place, ast.Constant | ast.JoinedStr):
            prose.append(where)
    assert not prose, "Notice.where must be a Where, not text: " + ", ".join(prose)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_entries_are_well_formed(code: str) -> None:
    entry = CATALOGUE[code]
    for template in (entry.text, entry.detail):
        list(string.Formatter().parse(template))  # raises on a broken template
    assert entry.text == entry.text.strip() and entry.text


@pytest.mark.parametrize("code", sorted(c for c, e in CATALOGUE.items() if e.detail))
def test_what_the_user_reads_is_plain_words(code: str) -> None:
    """The technical account goes to the log; the text has no markup, escapes or tool names."""
    text = CATALOGUE[code].text
    assert not re.search(r"<[/!a-z]|U\+[0-9A-F]{4}|wpautop|wptexturize|JSON string|shortcode|\bvc_", text), text


def test_the_marker_is_a_no_op() -> None:
    assert QT_TRANSLATE_NOOP("messages", "x {y}") == "x {y}"


def test_cli_text_and_log_detail() -> None:
    notice = Notice("wp.rebuilt_tag", {"tag": "h2"}, Where(field="content", position=120, near="Les renseignements"))
    assert notice.message() == "content, at 'Les renseignements': rebuilt a missing <h2> from its surviving </h2>"
    assert notice.text().startswith("a heading, paragraph or list damaged in the export was repaired")
    assert technical("file.not_found", {}) == describe("file.not_found", {}) == "the file does not exist"
    assert describe("future.code", {"n": 1}) == "future.code {'n': 1}"
    assert str(Where(section="cookies", field="content")) == "section 'cookies'" and not Where()
    assert Notice("x.y", {}, "file").where == Where(field="file")  # type: ignore[arg-type]
    error = ImportFailed("wp.many_pages", path="p.json", count=2)
    assert error.message() == "p.json: the JSON holds 2 pages; export one page (or a lookup that finds one)"
