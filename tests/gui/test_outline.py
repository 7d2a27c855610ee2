"""Outline: every structure operation and its undo, rename in place, keys, drag and drop."""

from __future__ import annotations

import warnings

import pytest
from gui_helpers import make_policy, section_titles
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from editor.gui.mainwindow import MainWindow

ORIGINAL = [("Introduction", 2), ("Données", 2), ("Cookies", 3), ("Journaux", 3), ("Contact", 2)]


def select(window: MainWindow, section_id: str) -> None:
    window.outline.select_section(section_id)
    assert window.outline.current_section_id() == section_id


def undo_restores(window: MainWindow) -> None:
    window.actions["edit_undo"].trigger()
    assert window.document.policy == make_policy()
    assert section_titles(window) == ORIGINAL


def outline_titles(window: MainWindow) -> list[tuple[str, int]]:
    model = window.outline.outline_model()
    found = []

    def visit(parent: QModelIndex, depth: int) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append((index.data(), depth))
            visit(index, depth + 1)

    visit(QModelIndex(), 2)
    return found


def test_outline_shows_the_tree(window: MainWindow) -> None:
    assert outline_titles(window) == ORIGINAL
    assert window.outline.current_section_id() == "intro"


@pytest.mark.parametrize(
    ("action", "section", "expected"),
    [
        ("section_move_up", "contact", ["Introduction", "Contact", "Données", "Cookies", "Journaux"]),
        ("section_move_down", "intro", ["Données", "Cookies", "Journaux", "Introduction", "Contact"]),
        ("section_move_up", "journaux", ["Introduction", "Données", "Journaux", "Cookies", "Contact"]),
    ],
)
def test_move_and_undo(window: MainWindow, action: str, section: str, expected: list[str]) -> None:
    select(window, section)
    window.actions[action].trigger()
    assert [title for title, _ in section_titles(window)] == expected
    assert [title for title, _ in outline_titles(window)] == expected
    assert window.outline.current_section_id() == section, "the moved section stays selected"
    undo_restores(window)


def test_indent_and_outdent_and_undo(window: MainWindow) -> None:
    select(window, "contact")
    window.actions["section_indent"].trigger()
    assert window.document.policy.find("donnees").children[-1].id == "contact"
    assert ("Contact", 3) in outline_titles(window)
    undo_restores(window)
    select(window, "cookies")
    window.actions["section_outdent"].trigger()
    assert [s.id for s in window.document.policy.sections] == ["intro", "donnees", "cookies", "contact"]
    assert window.document.policy.find("cookies").children[0].id == "journaux"
    undo_restores(window)


def test_refused_operation_is_reported_not_raised(window: MainWindow) -> None:
    select(window, "intro")
    window.actions["section_indent"].trigger()
    assert window.document.policy == make_policy()
    assert "first section" in window.statusBar().currentMessage()


def test_add_sibling_and_child_and_undo(window: MainWindow, qtbot) -> None:
    select(window, "intro")
    window.actions["section_add_sibling"].trigger()
    ids = [s.id for s in window.document.policy.sections]
    assert ids[1] not in ("donnees", "intro") and len(ids) == 4
    assert window.outline.current_section_id() == ids[1]
    assert window.outline.state() == window.outline.State.EditingState, "a new section starts in rename mode"
    window.outline.closePersistentEditor(window.outline.currentIndex())
    undo_restores(window)
    select(window, "donnees")
    window.actions["section_add_child"].trigger()
    children = window.document.policy.find("donnees").children
    assert len(children) == 3 and children[-1].level == 3
    undo_restores(window)


def test_delete_without_confirmation_and_undo(window: MainWindow) -> None:
    select(window, "donnees")
    window.actions["section_delete"].trigger()
    assert [s.id for s in window.document.policy.walk()] == ["intro", "contact"]
    assert window.outline.current_section_id() == "contact"
    undo_restores(window)
    assert window.outline.outline_model().index_of("cookies").isValid()


def test_rename_in_place_and_undo(window: MainWindow) -> None:
    model = window.outline.outline_model()
    assert model.setData(model.index_of("contact"), "Nous écrire", Qt.ItemDataRole.EditRole)
    assert window.document.policy.find("contact").title == "Nous écrire"
    assert model.index_of("contact").data() == "Nous écrire"
    undo_restores(window)


def test_word_count_tooltip(window: MainWindow) -> None:
    model = window.outline.outline_model()
    tip = model.index_of("donnees").data(Qt.ItemDataRole.ToolTipRole)
    assert "3 word" in tip  # "Données" + "Nous collectons"
    assert "9 word" in tip  # with "Cookies", "Des cookies", "Journaux", "Des journaux"


