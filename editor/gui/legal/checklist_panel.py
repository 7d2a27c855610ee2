"""The checklist panel: the completeness check of the open policy, item by item, with status icons.

The check runs off the UI thread a moment after each edit (on an immutable Policy, so nothing is
shared); a result for an older text is dropped. Clicking an item shows its evidence (or where a
missing item belongs); "Insert Section" adds a skeleton heading for a missing item as one undoable
operation. The panel says it is an aid for a lawyer's review, never a verdict on the policy.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.messages import error_text
from editor.model import Change

if TYPE_CHECKING:
    from editor.legal import Report

#: Pause after the last edit before the check runs again.
DELAY_MS = 400
COLOURS = {"covered": "#1a7f37", "partial": "#bf8700", "suspicious": "#d1581a", "missing": "#cf222e"}
ITEM_ID = Qt.ItemDataRole.UserRole


def status_icon(status: str) -> QIcon:
    """A filled disc in the status colour (a hollow one for items that do not apply)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS.get(status, "#8c959f"))
    painter.setPen(colour)
    if status in COLOURS:
        painter.setBrush(colour)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class ChecklistPanel(QDockWidget):
    """A dock listing the checklist items of the open policy and their status."""

    #: (section id, text to select in it: the evidence sentence, or "" to just show the section)
    jump_requested = Signal(str, str)
    report_shown = Signal(object)  # the Report now displayed
    _computed = Signal(object, int)  # Report or PolicyEditorError, generation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist_dock")
        self.document: Document | None = None
        self.report: Report | None = None
        self._generation = 0
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="legal-check")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._computed.connect(self._show)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setObjectName("checklist_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("checklist_tree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.insert_button = QPushButton(body)
        self.insert_button.setObjectName("checklist_insert")
        self.insert_button.clicked.connect(self.insert_current)
        self.disclaimer = QLabel(body)
        self.disclaimer.setObjectName("checklist_disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("color: palette(mid); font-size: small;")
        for widget in (self.summary, self.tree, self.insert_button, self.disclaimer):
            layout.addWidget(widget)
        self.setWidget(body)
        self.setMinimumWidth(340)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Legal Checklist"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Status")])
        self.insert_button.setText(self.tr("Insert Section"))
        self.insert_button.setToolTip(self.tr("Add a heading for the selected missing item where it belongs"))
        self.disclaimer.setText(
            self.tr("An aid for review by a lawyer, not legal advice: a complete checklist is not a legal opinion.")
        )
        if self.report is not None:
            self._fill(self.report)

    def status_text(self, status: str) -> str:
        return {
            "covered": self.tr("covered"),
            "partial": self.tr("partial"),
            "suspicious": self.tr("to check"),
            "missing": self.tr("missing"),
        }[status]

    # -- running the check ------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        self.document = document
        document.changed.connect(self._on_changed)
        self.report = None
        self.tree.clear()
        if self.isVisible():
            self.refresh()

    def _on_changed(self, change: Change) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if self.document is not None and (self.report is None or self._timer.isActive()):
            self.refresh()

    def refresh(self) -> None:
        """Check the document's current text (in a worker thread); the result shows when ready."""
        if self.document is None:
            return
        self._timer.stop()
        self._generation += 1
        generation, policy = self._generation, self.document.policy

        def done(future: Future[Report]) -> None:
            try:
                result: object = future.result()
            except PolicyEditorError as error:
                result = error
            try:
                self._computed.emit(result, generation)
            except RuntimeError:  # the panel was closed with its window while the check ran
                pass

        from editor.legal import check  # loaded when the panel is first shown, not at start-up

        self._executor.submit(check, policy).add_done_callback(done)

    def _show(self, result: Report | PolicyEditorError, generation: int) -> None:
        if generation != self._generation:
            return  # the text changed since: a newer check is on its way
        if isinstance(result, PolicyEditorError):
            self.summary.setText(self.tr("The checklist cannot be read: %1").replace("%1", error_text(result)))
            return
        self.report = result  # a Report
        self._fill(result)
        self.report_shown.emit(result)

    def _fill(self, report: Report) -> None:
        current = self.current_item_id()
        french = QLocale().language() == QLocale.Language.French
        self.tree.clear()
        for result in report.results:
            item = result.item
            status = self.status_text(result.status)
            if not result.applies and result.status == "missing":
                status = self.tr("not applicable")
            row = QTreeWidgetItem([item.name_fr if french else item.name_en, status])
            row.setData(0, ITEM_ID, item.id)
            row.setIcon(0, status_icon(result.status if result.applies else "n/a"))
            tips = [item.definition, item.reference]
            if not result.applies:
                tips.append(self.tr("Does not seem to apply to this policy."))
            elif item.severity == "recommended":
                tips.append(self.tr("Recommended."))
            if result.trap is not None:
                tips.append(result.trap.reason)
            if result.missing_facts:
                tips.append(self.tr("Not found: %1").replace("%1", ", ".join(result.missing_facts)))
            tips += [f"• {evidence.text[:200]}" for evidence in result.evidence[:3]]
            row.setToolTip(0, "\n".join(tips))
            if not result.applies:
                row.setForeground(0, QColor("#8c959f"))
            self.tree.addTopLevelItem(row)
            if item.id == current:
                self.tree.setCurrentItem(row)
        missing = len(report.required_missing())
        self.summary.setText(
            self.tr("%n required item(s) missing.", "", missing) if missing else self.tr("No required item is missing.")
        )
        self._update_buttons()

    # -- interaction ------------------------------------------------------------------------

    def current_item_id(self) -> str | None:
        row = self.tree.currentItem()
        return None if row is None else str(row.data(0, ITEM_ID))

    def select_item(self, item_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.data(0, ITEM_ID) == item_id:
                self.tree.setCurrentItem(row)
                self._on_clicked(row)
                return

    def _update_buttons(self) -> None:
        item_id = self.current_item_id()
        enabled = False
        if self.report is not None and item_id is not None:
            enabled = self.report.result(item_id).status == "missing"
        self.insert_button.setEnabled(enabled)

    def _on_clicked(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        if self.report is None or self.document is None:
            return
        item_id = str(row.data(0, ITEM_ID))
        result = self.report.result(item_id)
        evidence = next((e for e in result.evidence if e.section_id), None)
        if evidence is not None:
            self.jump_requested.emit(evidence.section_id, "" if evidence.heading else evidence.text)
            return
        from editor.legal.placement import place_for

        place = place_for(self.report, self.document.policy, item_id)
        if place.near:
            self.jump_requested.emit(place.near, "")

    def insert_current(self) -> str | None:
        """Add a skeleton section for the selected missing item; returns its id."""
        item_id = self.current_item_id()
        if self.report is None or self.document is None or item_id is None:
            return None
        from editor.legal.placement import insert_skeleton

        operation = insert_skeleton(self.report, self.document.policy, item_id)
        self.document.apply(operation, self.tr("Insert Section “%1”").replace("%1", operation.section.title))
        self.jump_requested.emit(operation.section.id, "")
        return operation.section.id

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
