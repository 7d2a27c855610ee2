"""The outline's item model: the document's section tree, one column, refreshed from Changes.

Items are addressed by section id (each id gets a small integer stored in the index). Title and
body changes touch one row; structure changes reset the model (the view keeps its expanded
sections and selection by id). Drag and drop moves sections through the MoveSection operation,
so a drop is one undoable step like any other edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon

from editor.errors import OperationError
from editor.gui.document.document import Document
from editor.model.incomplete import cut_off_section
from editor.model.policy import Section

if TYPE_CHECKING:  # the operations are imported on the first edit, not before the first paint
    from PySide6.QtCore import QMimeData

    from editor.model.ops import Change

MIME_TYPE = "application/x-policy-editor-section-ids"
#: Item flags, combined once: Qt asks for them for every row it lays out or paints, and each
#: ``|`` of Python enum flags is a Python call.
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_SECTION_FLAGS = (
    _ROOT_FLAGS
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)
Index = QModelIndex | QPersistentModelIndex


class OutlineModel(QAbstractItemModel):
    """Sections of a :class:`Document` as a tree."""

    drop_refused = Signal(object)  # the OperationError of a drop the model could not do

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._keys: dict[str, int] = {}
        self._ids: list[str] = []
        self._sections: dict[str, Section] = {}
        self._parent: dict[str, str | None] = {}
        self._children: dict[str | None, list[str]] = {}
        self._row: dict[str, int] = {}
        self.focus: str | None = None  # the section the last structure change wants selected
        self._rebuild()
        document.changed.connect(self._on_changed)

    # -- structure bookkeeping -------------------------------------------------------------------

    def _key(self, section_id: str) -> int:
        key = self._keys.get(section_id)
        if key is None:
            key = len(self._ids)
            self._keys[section_id] = key
            self._ids.append(section_id)
        return key

    def _rebuild(self) -> None:
        self._sections.clear()
        self._parent.clear()
        self._children = {None: []}
        self._row = {}

        def visit(section: Section, parent: str | None) -> None:
            self._sections[section.id] = section
            self._parent[section.id] = parent
            self._row[section.id] = len(self._children[parent])
            self._children[parent].append(section.id)
            self._children[section.id] = []
            self._key(section.id)
            for child in section.children:
                visit(child, section.id)

        for top in self._document.policy.sections:
            visit(top, None)

    def _on_changed(self, change: Change) -> None:
        if change.kind in ("body", "title"):
            policy = self._document.policy
            for section_id in change.section_ids:
                section = policy.find(section_id)
                if section is None or section_id not in self._sections:
                    continue
                self._sections[section_id] = section
                if change.kind == "title":  # a body shows only in the tooltip, read when it shows
                    row = self.index_of(section_id)
                    self.dataChanged.emit(row, row, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])
        elif change.kind == "meta" and self._sections:  # the incomplete mark may have come or gone
            for section_id in self._sections:
                row = self.index_of(section_id)
                self.dataChanged.emit(row, row)
        elif change.kind == "structure":
            self.focus = change.focus
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()

    # -- lookups ---------------------------------------------------------------------------------

    def section_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._ids[key] if 0 <= key < len(self._ids) else None

    def section(self, index: Index) -> Section | None:
        section_id = self.section_id(index)
        return None if section_id is None else self._sections.get(section_id)

    def index_of(self, section_id: str) -> QModelIndex:
        if section_id not in self._sections:
            return QModelIndex()
        return self.createIndex(self._row[section_id], 0, self._keys[section_id])

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_id = self.section_id(parent)
        children = self._children.get(parent_id, [])
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, self._keys[children[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        section_id = self.section_id(index)
        if section_id is None:
            return QModelIndex()
        parent_id = self._parent.get(section_id)
        return QModelIndex() if parent_id is None else self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.section_id(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        section = self.section(index)
        if section is None:
            return None
        cut_off = section.id == cut_off_section(self._document.policy)
        if role == Qt.ItemDataRole.DisplayRole:
            title = section.title or self.tr("(untitled section)")
            return self.tr("%1 — cut off").replace("%1", title) if cut_off else title
        if role == Qt.ItemDataRole.EditRole:
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(section)
            if cut_off:
                tip = self.tr("The imported file ends inside this section: the rest is missing.") + "\n" + tip
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and cut_off:
            return QColor("#c0463c")
        if role == Qt.ItemDataRole.DecorationRole and cut_off:
            return QIcon.fromTheme("dialog-warning")
        if role == Qt.ItemDataRole.FontRole and (not section.title or cut_off):
            font = QFont()
            font.setItalic(not section.title)
            font.setBold(cut_off)
            return font
        return None

    def _tooltip(self, section: Section) -> str:
        subtree = sum(node.words for node in section.walk())
        text = self.tr("%n word(s) in this section", "", section.words)
        if section.children:
            text += "\n" + self.tr("%n word(s) with its subsections", "", subtree)
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _SECTION_FLAGS if index.isValid() else _ROOT_FLAGS

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        section = self.section(index)
        if section is None or role != Qt.ItemDataRole.EditRole:
            return False
        title = str(value)
        if title == section.title:
            return False
        from editor.model.ops import Rename

        self._document.apply(Rename(section.id, title), self.tr("Rename Section"))
        return True

    # -- drag and drop ---------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        from PySide6.QtCore import QByteArray, QMimeData

        ids = [self.section_id(index) for index in indexes if index.isValid()]
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(i for i in ids if i).encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        target = self.section_id(parent)
        for section_id in self._dragged_ids(data):
            section = self._sections.get(section_id)
            if section is None or (target is not None and section.contains(target)):
                return False
        return True

    def _dragged_ids(self, data: QMimeData) -> list[str]:
        raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", "replace")
        return [part for part in raw.split("\n") if part]

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dragged section to (parent, row); row -1 means "onto the parent", as last child."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = self._dragged_ids(data)
        if len(ids) != 1:
            return False
        section_id = ids[0]
        target = self.section_id(parent)
        siblings = self._children.get(target, [])
        index = len(siblings) if row < 0 else row
        if self._parent.get(section_id) == target and section_id in siblings:
            current = siblings.index(section_id)
            if index > current:
                index -= 1
            if index == current:
                return False
        from editor.model.ops import MoveSection

        try:
            self._document.apply(MoveSection(section_id, target, index), self.tr("Move Section"))
        except OperationError as error:
            self.drop_refused.emit(error)
            return False
        return True
