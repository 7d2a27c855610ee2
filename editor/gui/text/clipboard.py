"""Copy and paste in the section body, in Markdown terms.

Paste: HTML on the clipboard (Word, LibreOffice, a browser, the WordPress editor) becomes
Markdown through :mod:`editor.editing.clipboard` (the importers' converter, sanitized); headings
in it are offered as new sections after the current one. Paste as Plain Text (Ctrl+Shift+V)
takes only the text. Copy and Cut put the Markdown (``text/plain``) and the HTML the preview
renders from it (``text/html``) on the clipboard, so Word or an e-mail keeps the formatting; a
copy pasted back into the editor is taken as the Markdown it was. The field's keys and context
menu are taken over with an event filter, so the field itself is not changed.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from editor.editing.clipboard import (
    as_paragraphs,
    decode_clipboard_html,
    html_for_copy,
    insert_sections,
    markdown_from_html,
    placed,
)
from editor.editing.edit import TextEdit
from editor.errors import Notice
from editor.gui.messages import notice_text
from editor.gui.text.format_target import FormatTarget

# Our own copies carry the Markdown under this type too, to be pasted back unchanged.
MARKDOWN_MIME = "text/markdown"
Key = QKeySequence.StandardKey


def mime_for(markdown: str, html: str) -> QMimeData:
    """Clipboard data holding a Markdown selection and its rendered HTML."""
    data = QMimeData()
    data.setText(markdown)
    data.setHtml(html)
    data.setData(MARKDOWN_MIME, markdown.encode("utf-8"))
    return data


def release_clipboard() -> None:
    """Put our copy back on the clipboard as data Qt made itself, text only (at exit).

    Clipboard data made in Python answers Qt's questions from Python; Qt asks them again when it
    tears the clipboard down, after the interpreter is gone, which crashes the process.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MARKDOWN_MIME):
        clipboard.setText(data.text())


class ClipboardHandler(QObject):
    """Installed on the section body field by the Format menu (:mod:`editor.gui.text.formatting`)."""

    def __init__(self, tools: FormatTarget) -> None:
        super().__init__(tools)
        self.tools = tools
        tools.body.installEventFilter(self)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(release_clipboard)
        atexit.unregister(release_clipboard)  # once per process, however many windows
        atexit.register(release_clipboard)  # also when the process ends without the event loop quitting

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            for standard, handler in (
                (Key.Paste, lambda: self.paste(plain=False)),
                (Key.Copy, lambda: self.copy(cut=False)),
                (Key.Cut, lambda: self.copy(cut=True)),
            ):
                if key_event.matches(standard):
                    if kind == QEvent.Type.KeyPress and self.tools.active():
                        handler()
                    event.accept()
                    return kind == QEvent.Type.KeyPress and self.tools.active()
        if kind == QEvent.Type.ContextMenu and self.tools.active():
            self._context_menu(event)  # type: ignore[arg-type]
            return True
        return False

    def _context_menu(self, event: QContextMenuEvent) -> None:
        body = self.tools.body
        menu: QMenu = body.createStandardContextMenu(event.pos())
        replacements = {
            "edit-cut": lambda: self.copy(cut=True),
            "edit-copy": lambda: self.copy(cut=False),
            "edit-paste": lambda: self.paste(plain=False),
        }
        for action in menu.actions():
            handler = replacements.get(action.objectName())
            if handler is not None:
                action.triggered.disconnect()
                action.triggered.connect(handler)
        paste = menu.findChild(QObject, "edit-paste")
        plain = self.tools.actions["format_paste_plain"]
        if paste is not None:
            index = menu.actions().index(paste)
            following = menu.actions()[index + 1] if index + 1 < len(menu.actions()) else None
            menu.insertAction(following, plain)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- copy ------------------------------------------------------------------------------------

    def copy(self, cut: bool = False) -> None:
        tools = self.tools
        text, start, end = tools.selection()
        if start == end:
            return
        markdown = text[start:end]
        html = html_for_copy(markdown, tools.window.document.policy)
        QGuiApplication.clipboard().setMimeData(mime_for(markdown, html))
        if cut:
            tools.apply(TextEdit(text[:start] + text[end:], start, start), self.tr("Cut"))

    # -- paste -----------------------------------------------------------------------------------

    def paste(self, plain: bool = False) -> None:
        tools = self.tools
        if not tools.active():
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        text, start, end = tools.selection()
        if not plain and data.hasFormat(MARKDOWN_MIME):
            self._insert(text, start, end, bytes(data.data(MARKDOWN_MIME).data()).decode("utf-8", "replace"))
            return
        if plain or not data.hasHtml():
            self._insert(text, start, end, data.text().replace("\r\n", "\n").replace("\r", "\n"))
            return
        raw = bytes(data.data("text/html").data())
        pasted = markdown_from_html(decode_clipboard_html(raw) if raw else data.html())
        self._report(pasted.notices)
        policy = tools.window.document.policy
        section_id = tools.editor.section_id()
        if not pasted.sections or section_id is None:
            self._place(text, start, end, pasted.body)
            return
        answer = QMessageBox.question(
            tools.window,
            self.tr("Paste"),
            self.tr(
                "The pasted text has %n heading(s). Add them as new sections after this one? "
                "(No keeps them as bold lines in this section.)",
                "",
                len(list(section for top in pasted.sections for section in top.walk())),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.No:
            self._place(text, start, end, as_paragraphs(pasted))
            return
        stack = tools.window.document.undo_stack
        stack.beginMacro(self.tr("Paste"))
        try:
            if pasted.body:
                self._place(text, start, end, pasted.body)
            for operation in insert_sections(policy, section_id, pasted.sections):
                tools.window.document.apply(operation)
        finally:
            stack.endMacro()

    def _report(self, notices: tuple[Notice, ...]) -> None:
        """What the conversion left out (scripts, unsafe links, underline...), in the status bar."""
        dropped = [notice for notice in notices if notice.params.get("tag") != "style"]  # page styling: expected
        if dropped:
            self.tools.window.statusBar().showMessage(" ".join(notice_text(n) for n in dropped), 15000)

    def _place(self, text: str, start: int, end: int, pasted: str) -> None:
        """Converted HTML in place of the selection (blocks kept apart from the paragraph around)."""
        if pasted or start != end:
            self.tools.apply(placed(text, start, end, pasted), self.tr("Paste"))

    def _insert(self, text: str, start: int, end: int, new: str) -> None:
        """Put ``new`` in place of the selection as one undoable step; the cursor after it."""
        if not new and start == end:
            return
        cursor = start + len(new)
        self.tools.apply(TextEdit(text[:start] + new + text[end:], cursor, cursor), self.tr("Paste"))
