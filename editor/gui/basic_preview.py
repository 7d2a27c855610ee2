"""A whole-document preview used until the incremental PreviewPane (editor/gui/preview.py) exists.

Same three methods as PreviewPane; it re-renders the document (sections are cached by the
renderer) and keeps U+202F non-breaking. Links open in the system browser; nothing remote loads.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.model import Change, Policy
from editor.render.html import document_html

_NNBSP_SPAN = '<span style="white-space:pre-wrap">\u202f</span>'


class BasicPreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.scrollToAnchor(url.fragment())

    def loadResource(self, kind: int, url: QUrl) -> object:
        return None  # nothing remote, ever

    def show_policy(self, policy: Policy) -> None:
        bar = self.verticalScrollBar().value()
        self.setHtml(document_html(policy).replace("\u202f", _NNBSP_SPAN))
        self.verticalScrollBar().setValue(bar)

    def apply_change(self, policy: Policy, change: Change) -> None:
        self.show_policy(policy)

    def scroll_to_section(self, section_id: str) -> None:
        self.scrollToAnchor(section_id)
