"""The outline: a tree view of the document's sections.

Selecting a section emits :attr:`OutlineView.section_selected`; titles are renamed in place
(double click or F2); sections are reordered and re-nested by drag and drop. Across model resets
(structure changes) the view keeps the expanded sections and selects the section the operation
named as its focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from editor.gui.document.document import Document
from editor.gui.outline.model import OutlineModel


class OutlineView(QTreeView):
    """Tree of sections with in-place rename, drag and drop and a context menu."""

    section_selected = Signal(str)  # section id ("" when nothing is selected)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # DragDrop rather than InternalMove: the model only accepts its own section ids anyway.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setMouseTracking(True)  # tooltips with the word count
        self._document: Document | None = None
        self._model: OutlineModel | None = None
        self._expanded: set[str] = set()
        self._selected: str | None = None
        self._known: set[str] = set()
        self._resetting = False
        self._menu_actions: Sequence[QAction | None] = ()

    # -- wiring ----------------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        old = self._model
        self._document = document
        self._model = OutlineModel(document, self)
        self._model.modelAboutToBeReset.connect(self._remember_state)
        self.setModel(self._model)
        # After setModel, so this runs after the view's own reset (which clears the current index).
        self._model.modelReset.connect(self._restore_state)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        if old is not None:
            old.deleteLater()
        self._expanded.clear()
        self.expandAll()
        first = self._model.index(0, 0)
        if first.isValid():
            self.setCurrentIndex(first)
        else:
            self.section_selected.emit("")

    def outline_model(self) -> OutlineModel:
        assert self._model is not None
        return self._model

    def set_context_actions(self, actions: Sequence[QAction | None]) -> None:
        """The actions of the context menu (None = separator); their keys work while the outline has focus."""
        self._menu_actions = actions
        for action in actions:
            if action is not None:
                self.addAction(action)

    # -- selection -------------------------------------------------------------------------------

    def current_section_id(self) -> str | None:
        if self._model is None:
            return None
        return self._model.section_id(self.currentIndex())

    def select_section(self, section_id: str) -> None:
        if self._model is None:
            return
        index = self._model.index_of(section_id)
        if index.isValid() and index != self.currentIndex():
            parent = index.parent()
            while parent.isValid():
                self.expand(parent)
                parent = parent.parent()
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if index.isValid():
            self.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            return
        section_id = self._model.section_id(current) if self._model else None
        self._selected = section_id
        self.section_selected.emit(section_id or "")

    # -- keeping state across model resets -------------------------------------------------------

    def _remember_state(self) -> None:
        assert self._model is not None
        model = self._model
        self._expanded = set()

        def visit(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.isExpanded(index):
                    section_id = model.section_id(index)
                    if section_id:
                        self._expanded.add(section_id)
                visit(index)

        visit(QModelIndex())
        self._known = set(model._sections)
        self._selected = self.current_section_id()
        self._resetting = True

    def _restore_state(self) -> None:
        assert self._model is not None
        model = self._model

        def visit(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                section_id = model.section_id(index)
                # Sections that were not there before (added, moved in) open up, like new folders.
                if section_id in self._expanded or section_id not in self._known:
                    self.expand(index)
                visit(index)

        visit(QModelIndex())
        target = model.focus or self._selected
        model.focus = None
        self._resetting = False
        if target and model.index_of(target).isValid():
            index = model.index_of(target)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
            self.section_selected.emit(target)
        else:
            self.section_selected.emit("")

    # -- menu --------------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())
