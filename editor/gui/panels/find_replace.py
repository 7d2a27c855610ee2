"""Find and Replace across every section title and body (a dock; the search is the core's).

Options: match case, whole word, regular expression, "any space" (a space matches U+0020,
U+00A0 and U+202F). Results are listed by section with their context; Replace changes the
selected result, Replace All every match, each as one undo step, and the count is shown.
Everything works on the model, so it is the same in the whole-document mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from editor.gui.messages import error_text
from editor.model.search import Match, SearchOptions, find_all, replace_all, replace_match

_MATCH = Qt.ItemDataRole.UserRole


class FindReplacePanel(QDockWidget):
    """Emits ``jump_requested(section_id, field, start, end)`` when a result is chosen."""

    jump_requested = Signal(str, str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_replace_panel")
        self._document: Document | None = None
        self.matches: list[Match] = []
        body = QWidget(self)
        self.find_label, self.replace_label = QLabel(body), QLabel(body)
        self.find_field, self.replace_field = QLineEdit(body), QLineEdit(body)
        self.find_field.setClearButtonEnabled(True)
        self.match_case, self.whole_word = QCheckBox(body), QCheckBox(body)
        self.regex, self.any_space = QCheckBox(body), QCheckBox(body)
        self.find_button, self.replace_button, self.replace_all_button = (QPushButton(body) for _ in range(3))
        self.status = QLabel(body)
        self.results = QTreeWidget(body)
        self.results.setHeaderHidden(True)
        grid = QGridLayout()
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.find_button, 0, 2)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.regex, self.any_space):
            options.addWidget(box)
            box.toggled.connect(self.search)
        options.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setWidget(body)
        self.find_field.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everything)
        self.results.currentItemChanged.connect(self._on_current)
        for keys, backward in (
            (QKeySequence.StandardKey.FindNext, False),
            (QKeySequence.StandardKey.FindPrevious, True),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda backward=backward: self.step(backward))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_label.setText(self.tr("Find:"))
        self.replace_label.setText(self.tr("Replace with:"))
        self.match_case.setText(self.tr("Match case"))
        self.whole_word.setText(self.tr("Whole word"))
        self.regex.setText(self.tr("Regular expression"))
        self.any_space.setText(self.tr("Any space"))
        self.any_space.setToolTip(self.tr("A space also matches no-break and narrow no-break spaces"))
        self.find_button.setText(self.tr("Find All"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace All"))

    def set_document(self, document: Document) -> None:
        self._document = document
        self.results.clear()
        self.matches = []
        self.status.clear()

    def options(self) -> SearchOptions:
        return SearchOptions(
            self.match_case.isChecked(), self.whole_word.isChecked(), self.regex.isChecked(), self.any_space.isChecked()
        )

    def open(self, text: str = "", replace: bool = False) -> None:
        if text:
            self.find_field.setText(text)
        self.show()
        self.raise_()
        field = self.replace_field if replace and self.find_field.text() else self.find_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        if self.find_field.text():
            self.search()

    # -- searching -------------------------------------------------------------------------------

    def search(self) -> None:
        """List every match in the document, by section."""
        self.results.clear()
        self.matches = []
        if self._document is None:
            return
        try:
            self.matches = find_all(self._document.policy, self.find_field.text(), self.options())
        except PolicyEditorError as error:
            self.status.setText(error_text(error))
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
        """Replace the selected match (or the first one), then search again."""
        match = self.current_match()
        if self._document is None or match is None:
            return
        try:
            operation = replace_match(
                self._document.policy, match, self.find_field.text(), self.replace_field.text(), self.options()
            )
        except PolicyEditorError as error:
            self.status.setText(error_text(error))
            return
        self._document.apply(operation, self.tr("Replace"))
        index = self.matches.index(match) if match in self.matches else 0
        self.search()
        self.status.setText(self.tr("%n replacement(s) made", "", 1))
        if self.matches:
            self._select(min(index, len(self.matches) - 1))

    def replace_everything(self) -> int:
        """Replace every match as one undo step; returns the count (also shown)."""
        if self._document is None:
            return 0
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
        target = self.matches[index]
        for group in range(self.results.topLevelItemCount()):
            parent = self.results.topLevelItem(group)
            for row in range(parent.childCount()):
                if parent.child(row).data(0, _MATCH) == target:
                    self.results.setCurrentItem(parent.child(row))
                    return

    def step(self, backward: bool = False) -> None:
        """Select the next (or previous) result, wrapping (F3 / Shift+F3)."""
        if not self.matches:
            self.search()
        if not self.matches:
            return
        current = self.current_match() if self.results.currentItem() is not None else None
        index = self.matches.index(current) if current in self.matches else -1
        self._select((index + (-1 if backward else 1)) % len(self.matches))
