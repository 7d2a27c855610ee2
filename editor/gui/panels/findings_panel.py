"""The typography findings of the whole document, by section, with counts per rule.

Two groups: findings to fix and findings for review only (spaced hyphens, "etc..."), which no
bulk fix ever touches. The list refreshes after a pause in typing from the core's
:class:`~editor.typography.assist.FindingsCache` (only changed sections are checked again);
each finding shows the text just before it (and "title:" for a title); clicking a finding
emits :attr:`FindingsPanel.jump_requested`. A section's findings are listed
when it is expanded, so a long policy with thousands of findings refreshes quickly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.messages import describe_code
from editor.model import Change
from editor.typography.assist import FindingsCache, Located, rule_counts

#: Milliseconds of quiet before the document is checked again.
REFRESH_MS = 400
#: Characters of text shown before each finding.
CONTEXT = 14
_WHERE = Qt.ItemDataRole.UserRole
_PENDING = Qt.ItemDataRole.UserRole + 1


class FindingsPanel(QDockWidget):
    """A dock listing every finding; ``jump_requested(section_id, field, start, end)``."""

    jump_requested = Signal(str, str, int, int)
    fix_all_requested = Signal()
    refreshed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.cache = FindingsCache()
        self.located: list[Located] = []
        self._document: Document | None = None
        body = QWidget(self)
        self.counts = QLabel(body)
        self.counts.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.itemExpanded.connect(self._fill)
        self._pending: dict[str, list[Located]] = {}
        self.fix_all = QPushButton(body)
        self.fix_all.clicked.connect(self.fix_all_requested)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.counts)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.fix_all)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Typography"))
        self.fix_all.setText(self.tr("Fix All in the Document"))
        if self.isVisible():  # else showEvent refreshes (checking a long policy takes a while)
            self.refresh()

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
        self._document = document
        self.cache = FindingsCache()
        document.changed.connect(self._on_changed)
        if self.isVisible():  # else showEvent refreshes: opening a policy does not wait for a hidden list
            self.refresh()

    def _on_changed(self, _change: Change) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Check the document (changed sections only) and rebuild the list."""
        self._timer.stop()
        if self._document is None:
            return
        policy = self._document.policy
        self.located = self.cache.document(policy)
        titles = {section.id: section.title for section in policy.walk()}
        self.tree.clear()
        self._pending: dict[str, list[Located]] = {}
        fixes = [item for item in self.located if item.finding.replacement is not None]
        review = [item for item in self.located if item.finding.replacement is None]
        for label, items in ((self.tr("To fix ({count})"), fixes), (self.tr("For review ({count})"), review)):
            group = QTreeWidgetItem(self.tree, [label.format(count=len(items))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            by_section: dict[str, list[Located]] = {}
            for item in items:
                by_section.setdefault(item.section_id, []).append(item)
            for section_id, found in by_section.items():
                title = titles.get(section_id, "") or self.tr("(untitled)")
                parent = QTreeWidgetItem(group, [f"{title} ({len(found)})"])
                parent.setData(0, _WHERE, (section_id, "body", 0, 0))
                parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                key = f"{len(self._pending)}"
                parent.setData(0, _PENDING, key)
                self._pending[key] = found
            group.setExpanded(True)
        counts = rule_counts(self.located)
        self.counts.setText(
            ", ".join(f"{rule}: {count}" for rule, count in sorted(counts.items())) or self.tr("No findings.")
        )
        self.fix_all.setEnabled(bool(fixes))
        self.refreshed.emit()

    def _fill(self, parent: QTreeWidgetItem) -> None:
        """Create a section's finding items when it is first expanded (a long policy has thousands)."""
        policy = self._document.policy if self._document is not None else None
        for item in self._pending.pop(parent.data(0, _PENDING) or "", []):
            finding = item.finding
            what = describe_code(finding.key, finding.params)
            section = policy.find(item.section_id) if policy is not None else None
            text = "" if section is None else section.title if item.field == "title" else section.body
            start, end = finding.offset, finding.offset + finding.length
            before = text[max(0, start - CONTEXT) : start].rsplit("\n", 1)[-1]
            context = (before + text[start:end] + text[end : end + 2].split("\n", 1)[0]).strip()
            if item.field == "title":
                shown = arg(self.tr("title: …%1 — %2"), context, what) if context else arg(self.tr("title: %1"), what)
            else:
                shown = f"…{context} — {what}" if context else what
            child = QTreeWidgetItem(parent, [shown])
            child.setToolTip(0, what)
            child.setData(0, _WHERE, (item.section_id, item.field, start, end))

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        where = item.data(0, _WHERE)
        if where:
            self.jump_requested.emit(*where)
