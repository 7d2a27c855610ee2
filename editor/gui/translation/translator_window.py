"""The translator view: a family's source and one target locale side by side, section by section.

The outline shows each section's status in colour and the counts; "Next Outdated" walks the
sections that need work; the change pane shows, word by word, what changed in the source since
the section was translated; "Mark as Translated" records the source's current fingerprint;
"New Translation" starts a target locale as a copy of the source, untranslated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor import native
from editor.errors import PolicyEditorError
from editor.gui.legal.compare_view import qt_html
from editor.gui.messages import error_text
from editor.locales import (
    Family,
    SectionStatus,
    Status,
    counts,
    load_family,
    mark_translated,
    new_target,
    next_needing_work,
    split_name,
    statuses,
    target_path,
    with_text,
)
from editor.locales.change import change_html
from editor.locales.history import recall, remember
from editor.model.policy import Policy

# Text and background colours of the outline rows, per status (readable on light themes).
COLOURS: dict[Status, tuple[str, str]] = {
    Status.TRANSLATED: ("#0a3d1a", "#dafbe1"),
    Status.OUTDATED: ("#6b4500", "#fff1c2"),
    Status.MISSING: ("#7a0c12", "#ffe3e0"),
    Status.EXTRA: ("#57606a", "#eaeef2"),
}
ID_ROLE = Qt.ItemDataRole.UserRole


class TranslatorWindow(QWidget):
    """One family, one target locale at a time."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("translator_window")
        self.family: Family = load_family(path)
        self.source_path = self.family.paths[self.family.source_locale]
        self.target: Policy | None = None
        self.locale = ""
        self.modified = False
        self.entries: list[SectionStatus] = []
        self.current_id: str | None = None
        self._loading = False

        self.locale_box = QComboBox(self)
        self.locale_box.setObjectName("translator_locale")
        self.new_locale = QLineEdit(self)
        self.new_locale.setObjectName("translator_new_locale")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("translator_new")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("translator_counts")
        self.outline = QTreeWidget(self)
        self.outline.setObjectName("translator_outline")
        self.outline.setColumnCount(2)
        self.source_title = QLineEdit(self)
        self.source_title.setReadOnly(True)
        self.source_body = QPlainTextEdit(self)
        self.source_body.setReadOnly(True)
        self.source_body.setObjectName("translator_source")
        self.target_title = QLineEdit(self)
        self.target_title.setObjectName("translator_target_title")
        self.target_body = QPlainTextEdit(self)
        self.target_body.setObjectName("translator_target")
        self.change_label = QLabel(self)
        self.change_view = QTextBrowser(self)
        self.change_view.setObjectName("translator_change")
        self.change_view.setOpenLinks(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("translator_next")
        self.mark_button = QPushButton(self)
        self.mark_button.setObjectName("translator_mark")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("translator_save")
        self.source_label = QLabel(self)
        self.target_label = QLabel(self)
        self._layout()

        self.locale_box.addItems(sorted(self.family.targets))
        self.locale_box.currentTextChanged.connect(self.show_locale)
        self.new_button.clicked.connect(lambda: self.new_translation(self.new_locale.text().strip()))
        self.outline.currentItemChanged.connect(
            lambda item, _old: self.show_section(item.data(0, ID_ROLE) if item else None)
        )
        self.target_title.textEdited.connect(self._target_edited)
        self.target_body.textChanged.connect(self._target_edited)
        self.next_button.clicked.connect(self.next_outdated)
        self.mark_button.clicked.connect(self.mark_current)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()
        self.resize(1200, 800)
        if self.locale_box.count():
            self.show_locale(self.locale_box.currentText())
        else:
            self._refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.locale_box)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.new_locale)
        top.addWidget(self.new_button)
        source = QWidget(self)
        column = QVBoxLayout(source)
        column.addWidget(self.source_label)
        column.addWidget(self.source_title)
        column.addWidget(self.source_body, 1)
        column.addWidget(self.change_label)
        column.addWidget(self.change_view, 1)
        target = QWidget(self)
        column = QVBoxLayout(target)
        column.addWidget(self.target_label)
        column.addWidget(self.target_title)
        column.addWidget(self.target_body, 1)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.mark_button, self.save_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        split = QSplitter(self)
        split.addWidget(self.outline)
        split.addWidget(source)
        split.addWidget(target)
        split.setSizes([300, 450, 450])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Translations of %1").replace("%1", self.source_path.name))
        self.new_locale.setPlaceholderText(self.tr("locale, e.g. en-GB"))
        self.new_button.setText(self.tr("New Translation"))
        self.new_button.setToolTip(self.tr("Start a translation as a copy of the source, every section untranslated"))
        self.outline.setHeaderLabels([self.tr("Section"), self.tr("Status")])
        self.source_label.setText(self.tr("Source (%1)").replace("%1", self.family.source_locale))
        self.target_label.setText(self.tr("Translation (%1)").replace("%1", self.locale or "-"))
        self.change_label.setText(self.tr("Changes in the source since the translation"))
        self.next_button.setText(self.tr("Next Outdated Section"))
        self.mark_button.setText(self.tr("Mark as Translated"))
        self.mark_button.setToolTip(self.tr("Record that this section now translates the current source"))
        self.save_button.setText(self.tr("Save"))
        self._refresh()
        self.change_view.setHtml(self._change(self.entry(self.current_id)))

    def status_text(self, status: Status) -> str:
        return {
            Status.TRANSLATED: self.tr("translated"),
            Status.OUTDATED: self.tr("outdated"),
            Status.MISSING: self.tr("missing"),
            Status.EXTRA: self.tr("extra"),
        }[status]

    # -- family and sections -------------------------------------------------------------------
    def show_locale(self, locale: str) -> None:
        if not locale or locale == self.locale or not self.maybe_save():
            return
        self.locale = locale
        self.target = self.family.targets[locale]
        self.modified = False
        self.current_id = None
        self.retranslate_ui()
        first = next_needing_work(self.entries) or (self.entries[0].id if self.entries else None)
        self.select(first)

    def new_translation(self, locale: str) -> None:
        path = target_path(self.source_path, locale)
        if not locale or locale in self.family.targets or locale == self.family.source_locale or path.exists():
            QMessageBox.warning(
                self, self.tr("New Translation"), self.tr("Give a locale that has no file yet, such as en-GB.")
            )
            return
        target = new_target(self.family.source, locale, self.family.source_locale)
        self.family.targets[locale] = target
        self.family.paths[locale] = path
        self.new_locale.clear()
        self.locale_box.addItem(locale)
        self.locale_box.setCurrentText(locale)
        self.modified = True

    def _refresh(self) -> None:
        """Statuses, outline colours and counts from the current texts."""
        if self.target is None:
            self.entries = []
            self.outline.clear()
            self.counts_label.setText(self.tr("No translation yet: start one with a locale."))
            for widget in (self.next_button, self.mark_button, self.save_button, self.target_body, self.target_title):
                widget.setEnabled(False)
            return
        for widget in (self.next_button, self.mark_button, self.save_button, self.target_body, self.target_title):
            widget.setEnabled(True)
        self.entries = statuses(self.family.source, self.target)
        counted = counts(self.entries)
        parts = [
            self.tr("%n translated", "", counted[Status.TRANSLATED]),
            self.tr("%n outdated", "", counted[Status.OUTDATED]),
            self.tr("%n missing", "", counted[Status.MISSING]),
            self.tr("%n extra", "", counted[Status.EXTRA]),
        ]
        self.counts_label.setText(" · ".join(parts))
        self._fill_outline()

    def _fill_outline(self) -> None:
        self.outline.blockSignals(True)
        self.outline.clear()
        levels: list[tuple[int, QTreeWidgetItem]] = []
        for entry in self.entries:
            section = entry.source or entry.target
            assert section is not None
            while levels and levels[-1][0] >= section.level:
                levels.pop()
            item = QTreeWidgetItem([section.title or entry.id, self.status_text(entry.status)])
            item.setData(0, ID_ROLE, entry.id)
            text, background = COLOURS[entry.status]
            for column in (0, 1):
                item.setForeground(column, QBrush(QColor(text)))
                item.setBackground(column, QBrush(QColor(background)))
            if levels:
                levels[-1][1].addChild(item)
            else:
                self.outline.addTopLevelItem(item)
            levels.append((section.level, item))
            if entry.id == self.current_id:
                self.outline.setCurrentItem(item)
        self.outline.expandAll()
        self.outline.resizeColumnToContents(1)
        self.outline.blockSignals(False)

    def item_for(self, section_id: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, ID_ROLE) == section_id:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def select(self, section_id: str | None) -> None:
        item = self.item_for(section_id) if section_id else None
        if item is not None:
            self.outline.setCurrentItem(item)
        self.show_section(section_id)

    def entry(self, section_id: str | None) -> SectionStatus | None:
        return next((e for e in self.entries if e.id == section_id), None)

    def show_section(self, section_id: str | None) -> None:
        self.current_id = section_id
        entry = self.entry(section_id)
        self._loading = True
        source, target = (entry.source, entry.target) if entry else (None, None)
        self.source_title.setText(source.title if source else "")
        self.source_body.setPlainText(source.body if source else "")
        self.target_title.setText(target.title if target else "")
        self.target_body.setPlainText(target.body if target else "")
        self._loading = False
        self.mark_button.setEnabled(
            bool(entry and entry.source and entry.target and entry.status is not Status.TRANSLATED)
        )
        self.change_view.setHtml(self._change(entry))

    def _change(self, entry: SectionStatus | None) -> str:
        if entry is None or self.target is None:
            return ""
        if entry.status is Status.TRANSLATED:
            return "<p>" + self.tr("The source has not changed since this section was translated.") + "</p>"
        if entry.status is Status.MISSING:
            return "<p>" + self.tr("This section has not been translated yet.") + "</p>"
        if entry.status is Status.EXTRA:
            return "<p>" + self.tr("This section is no longer in the source.") + "</p>"
        assert entry.source is not None
        old = recall(self.target.translated_from[entry.id], entry.id, self.source_path)
        if old is None:
            return (
                "<p>"
                + self.tr(
                    "The source changed, but the text it was translated from is not known here "
                    "(it is kept when a section is marked as translated or exported to XLIFF)."
                )
                + "</p>"
            )
        return qt_html(change_html(old, entry.source))

    def _target_edited(self, *_args: object) -> None:
        if self._loading or self.target is None or self.current_id is None:
            return
        if self.entry(self.current_id) is None or self.target.find(self.current_id) is None:
            return
        self.target = with_text(self.target, self.current_id, self.target_title.text(), self.target_body.toPlainText())
        self.modified = True

    # -- commands ------------------------------------------------------------------------------
    def next_outdated(self) -> None:
        self.select(next_needing_work(self.entries, self.current_id))

    def mark_current(self) -> None:
        if self.target is None or self.current_id is None:
            return
        remember(self.family.source.walk())
        self.target = mark_translated(self.family.source, self.target, [self.current_id])
        self.modified = True
        self._refresh()
        self.show_section(self.current_id)

    def save(self) -> bool:
        if self.target is None:
            return True
        try:
            native.save(self.target, self.family.paths[self.locale])
        except PolicyEditorError as error:
            QMessageBox.critical(self, self.tr("Save"), error_text(error))
            return False
        self.family.targets[self.locale] = self.target
        self.modified = False
        return True

    def maybe_save(self) -> bool:
        if not self.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved Translation"),
            self.tr("Save the changes to the %1 translation?").replace("%1", self.locale),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()


def open_translator(parent: QWidget, path: str | None) -> TranslatorWindow | None:
    """Open the translator view for a saved family member, or say what is needed."""
    if not path or split_name(path) is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("TranslatorWindow", "Translations"),
            QCoreApplication.translate(
                "TranslatorWindow",
                "Translations sit beside the policy's file, named NAME.LOCALE.policy.md "
                "(politique.fr-FR.policy.md): save the policy under such a name first.",
            ),
        )
        return None
    try:
        window = TranslatorWindow(path, parent)
    except PolicyEditorError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("TranslatorWindow", "Translations"), error_text(error))
        return None
    window.show()
    return window
