"""Find and Replace across every section title and body: the one find UI (a dock; the search is
the core's, :mod:`editor.model.search`).

Ctrl+F opens it in find mode (field, options, results), Ctrl+H with the replace row too. Options:
match case, whole word, regular expression, "any space" (a space matches U+0020, U+00A0 and
U+202F). Results are listed by section with their context; Next and Previous (F3 / Shift+F3, the
window's actions) go to the match after or before the cursor, wrapping round the document;
Replace changes the current match, Replace All every match, each as one undo step, and the count
is shown. Everything works on the model, so it is the same in the whole-document mode: the
window tells the panel where the cursor is (:attr:`FindReplacePanel.locate`) and applies the
text typed there first (:attr:`FindReplacePanel.prepare`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.messages import error_text
from editor.model import Change
from editor.model.search import Match, Place, SearchOptions, find_all, replace_all, replace_match, step

_MATCH = Qt.ItemDataRole.UserRole
#: Milliseconds after a change of the document before the shown results are listed again.
REFRESH_MS = 300


class FindReplacePanel(QDockWidget):
    """Emits ``jump_requested(section_id, field, start, end)`` when a result is chosen."""

    jump_requested = Signal(str, str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_replace_panel")
        self._document: Document | None = None
        self._stale = True  # the document changed since the last search
        self._error: str | None = None  # why the last search failed (a bad regular expression)
        self.replace_mode = False
        self.locate: Callable[[], Place | None] = lambda: None
        self.prepare: Callable[[], object] = lambda: None
        self.matches: list[Match] = []
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(lambda: self.search(apply_pending=False))
        body = QWidget(self)
        self.find_label, self.replace_label = QLabel(body), QLabel(body)
        self.find_field, self.replace_field = QLineEdit(body), QLineEdit(body)
        self.find_field.setClearButtonEnabled(True)
        self.match_case, self.whole_word = QCheckBox(body), QCheckBox(body)
        self.regex, self.any_space = QCheckBox(body), QCheckBox(body)
        self.previous_button, self.next_button = QPushButton(body), QPushButton(body)
        self.find_button, self.replace_button, self.replace_all_button = (QPushButton(body) for _ in range(3))
        self.status = QLabel(body)
        self.results = QTreeWidget(body)
        self.results.setHeaderHidden(True)
        grid = QGridLayout()
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.find_button, 0, 4)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 4)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.regex, self.any_space):
            options.addWidget(box)
            box.toggled.connect(lambda _checked: self.search())
        options.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.find_field.returnPressed.connect(lambda: self.step(False))
        self.find_field.textChanged.connect(self._mark_stale)
        self.previous_button.clicked.connect(lambda: self.step(True))
        self.next_button.clicked.connect(lambda: self.step(False))
        self.find_button.clicked.connect(lambda: self.search())
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everything)
        self.results.currentItemChanged.connect(self._on_current)
        self.results.itemClicked.connect(lambda item, _column: self._on_current(item))
        self.set_replace_mode(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace") if self.replace_mode else self.tr("Find"))
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))
        self.match_case.setText(self.tr("Match case"))
        self.whole_word.setText(self.tr("Whole word"))
        self.regex.setText(self.tr("Regular expression"))
        self.any_space.setText(self.tr("Any space"))
        self.any_space.setToolTip(self.tr("A space also matches no-break and narrow no-break spaces"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("The match before the cursor (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("The match after the cursor (F3)"))
        self.find_button.setText(self.tr("Find All"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace All"))

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
        self._document = document
        document.changed.connect(self._on_changed)
        self.results.clear()
        self.matches = []
        self._stale = True
        self.status.clear()

    def _on_changed(self, _change: Change) -> None:
        """Results point into the text: list them again after the edit (when they are shown)."""
        self._stale = True
        if self.isVisible() and self.find_field.text():
            self._refresh.start()

    def _mark_stale(self) -> None:
        self._stale = True

    def set_replace_mode(self, replace: bool) -> None:
        """Show or hide the replace row (Ctrl+H or Ctrl+F)."""
        self.replace_mode = replace
        for widget in (self.replace_label, self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.setWindowTitle(self.tr("Find and Replace") if replace else self.tr("Find"))

    def options(self) -> SearchOptions:
        return SearchOptions(
            self.match_case.isChecked(), self.whole_word.isChecked(), self.regex.isChecked(), self.any_space.isChecked()
        )

    def open(self, text: str = "", replace: bool = False) -> None:
        """Show the panel (with the replace row for ``replace``), ``text`` in the find field."""
        self.set_replace_mode(replace)
        if text and "\u2029" not in text:
            self.find_field.setText(text)
            self._stale = True
        self.show()
        self.raise_()
        field = self.replace_field if replace and self.find_field.text() else self.find_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        if self.find_field.text():
            self.search()

    # -- searching -------------------------------------------------------------------------------

    def search(self, apply_pending: bool = True) -> None:
        """List every match in the document, by section (with ``apply_pending``, text typed in
        the whole document and not applied yet first)."""
        self._refresh.stop()
        self.results.clear()
        self.matches = []
        if self._document is None:
            return
        if apply_pending:
            self.prepare()
        self._stale = False
        self._error = None
        try:
            self.matches = find_all(self._document.policy, self.find_field.text(), self.options())
        except PolicyEditorError as error:
            self._error = error_text(error)
            self.status.setText(self._error)
            return
        titles = {section.id: section.title for section in self._document.policy.walk()}
        groups: dict[str, QTreeWidgetItem] = {}
        for match in self.matches:
            group = groups.get(match.section_id)
            if group is None:
                group = QTreeWidgetItem(self.results, [titles.get(match.section_id, "") or self.tr("(untitled)")])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                groups[match.section_id] = group
            where = self.tr("title") if match.field == "title" else ""
            prefix = f"{where}: " if where else ""
            item = QTreeWidgetItem(group, [f"{prefix}…{match.before}[{match.text}]{match.after}…"])
            item.setData(0, _MATCH, match)
        self.status.setText(self.tr("%n match(es)", "", len(self.matches)) if self.find_field.text() else "")

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if self.results.signalsBlocked():
            return
        match = item.data(0, _MATCH) if item is not None else None
        if isinstance(match, Match):
            self.jump_requested.emit(match.section_id, match.field, match.start, match.end)

    def current_match(self) -> Match | None:
        item = self.results.currentItem()
        match = item.data(0, _MATCH) if item is not None else None
        if isinstance(match, Match):
            return match
        return self.matches[0] if self.matches else None

    # -- replacing -------------------------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the match at the cursor (else the selected result, else the first match),
        then go to the next one."""
        if self._document is None:
            return
        self.prepare()
        if self._stale or not self.matches:
            self.search()
        here = self.locate()
        at_cursor = [
            m for m in self.matches if here is not None and (m.section_id, m.field, m.start, m.end) == astuple(here)
        ]
        match = at_cursor[0] if at_cursor else self.current_match()
        if match is None:
            return
        try:
            operation = replace_match(
                self._document.policy, match, self.find_field.text(), self.replace_field.text(), self.options()
            )
        except PolicyEditorError as error:
            self.status.setText(error_text(error))
            return
        self._document.apply(operation, self.tr("Replace"))
        index = self.matches.index(match)
        self.search()
        if self.matches:
            self._select(min(index, len(self.matches) - 1))
        self.status.setText(self.tr("%n replacement(s) made", "", 1))

    def replace_everything(self) -> int:
        """Replace every match as one undo step; returns the count (also shown)."""
        if self._document is None:
            return 0
        self.prepare()
        try:
            operation, count = replace_all(
                self._document.policy, self.find_field.text(), self.replace_field.text(), self.options()
            )
        except PolicyEditorError as error:
            self.status.setText(error_text(error))
            return 0
        if operation is not None:
            self._document.apply(operation, self.tr("Replace All"))
        self.search()
        self.status.setText(self.tr("%n replacement(s) made", "", count))
        return count

    def _select(self, index: int) -> None:
        """Make match ``index`` the current result and go to it."""
        target = self.matches[index]
        for group in range(self.results.topLevelItemCount()):
            parent = self.results.topLevelItem(group)
            for row in range(parent.childCount()):
                if parent.child(row).data(0, _MATCH) == target:
                    self.results.blockSignals(True)
                    self.results.setCurrentItem(parent.child(row))
                    self.results.blockSignals(False)
        self.status.setText(arg(self.tr("Match %1 of %2"), index + 1, len(self.matches)))
        self.jump_requested.emit(target.section_id, target.field, target.start, target.end)

    def step(self, backward: bool = False) -> bool:
        """Go to the next (or previous) match from the cursor, wrapping round the document
        (F3 / Shift+F3); False, with "Not found" shown, when nothing matches."""
        if not self.find_field.text():
            self.open()
            return False
        self.prepare()  # text typed in the whole document and not applied yet
        if self._stale or not self.matches:
            self.search()
        index = step(self._document.policy, self.matches, self.locate(), backward) if self._document else None
        if index is None:
            if self._error is None:
                self.status.setText(self.tr("Not found"))
            return False
        self._select(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
