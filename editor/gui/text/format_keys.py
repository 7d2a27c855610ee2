"""Keys of the section body that behave as in a word processor, as an event filter on the field.

Enter continues a list (or ends it on an empty item), Backspace after a list marker removes it,
Tab / Shift+Tab nest list items or move between table cells, typing in a table keeps it aligned,
and the formatting shortcuts the text field would otherwise take (Ctrl+K deletes to the end of
the line on Linux; Ctrl+Shift+7 arrives as "&" on many layouts) reach the Format commands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from editor.editing import lists, tables
from editor.editing.edit import TextEdit, line_bounds
from editor.gui.document.commands import ends_word
from editor.gui.text.format_target import FormatTarget
from editor.gui.text.text_edit import replace_text

_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
# Ctrl+Shift+key -> command, for the keys as US, French and other layouts send them.
_SHIFTED = {
    Qt.Key.Key_7: "format_numbers",
    Qt.Key.Key_Ampersand: "format_numbers",
    Qt.Key.Key_8: "format_bullets",
    Qt.Key.Key_Asterisk: "format_bullets",
    Qt.Key.Key_V: "format_paste_plain",
}


def _command(event: QKeyEvent) -> str | None:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == _CTRL_SHIFT:
        return _SHIFTED.get(Qt.Key(event.key()))
    if modifiers == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_K:
        return "format_link"
    return None


class FormatKeys(QObject):
    """Installed on the section body field by the Format menu (:mod:`editor.gui.text.formatting`)."""

    def __init__(self, tools: FormatTarget) -> None:
        super().__init__(tools)
        self.tools = tools
        tools.body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and _command(event):  # type: ignore[arg-type]
            event.accept()  # the key press comes to the field, and to us
            return True
        if kind != QEvent.Type.KeyPress or not self.tools.active():
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        command = _command(key_event)
        if command is not None:
            self.tools.actions[command].trigger()
            return True
        return self._key(watched, key_event)

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        tools = self.tools
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        text, start, end = tools.selection()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            if start == end:
                return tools.apply(lists.continue_list(text, start), self.tr("New List Item"))
            return False
        if key == Qt.Key.Key_Backspace and modifiers == Qt.KeyboardModifier.NoModifier and start == end:
            removed = lists.backspace(text, start)
            if removed is not None:
                return tools.apply(removed, QCoreApplication.translate("SectionEditor", "Typing"))
        if key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            moved = tables.move_cell(text, start)
            if moved is not None:
                return tools.apply(moved, self.tr("Next Cell"))
            # A tab at the start of a paragraph line would make it a code block: not typed there.
            return tools.indent(False) or not text[line_bounds(text, start)[0] : start].strip(" \t")
        if key == Qt.Key.Key_Backtab:
            moved = tables.move_cell(text, start, backwards=True)
            if moved is not None:
                return tools.apply(moved, self.tr("Previous Cell"))
            return tools.indent(True)
        typing = event.text() and not modifiers & _COMMAND_KEYS  # not Ctrl+V, Ctrl+C...
        if typing and tables.table_at(text, start) is not None:
            self._type_in_table(watched, event)
            return True
        return False

    def _type_in_table(self, watched: QObject, event: QKeyEvent) -> None:
        """Let the field type the key, then align the table around the cursor; the document and the
        other listeners hear of one change (the aligned text, in the keystroke's undo step)."""
        body = self.tools.body
        blocked = body.blockSignals(True)
        try:
            watched.event(event)  # type: ignore[attr-defined]
            text, start, _ = self.tools.selection()
            aligned = tables.realign(text, start)
            if aligned is not None:
                self._retype(aligned)
        finally:
            body.blockSignals(blocked)
        key = event.text()
        self.tools.editor.typed(closes=key.isprintable() and ends_word("", key))
        body.cursorPositionChanged.emit()

    def _retype(self, edit: TextEdit) -> None:
        """Change the field's text and cursor as typing does."""
        body = self.tools.body
        replace_text(body, edit.text)
        cursor = body.textCursor()
        cursor.setPosition(edit.start)
        body.setTextCursor(cursor)
