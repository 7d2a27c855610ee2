"""The status bar: the current section, words in it and in the document, the typography profile.

The words of a large document are counted after the window's first paint (tens of milliseconds
for 85,000 words): the label stays empty until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from editor.gui.document.document import Document
from editor.gui.profiles import profile_title
from editor.model.word_count import WordCounter

if TYPE_CHECKING:  # the operations are imported on the first edit, not before the first paint
    from editor.model.ops import Change

#: A document with more characters than this has its words counted after the first paint.
COUNT_AFTER_PAINT_CHARS = 100_000


class StatusBar(QStatusBar):
    """Permanent labels that follow the document and the selected section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_label = QLabel(self)
        self.words_label = QLabel(self)
        self.profile_label = QLabel(self)
        for label in (self.section_label, self.words_label, self.profile_label):
            label.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(label)
        self._document: Document | None = None
        self._section_id = ""
        self.counter = WordCounter()
        self.counting = False  # the document's words are counted at the next paint
        self.undo_button = QToolButton(self)
        self.undo_button.setObjectName("status_undo")
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.undo_button.setAutoRaise(True)
        self.addWidget(self.undo_button)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_button.hide)
        self.messageChanged.connect(self._on_message)
        self._undo_text = ""

    def show_undoable(self, text: str, undo: QAction, timeout: int = 12000) -> None:
        """``text`` for a while, with a button for ``undo`` beside it."""
        self._undo_text = text
        self.undo_button.setDefaultAction(undo)
        self.showMessage(text, timeout)
        self.undo_button.show()

    def _on_message(self, text: str) -> None:
        """The Undo button goes with its message only."""
        if text != self._undo_text:
            self._undo_text = ""
            self.undo_button.hide()

    def set_document(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
        self._document = document
        document.changed.connect(self._on_changed)
        self.counter = WordCounter()
        size = sum(len(section.body) + len(section.title) for section in document.policy.walk())
        self.counting = size > COUNT_AFTER_PAINT_CHARS
        if self.counting:
            self.update()
        else:
            self.counter.update(document.policy)
        self.retranslate_ui()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.counting:
            QTimer.singleShot(0, self, self._count_all)

    def _count_all(self) -> None:
        if self.counting and self._document is not None:
            self.counting = False
            self.counter.update(self._document.policy)
            self.retranslate_ui()

    def current_section_id(self) -> str:
        return self._section_id

    def set_section(self, section_id: str) -> None:
        self._section_id = section_id
        self.retranslate_ui()

    def _on_changed(self, change: Change) -> None:
        assert self._document is not None
        if change.kind == "meta":
            pass
        elif self.counting:
            pass  # counted at the next paint
        elif change.kind in ("body", "title"):
            self.counter.update(self._document.policy, change.section_ids)
        else:
            self.counter.update(self._document.policy)
        self.retranslate_ui()

    def profile_name(self, profile: str) -> str:
        return profile_title(profile)

    def retranslate_ui(self) -> None:
        if self._document is None:
            return
        policy = self._document.policy
        section = policy.find(self._section_id) if self._section_id else None
        if section is None:
            self.section_label.setText(self.tr("No section"))
            section_words = self.tr("—")
        else:
            title = section.title or self.tr("(untitled section)")
            self.section_label.setText(self.tr("Section: %1").replace("%1", title))
            section_words = self.tr("%n word(s)", "", self.counter.section_words(section.id))
        if self.counting:
            self.words_label.clear()
        else:
            self.words_label.setText(
                self.tr("%1 in this section · %n word(s) in the document", "", self.counter.total).replace(
                    "%1", section_words
                )
            )
        from editor.render.context import RenderContext  # the render pipeline: not before the first paint

        if RenderContext(policy.meta.profile, policy.meta.locale).is_french:
            typography = self.tr("Typography: %1").replace("%1", self.profile_name(policy.meta.profile))
        else:  # the rules are French: other locales get the text as typed
            typography = self.tr("Typography: off (%1 is not French)").replace("%1", policy.meta.locale)
        self.profile_label.setText(typography)
