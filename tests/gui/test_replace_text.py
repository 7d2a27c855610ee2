"""replace_text: a change from elsewhere (undo, the whole-document editor, a realigned table) is
patched into the field as small edits, so the cursor stays on its character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QPlainTextEdit

from editor.gui.text.text_edit import changes, raw_text, replace_text

_TEXT = st.text(alphabet=st.sampled_from("ab\n |\u00a0"), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXT, _TEXT)
def test_changes_give_the_new_text_in_order(old: str, new: str) -> None:
    edits = changes(old, new)
    result = old
    for start, end, replacement in reversed(edits):
        result = result[:start] + replacement + result[end:]
    assert result == new
    assert all(a <= b for a, b, _ in edits)
    assert all(edits[i][1] <= edits[i + 1][0] for i in range(len(edits) - 1))


def test_the_cursor_stays_in_its_row_when_other_rows_change(qtbot) -> None:
    old = "| A  | B |\n| -- | - |\n| xy | z |\n| uv | w |"
    new = "| A | B |\n| - | - |\n| xy | z |\n| u | w |"
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(old)
    cursor = edit.textCursor()
    cursor.setPosition(old.index("xy") + 1)
    edit.setTextCursor(cursor)
    changed: list[int] = []
    edit.textChanged.connect(lambda: changed.append(1))
    replace_text(edit, new)
    assert raw_text(edit.document()) == new
    assert edit.textCursor().position() == new.index("xy") + 1
    assert changed == [1]  # one change reported
