"""Defects found when the app was tried as a new user would (issue 12, point 7), one test each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import type_text

from editor.assets import sample_policy
from editor.gui.display import display_problem, loadable_library


def test_the_sample_opens_as_an_untitled_copy(window, prompts, tmp_path: Path) -> None:
    sample = sample_policy()
    before = sample.read_bytes()
    assert window.open_path(str(sample), ask=False, as_copy=True)
    assert window.document.path is None
    prompts.save_path = ""
    assert not window.save()
    assert prompts.asked[-1] == "save_path", "Save asks where: the sample is never the target"
    assert sample.read_bytes() == before
    assert not any(p.name.endswith(".bak") for p in sample.parent.iterdir())


def test_first_start_shows_the_sample_untitled(app_home: Path, tmp_path: Path) -> None:
    """The real start-up path (offscreen): the window title says Untitled, not the sample's file."""
    code = (
        "import sys\n"
        "from editor.gui import app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "shown = {}\n"
        "original = app._screenshot\n"
        "def grab(qapp, window, out):\n"
        "    shown['path'] = window.document.path\n"
        "    shown['title'] = window.document.policy.meta.title\n"
        "    return 0\n"
        "app._screenshot = grab\n"
        "assert app.run_gui(None, screenshot='x.png') == 0\n"
        "print(shown['path'], '|', shown['title'])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("None |")


@pytest.mark.parametrize(
    ("env", "library", "expected"),
    [
        ({}, "libxcb-cursor.so.0", "no desktop session"),
        ({"DISPLAY": ":0"}, None, "libxcb-cursor0"),
        ({"DISPLAY": ":0"}, "libxcb-cursor.so.0", None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, None, None),
    ],
)
def test_no_display_is_said_in_one_line(env: dict[str, str], library: str | None, expected: str | None) -> None:
    problem = display_problem(env, "linux", lambda _name: library)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem and "\n" not in problem and "--screenshot" in problem
    assert display_problem({}, "win32") is None


def test_a_library_is_found_by_loading_it_not_by_running_ldconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    loaded: list[str] = []

    def cdll(name: str) -> object:
        loaded.append(name)
        if name != "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    assert loadable_library("xcb-cursor") == "libxcb-cursor.so.0"
    assert loadable_library("not-there") is None
    assert loaded == ["libxcb-cursor.so.0", "libnot-there.so.0"]


def test_the_process_without_display_exits_with_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "POLICY_EDITOR_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "editor"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "desktop session" in lines[0] and "Traceback" not in result.stderr


def test_deleting_a_section_says_what_went_with_undo_at_hand(window) -> None:
    window.outline.select_section("donnees")
    window.actions["section_delete"].trigger()
    message = window.status.currentMessage()
    assert "Données" in message and "2 subsection" in message and "9 word" in message
    button = window.status.undo_button
    assert button.isVisibleTo(window) and button.defaultAction() is window.actions["edit_undo"]
    button.click()
    assert window.document.policy.find("cookies") is not None
    window.status.showMessage("something else")
    assert not button.isVisibleTo(window)


def test_a_new_section_takes_its_id_from_its_first_real_title(window, qtbot) -> None:
    window.outline.select_section("contact")
    window.actions["section_add_sibling"].trigger()
    fresh = window.outline.current_section_id()
    assert fresh in ("new-section", "nouvelle-section")
    model = window.outline.model()
    model.setData(model.index_of(fresh), "Cookies et traceurs")
    qtbot.waitUntil(lambda: window.document.policy.find("cookies-et-traceurs") is not None)
    assert window.document.policy.find(fresh) is None
    qtbot.waitUntil(lambda: window.outline.current_section_id() == "cookies-et-traceurs")
    assert window.sections._fresh == {}, "named once: later renames keep the id"
    model.setData(model.index_of("cookies-et-traceurs"), "Traceurs")
    assert window.document.policy.find("cookies-et-traceurs").title == "Traceurs"


def test_a_title_typed_in_the_field_names_the_id_when_the_field_is_left(window, qtbot) -> None:
    window.outline.select_section("intro")
    window.actions["section_add_sibling"].trigger()
    fresh = window.outline.current_section_id()
    title = window.section_editor.title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.selectAll()
    type_text(title, "Durées")
    assert window.document.policy.find(fresh).title == "Durées", "typing keeps the id while the field has focus"
    title.editingFinished.emit()
    assert window.document.policy.find("durees") is not None
    window.actions["edit_undo"].trigger()
    assert window.document.policy.find(fresh) is not None and window.document.policy.find(fresh).title == "Durées"


def test_whole_document_opens_at_the_section_being_typed_in(window, qtbot) -> None:
    window.outline.select_section("cookies")
    body = window.section_editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    type_text(body, " Encore")
    window.actions["view_whole_document"].setChecked(True)
    assert window.outline.current_section_id() == "cookies"
    cursor_line = window.whole_editor.text.textCursor().block().text()
    assert cursor_line.endswith("{#cookies}"), cursor_line
    assert window.whole_editor.current_section_id() == "cookies"


def test_compare_shows_words_side_by_side_not_a_unified_diff(qtbot) -> None:
    from editor.gui.safety.diff_view import DiffDialog

    old = "## Cookies {#cookies}\n\nNous gardons les données 3 ans.\n\nContact."
    new = "## Cookies {#cookies}\n\nNous gardons les données 5 ans au plus.\n\nContact."
    dialog = DiffDialog("Compare", old, new, "Sur le disque", "Dans l’éditeur")
    qtbot.addWidget(dialog)
    view = dialog.view
    changed = [row for row in view.rows if row.changed]
    assert len(changed) == 1
    assert [s.text for s in changed[0].left if s.kind == "removed"] == ["3"]
    assert [s.text for s in changed[0].right if s.kind == "added"] == ["5", " au plus"]
    html = view.toHtml()
    assert "line-through" in html and "Sur le disque" in html and "@@" not in view.toPlainText()
    assert "+Nous gardons" not in view.toPlainText()
