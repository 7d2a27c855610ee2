"""Typography and spelling underlines in the section editor, their tooltips and quick fixes.

The checks run on a short single-shot timer after the last keystroke (per section, never while a
key is handled), and only on the section shown, title and body. Underlines are extra selections
of the body editor, so the Markdown highlighter keeps its own formats; the title field (a line
edit, which has no extra selections) gets them as input-method text formats, the one way Qt
offers to format part of a QLineEdit, with the same tooltips and context menu. Every fix is one model operation
(one undo step): fix this, fix all in the section, fix all in the document. Review-only
findings get a dotted underline and a tooltip, never a fix. "Fix as I type" applies the core's
:func:`~editor.typography.assist.fixes_after_typing` right after a key, as its own undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.messages import describe_code
from editor.gui.text.section_editor import SectionEditor
from editor.model import EditBody, Rename
from editor.spelling import Misspelling, SpellChecker, checker_for
from editor.spelling.checker import dictionary_for
from editor.typography import PROFILES, Finding, check
from editor.typography.assist import apply_findings, fix_document, fixable, fixes_after_typing, with_partners

#: Milliseconds after the last keystroke before the section is checked again.
DEBOUNCE_MS = 150
TYPOGRAPHY_COLOR = QColor("#1a6fb5")
REVIEW_COLOR = QColor("#8a8a8a")
SPELLING_COLOR = QColor("#d0312d")


def _underline(color: QColor, style: QTextCharFormat.UnderlineStyle, tooltip: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(color)
    fmt.setToolTip(tooltip)
    return fmt


class WritingAids(QObject):
    """Underlines, tooltips, context-menu fixes and fix-as-I-type for one section editor."""

    checked = Signal()  # the underlines of the shown section are up to date
    fixed = Signal(int)  # how many findings a quick fix corrected

    def __init__(self, editor: SectionEditor, parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self.body = editor.body
        self.document: Document | None = None
        self.typography_enabled = True
        self.spelling_enabled = True
        self.fix_as_you_type = False
        self.findings: list[Finding] = []
        self.misspellings: list[Misspelling] = []
        self.title_findings: list[Finding] = []
        self.title_misspellings: list[Misspelling] = []
        self._title_marked = False
        self._checkers: dict[str, SpellChecker] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.body.textChanged.connect(self._timer.start)
        self.title = editor.title
        self.title.textChanged.connect(self._on_title_changed)
        self.title.installEventFilter(self)
        self.title.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.title.customContextMenuRequested.connect(self._show_title_menu)
        self._viewport = self.body.viewport()
        self._viewport.installEventFilter(self)
        self.body.installEventFilter(self)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._show_menu)
        self.fix_here_action = QAction(self)
        self.fix_here_action.setShortcut(QKeySequence("Ctrl+."))
        self.fix_here_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.fix_here_action.triggered.connect(self.fix_at_cursor)
        self.body.addAction(self.fix_here_action)
        self.fix_title_action = QAction(self)
        self.fix_title_action.setShortcut(QKeySequence("Ctrl+."))
        self.fix_title_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.fix_title_action.triggered.connect(lambda: self.fix_at_title_cursor())
        self.title.addAction(self.fix_title_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.fix_here_action.setText(self.tr("Fix Typography Here"))
        self.fix_title_action.setText(self.tr("Fix Typography Here"))

    def set_document(self, document: Document) -> None:
        self.document = document
        self._timer.start()

    # -- checking --------------------------------------------------------------------------------

    def checker(self) -> SpellChecker | None:
        if self.document is None:
            return None
        locale = self.document.policy.meta.locale
        key = dictionary_for(locale)
        if key is None:
            return None
        if key not in self._checkers:
            found = checker_for(locale)
            if found is None:
                return None
            self._checkers[key] = found
        return self._checkers[key]

    def refresh(self) -> None:
        """Check the shown section and draw its underlines."""
        self._timer.stop()
        section_id = self.editor.section_id()
        self.findings, self.misspellings, self.title_findings, self.title_misspellings = [], [], [], []
        if self.document is not None and section_id is not None:
            text, title = self.body.text(), self.title.text()
            profile = self.document.policy.meta.profile
            if self.typography_enabled and profile in PROFILES:  # no profile ("none"): nothing to check
                self.findings = check(text, profile, "markdown")
                self.title_findings = check(title, profile, "text")
            checker = self.checker() if self.spelling_enabled else None
            if checker is not None:
                self.misspellings = checker.misspellings(text)
                self.title_misspellings = checker.misspellings(title)
        self._draw()
        self._draw_title()
        self.checked.emit()

    def _formats(self, findings: list[Finding], words: list[Misspelling]) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, length, underline format) for each finding and misspelt word."""
        marks = []
        wave = QTextCharFormat.UnderlineStyle.WaveUnderline
        for finding in findings:
            review = finding.replacement is None
            fmt = _underline(
                REVIEW_COLOR if review else TYPOGRAPHY_COLOR,
                QTextCharFormat.UnderlineStyle.DotLine if review else wave,
                self.describe(finding),
            )
            marks.append((finding.offset, max(finding.length, 1), fmt))
        for word in words:
            fmt = _underline(SPELLING_COLOR, wave, arg(self.tr("Unknown word: %1"), word.word))
            marks.append((word.start, word.end - word.start, fmt))
        return marks

    def _draw_title(self) -> None:
        """Underline the title's findings and misspelt words (text formats of the line edit)."""
        marks = self._formats(self.title_findings, self.title_misspellings)
        if not marks and not self._title_marked:
            return  # nothing drawn and nothing to clear: leave the field's input method alone
        cursor = self.title.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat, start - cursor, length, fmt)
            for start, length, fmt in marks
        ]
        QCoreApplication.sendEvent(self.title, QInputMethodEvent("", attributes))
        self._title_marked = bool(marks)

    def _on_title_changed(self) -> None:
        """The title's underlines would stay where they were: take them away until the next check."""
        self.title_findings, self.title_misspellings = [], []
        self._draw_title()
        self._timer.start()

    def _draw(self) -> None:
        document = self.body.document()
        marks = self._formats(self.findings, self.misspellings)
        self.body.setExtraSelections([self._selection(document, start, length, fmt) for start, length, fmt in marks])

    def _selection(self, document, start: int, length: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        end = min(start + length, document.characterCount() - 1)
        cursor.setPosition(min(start, end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def describe(self, finding: Finding) -> str:
        """What is wrong and why, in the user's language ("a narrow no-break space (U+202F) before ';'")."""
        text = describe_code(finding.key, finding.params)
        if finding.replacement is None:
            return arg(self.tr("For review: %1"), text)
        return text

    # -- what is under a position ----------------------------------------------------------------

    def finding_at(self, position: int, field: str = "body") -> Finding | None:
        for finding in self.title_findings if field == "title" else self.findings:
            if finding.offset <= position <= finding.offset + max(finding.length, 1):
                return finding
        return None

    def misspelling_at(self, position: int, field: str = "body") -> Misspelling | None:
        for word in self.title_misspellings if field == "title" else self.misspellings:
            if word.start <= position <= word.end:
                return word
        return None

    def tooltip_at(self, position: int, field: str = "body") -> str:
        parts = []
        finding = self.finding_at(position, field)
        if finding is not None:
            parts.append(self.describe(finding))
        word = self.misspelling_at(position, field)
        if word is not None:
            parts.append(arg(self.tr("Unknown word: %1"), word.word))
        return "\n".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched in (self._viewport, self.title):
            if watched is self.title:
                field, widget = "title", self.title
                position = self.title.cursorPositionAt(event.pos())  # type: ignore[attr-defined]
            else:
                field, widget = "body", self.body
                position = self.body.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            text = self.tooltip_at(position, field)
            if text:
                QToolTip.showText(event.globalPos(), text, widget)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        if watched is self.body and event.type() == QEvent.Type.KeyPress and self.fix_as_you_type:
            key_text = event.text() if isinstance(event, QKeyEvent) else ""
            if key_text and (key_text.isprintable() or key_text in "\r\n"):
                # let the editor insert the character now, then fix around it: each key is
                # fixed where it was typed, however fast the keys come
                self.body.event(event)
                self._after_key()
                return True
        return False

    # -- quick fixes (each one undo step) --------------------------------------------------------

    def _apply_body(self, new_body: str, label: str, count: int, force: bool = False) -> None:
        section_id = self.editor.section_id()
        if self.document is None or section_id is None or (new_body == self.body.text() and not force):
            return
        self.document.apply(EditBody(section_id, new_body), label)
        self.refresh()
        self.fixed.emit(count)

    def _apply_title(self, new_title: str, label: str, count: int) -> None:
        section_id = self.editor.section_id()
        if self.document is None or section_id is None or new_title == self.title.text():
            return
        self.document.apply(Rename(section_id, new_title), label)
        self.refresh()
        self.fixed.emit(count)

    def fix_finding(self, finding: Finding, field: str = "body") -> None:
        if finding.replacement is None:
            return
        if field == "title":
            fixes = with_partners(self.title_findings, finding)
            self._apply_title(apply_findings(self.title.text(), fixes), self.tr("Fix typography"), len(fixes))
            return
        fixes = with_partners(self.findings, finding)
        self._apply_body(apply_findings(self.body.text(), fixes), self.tr("Fix typography"), len(fixes))

    def fix_at_cursor(self) -> None:
        finding = self.finding_at(self.body.textCursor().position())
        if finding is not None:
            self.fix_finding(finding)

    def fix_at_title_cursor(self) -> None:
        finding = self.finding_at(self.title.cursorPosition(), "title")
        if finding is not None:
            self.fix_finding(finding, "title")

    def fix_section(self) -> None:
        """Fix the title and body of the shown section in one step (review-only findings stay)."""
        section_id = self.editor.section_id()
        if self.document is None or section_id is None:
            return
        operation, count = fix_document(self.document.policy, [section_id])
        if operation is not None:
            self.document.apply(operation, self.tr("Fix typography in the section"))
            self.refresh()
        self.fixed.emit(count)

    def fix_document(self) -> None:
        if self.document is None:
            return
        operation, count = fix_document(self.document.policy)
        if operation is not None:
            self.document.apply(operation, self.tr("Fix typography in the document"))
            self.refresh()
        self.fixed.emit(count)

    def replace_word(self, word: Misspelling, replacement: str, field: str = "body") -> None:
        if field == "title":
            title = self.title.text()
            self._apply_title(title[: word.start] + replacement + title[word.end :], self.tr("Correct spelling"), 1)
            return
        text = self.body.text()
        self._apply_body(text[: word.start] + replacement + text[word.end :], self.tr("Correct spelling"), 1)

    def add_word(self, word: str) -> None:
        checker = self.checker()
        if checker is not None:
            checker.add(word)
            self.refresh()

    def ignore_word(self, word: str) -> None:
        checker = self.checker()
        if checker is not None:
            checker.ignore(word)
            self.refresh()

    # -- fix as I type ---------------------------------------------------------------------------

    def _after_key(self) -> None:
        """Apply the spacing the key just typed calls for, as its own undo step."""
        if self.document is None or self.editor.section_id() is None or not self.fix_as_you_type:
            return
        cursor = self.body.textCursor()
        if cursor.hasSelection() or cursor.position() == 0:
            return
        text = self.body.text()
        fixes = fixes_after_typing(text, cursor.position() - 1, self.document.policy.meta.profile)
        if not fixes:
            return
        # edit the field in place (the model drops trailing spaces: a sync from it would take
        # away the space just typed at the end), then record the same text as one undo step
        self.body.blockSignals(True)
        try:
            edit = QTextCursor(self.body.document())
            edit.beginEditBlock()
            for finding in sorted(fixes, key=lambda item: item.offset, reverse=True):
                edit.setPosition(finding.offset)
                edit.setPosition(finding.offset + finding.length, QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(finding.replacement or "")
            edit.endEditBlock()
        finally:
            self.body.blockSignals(False)
        self._apply_body(apply_findings(text, fixes), self.tr("Typography as you type"), len(fixes), force=True)

    # -- context menu ----------------------------------------------------------------------------

    def build_menu(self, position: int, field: str = "body") -> QMenu:
        """The field's standard menu with the fixes for ``position`` (in the body or the title) on top."""
        menu = (self.title if field == "title" else self.body).createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        word = self.misspelling_at(position, field)
        if word is not None:
            checker = self.checker()
            for suggestion in checker.suggestions(word.word) if checker else []:
                action = QAction(suggestion, menu)
                action.triggered.connect(lambda _=False, w=word, s=suggestion: self.replace_word(w, s, field))
                added.append(action)
            add = QAction(arg(self.tr("Add “%1” to Dictionary"), word.word), menu)
            add.triggered.connect(lambda _=False, w=word.word: self.add_word(w))
            ignore = QAction(arg(self.tr("Ignore “%1”"), word.word), menu)
            ignore.triggered.connect(lambda _=False, w=word.word: self.ignore_word(w))
            added += [add, ignore]
        finding = self.finding_at(position, field)
        if finding is not None and finding.replacement is not None:
            this = QAction(arg(self.tr("Fix: %1"), self.describe(finding)), menu)
            this.triggered.connect(lambda _=False, f=finding: self.fix_finding(f, field))
            added.append(this)
        if fixable(self.findings) or fixable(self.title_findings):
            section = QAction(self.tr("Fix All Typography in the Section"), menu)
            section.triggered.connect(self.fix_section)
            added.append(section)
        everywhere = QAction(self.tr("Fix All Typography in the Document"), menu)
        everywhere.triggered.connect(self.fix_document)
        added.append(everywhere)
        for action in added:
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def _show_menu(self, point: QPoint) -> None:
        position = self.body.cursorForPosition(point).position()
        menu = self.build_menu(position)
        menu.exec(self.body.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _show_title_menu(self, point: QPoint) -> None:
        menu = self.build_menu(self.title.cursorPositionAt(point), "title")
        menu.exec(self.title.mapToGlobal(point))
        menu.deleteLater()