def test_alt_arrows_move_and_indent(window: MainWindow, qtbot) -> None:
    select(window, "contact")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in window.document.policy.sections] == ["intro", "contact", "donnees"]
    qtbot.keyClick(window.outline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.document.policy.find("intro").children[0].id == "contact"
    qtbot.keyClick(window.outline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in window.document.policy.sections] == ["intro", "donnees", "contact"]


def test_delete_key_works_in_the_outline_only(window: MainWindow, qtbot) -> None:
    select(window, "contact")
    window.section_editor.body.setFocus()
    qtbot.keyClick(window.section_editor.body, Qt.Key.Key_Delete)
    assert window.document.policy.find("contact") is not None
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert window.document.policy.find("contact") is None


def drop(window: MainWindow, section_id: str, row: int, parent_id: str | None) -> bool:
    model = window.outline.outline_model()
    data = model.mimeData([model.index_of(section_id)])
    parent = model.index_of(parent_id) if parent_id else QModelIndex()
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_drop_reorders_among_siblings(window: MainWindow) -> None:
    assert drop(window, "intro", 3, None)  # after "contact" (row 3 = the end, before removal)
    assert [s.id for s in window.document.policy.sections] == ["donnees", "contact", "intro"]
    undo_restores(window)


def test_drop_onto_a_section_nests_it(window: MainWindow) -> None:
    assert drop(window, "contact", -1, "donnees")
    assert [c.id for c in window.document.policy.find("donnees").children] == ["cookies", "journaux", "contact"]
    assert window.document.policy.find("contact").level == 3
    undo_restores(window)


def test_drop_out_of_a_parent_renests(window: MainWindow) -> None:
    assert drop(window, "cookies", 0, None)
    assert [s.id for s in window.document.policy.sections] == ["cookies", "intro", "donnees", "contact"]
    assert window.document.policy.find("cookies").level == 2
    undo_restores(window)


def test_drop_into_itself_is_refused(window: MainWindow) -> None:
    model = window.outline.outline_model()
    data = model.mimeData([model.index_of("donnees")])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of("cookies"))
    assert not drop(window, "donnees", 0, "cookies")
    assert window.document.policy == make_policy()


def send_drop(window: MainWindow, section_id: str, point: QPoint) -> None:
    outline = window.outline
    model = outline.outline_model()
    data = model.mimeData([model.index_of(section_id)])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructors deprecated but offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, data, buttons, modifiers)
        move = QDragMoveEvent(point, Qt.DropAction.MoveAction, data, buttons, modifiers)
    for event in (enter, move, QDropEvent(QPointF(point), Qt.DropAction.MoveAction, data, buttons, modifiers)):
        QApplication.sendEvent(outline.viewport(), event)


def test_drop_events_on_the_view(window: MainWindow) -> None:
    """Real drag and drop events on the outline's viewport: below every row, then onto a row."""
    outline = window.outline
    send_drop(window, "intro", QPoint(10, outline.viewport().height() - 5))
    assert [s.id for s in window.document.policy.sections] == ["donnees", "contact", "intro"]
    target = outline.visualRect(outline.outline_model().index_of("contact")).center()
    send_drop(window, "intro", target)
    assert [c.id for c in window.document.policy.find("contact").children] == ["intro"]
    window.actions["edit_undo"].trigger()
    window.actions["edit_undo"].trigger()
    assert window.document.policy == make_policy()


def test_selection_opens_the_section(window: MainWindow) -> None:
    select(window, "cookies")
    assert window.section_editor.title.text() == "Cookies"
    assert window.section_editor.body.text() == "Des cookies."
    assert "Cookies" in window.status.section_label.text()


def test_context_menu_holds_the_section_actions(window: MainWindow) -> None:
    names = [action.objectName() for action in window.menus.context_actions if action is not None]
    assert names[:4] == ["section_add_sibling", "section_add_child", "section_rename", "section_delete"]
    assert all(window.actions[name] in window.outline.actions() for name in names)


def test_delete_key_while_renaming_edits_the_title(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    select(window, "contact")
    window.outline.setFocus()
    window.actions["section_rename"].trigger()
    editor = window.outline.findChild(QLineEdit)
    assert editor is not None and editor.hasFocus()
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "ontact"
    window.section_editor.body.setFocus()  # leaving the field commits, like a click elsewhere
    qtbot.waitUntil(lambda: window.outline.state() != window.outline.State.EditingState, timeout=2000)
    assert window.document.policy.find("contact").title == "ontact"
