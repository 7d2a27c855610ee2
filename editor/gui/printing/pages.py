"""Lay a policy out on pages: the preview's HTML and CSS, the title in the header, "Page X / Y" below.

:func:`print_policy` paints on any paged device (a QPrinter for Print and its preview, a
QPdfWriter for Export to PDF); :func:`write_pdf` writes a PDF file. Paper is A4, or Letter for
locales whose region uses it (:func:`editor.paper.paper_for_locale`). Safe to run off the UI
thread (QTextDocument and QPainter on a PDF writer need no widgets).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from editor.gui.preview.html import page_stylesheet, preview_fragment, qt_stylesheet
from editor.model import Policy
from editor.paper import paper_for_locale

#: Page margins in millimetres; the header and footer sit inside the top and bottom margins.
MARGINS_MM = QMarginsF(20, 22, 20, 22)
RESOLUTION = 300


def page_layout(policy: Policy) -> QPageLayout:
    """A4 or Letter (from the policy's locale), portrait, with the policy's margins."""
    size = QPageSize.PageSizeId.Letter if paper_for_locale(policy.meta.locale) == "Letter" else QPageSize.PageSizeId.A4
    return QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def policy_html(policy: Policy) -> str:
    """The page as the preview shows it: the title, then every section."""
    from editor.render.html import context_for, document_html  # imported on first use, not at start-up

    title = f"<h1>{html.escape(policy.meta.title)}</h1>\n" if policy.meta.title else ""
    return title + preview_fragment(document_html(policy, context_for(policy)))


def page_label(page: int, pages: int) -> str:
    return QCoreApplication.translate("pages", "Page %1 / %2").replace("%1", str(page)).replace("%2", str(pages))


def print_policy(policy: Policy, device: QPagedPaintDevice, cancelled: Callable[[], bool] = lambda: False) -> bool:
    """Paint ``policy`` on ``device`` page by page; False if ``cancelled()`` became true on the way."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        return _paint(policy, device, painter, cancelled)
    finally:
        painter.end()


def _paint(policy: Policy, device: QPagedPaintDevice, painter: QPainter, cancelled: Callable[[], bool]) -> bool:
    layout = device.pageLayout()
    dpi = device.logicalDpiY()
    body = layout.paintRectPixels(device.resolution())
    document = QTextDocument()
    document.setDefaultStyleSheet(qt_stylesheet(page_stylesheet()))  # paper is white in any theme
    font = QFont()
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.documentLayout().setPaintDevice(device)
    document.setHtml(policy_html(policy))
    width, height = float(body.width()), float(body.height())
    document.setPageSize(QSizeF(width, height))
    pages = max(1, document.pageCount())
    margin_top = layout.marginsPixels(device.resolution()).top()
    small = QFont(font)
    small.setPointSizeF(8.5)
    line = dpi * 0.25  # a quarter inch between the text and the header or footer
    for page in range(pages):
        if cancelled():
            return False
        if page:
            device.newPage()
        painter.save()
        painter.setFont(small)
        header = QRectF(0, -min(margin_top, line * 2), width, line)
        painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), policy.meta.title)
        footer = QRectF(0, height + line * 0.5, width, line)
        painter.drawText(
            footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_label(page + 1, pages)
        )
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    return True


def write_pdf(policy: Policy, path: str | Path, cancelled: Callable[[], bool] = lambda: False) -> bool:
    """Write the policy as a PDF to ``path`` (the caller makes the write atomic); False if cancelled."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(policy))
    writer.setTitle(policy.meta.title)
    writer.setCreator("Policy Editor")
    return print_policy(policy, writer, cancelled)
