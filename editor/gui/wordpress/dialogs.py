"""Dialogs of File ▸ WordPress: a site (with Test connection), a page to open, a push, a conflict.

They only collect choices and show results; the work is done by :mod:`editor.gui.wordpress.controller`
through the Qt-free :mod:`editor.wordpress` package.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.gui.i18n import Retranslated, arg
from editor.gui.statuses import wordpress_status_title
from editor.wordpress.compare import Change
from editor.wordpress.publish import ConnectionReport
from editor.wordpress.shapes import PageSummary
from editor.wordpress.sites import Site


class SiteDialog(Retranslated, QDialog):
    """A new site: address, user, application password; Test connection before it is kept."""

    def __init__(self, tester: Callable[[str, str, str], ConnectionReport | str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wp_site_dialog")
        self.tester = tester
        self.url = QLineEdit(self)
        self.url.setObjectName("wp_site_url")
        self.url.setPlaceholderText("https://example.org")
        self.user = QLineEdit(self)
        self.user.setObjectName("wp_site_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("wp_site_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("wp_site_test")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("wp_site_result")
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.url, self.user, self.password), strict=True):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_tested)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.report: ConnectionReport | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a WordPress Site"))
        self.password.setPlaceholderText(self.tr("Users ▸ Profile ▸ Application Passwords"))
        self.test_button.setText(self.tr("&Test Connection"))
        texts = (self.tr("Site address:"), self.tr("User name:"), self.tr("Application password:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def test(self) -> bool:
        outcome = self.tester(self.url.text(), self.user.text(), self.password.text())
        if isinstance(outcome, str):
            self.report = None
            self.outcome.setText(outcome)
            return False
        self.report = outcome
        version = outcome.version or self.tr("version hidden by the site")
        rights = self.tr("may edit pages") if outcome.can_edit_pages else self.tr("may NOT edit pages")
        self.outcome.setText(
            self.tr("WordPress %1 — signed in as %2 — %3")
            .replace("%1", version)
            .replace("%2", outcome.display_name)
            .replace("%3", rights)
        )
        return True

    def _accept_if_tested(self) -> None:
        if self.report is not None or self.test():
            self.accept()


class OpenFromSiteDialog(Retranslated, QDialog):
    """Which site and which page (URL, slug or ID, or picked from the site's list)."""

    def __init__(
        self,
        sites: list[Site],
        lister: Callable[[Site], list[PageSummary] | None],
        add_site: Callable[[], Site | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("wp_open_dialog")
        self.lister = lister
        self.add_site_callback = add_site
        self.site = QComboBox(self)
        self.site.setObjectName("wp_open_site")
        for site in sites:
            self.site.addItem(f"{site.url} ({site.user})", site)
        self.add_button = add_button = QPushButton(self)
        add_button.clicked.connect(self._add_site)
        self.page = QLineEdit(self)
        self.page.setObjectName("wp_open_page")
        self.list_button = list_button = QPushButton(self)
        list_button.setObjectName("wp_open_list")
        list_button.clicked.connect(self.list_pages)
        self.pages = QListWidget(self)
        self.pages.setObjectName("wp_open_pages")
        self.pages.currentItemChanged.connect(self._picked)
        self.pages.itemDoubleClicked.connect(lambda _item: self.accept())
        site_row = QHBoxLayout()
        site_row.addWidget(self.site, 1)
        site_row.addWidget(add_button)
        page_row = QHBoxLayout()
        page_row.addWidget(self.page, 1)
        page_row.addWidget(list_button)
        form = QFormLayout()
        self.site_label, self.page_label = QLabel(self), QLabel(self)
        form.addRow(self.site_label, site_row)
        form.addRow(self.page_label, page_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self._listed: list[PageSummary] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open from WordPress Site"))
        self.add_button.setText(self.tr("Add Site…"))
        self.page.setPlaceholderText(self.tr("Page address, slug or ID"))
        self.list_button.setText(self.tr("&List Pages"))
        self.site_label.setText(self.tr("Site:"))
        self.page_label.setText(self.tr("Page:"))
        for row, page in enumerate(self._listed):
            self.pages.item(row).setText(self._page_label(page))

    def _page_label(self, page: PageSummary) -> str:
        title = page.title or self.tr("(no title)")
        status = wordpress_status_title(page.status)
        return arg(self.tr("%1  —  %2, ID %3, /%4"), title, status, page.id, page.slug)

    def chosen_site(self) -> Site | None:
        site = self.site.currentData()
        return site if isinstance(site, Site) else None

    def reference(self) -> str:
        return self.page.text().strip()

    def _add_site(self) -> None:
        site = self.add_site_callback()
        if site is not None:
            self.site.addItem(f"{site.url} ({site.user})", site)
            self.site.setCurrentIndex(self.site.count() - 1)

    def list_pages(self) -> None:
        site = self.chosen_site()
        if site is None:
            return
        pages = self.lister(site)
        if pages is None:
            return
        self.pages.clear()
        self._listed = list(pages)
        for page in pages:
            item = QListWidgetItem(self._page_label(page), self.pages)
            item.setData(Qt.ItemDataRole.UserRole, page.id)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.page.setText(str(item.data(Qt.ItemDataRole.UserRole)))


class PublishDialog(Retranslated, QDialog):
    """Where the policy goes and with which status (draft unless chosen otherwise)."""

    STATUSES = ("draft", "pending", "publish")

    def __init__(self, target: str, page: str, current_status: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wp_publish_dialog")
        self.status = QComboBox(self)
        self.status.setObjectName("wp_publish_status")
        for status in self.STATUSES:
            self.status.addItem("", status)
        form = QFormLayout()
        self.labels = {name: QLabel(self) for name in ("site", "page", "now", "send")}
        form.addRow(self.labels["site"], QLabel(target, self))
        form.addRow(self.labels["page"], QLabel(page, self))
        self.current_status = current_status
        self.now = QLabel(self)
        if current_status:
            form.addRow(self.labels["now"], self.now)
        else:  # a new page: no row
            self.now.hide()
            self.labels["now"].hide()
        form.addRow(self.labels["send"], self.status)
        self.note = note = QLabel(self)
        note.setWordWrap(True)
        note.setVisible(current_status == "publish")
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Publish to WordPress Site"))
        for index in range(self.status.count()):
            self.status.setItemText(index, wordpress_status_title(str(self.status.itemData(index))))
        self.now.setText(wordpress_status_title(self.current_status))
        texts = {
            "site": self.tr("Site:"),
            "page": self.tr("Page:"),
            "now": self.tr("Status on the site now:"),
            "send": self.tr("Send as:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.note.setText(self.tr("A published page is replaced by a draft when sent as a draft."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send"))

    def chosen_status(self) -> str:
        return str(self.status.currentData())


class ConflictDialog(Retranslated, QDialog):
    """The page changed on the site: what changed, word by word; pull theirs, overwrite or cancel."""

    PULL, OVERWRITE, CANCEL = "pull", "overwrite", "cancel"

    def __init__(self, summary: str, changes: list[Change], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wp_conflict_dialog")
        self.choice = self.CANCEL
        label = QLabel(summary, self)
        label.setWordWrap(True)
        view = QTextBrowser(self)
        view.setObjectName("wp_conflict_changes")
        view.setHtml(changes_html(changes))
        self.explain = explain = QLabel(self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.pull = pull = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.overwrite = overwrite = buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        pull.setObjectName("wp_conflict_pull")
        overwrite.setObjectName("wp_conflict_overwrite")
        pull.clicked.connect(lambda: self._choose(self.PULL))
        overwrite.clicked.connect(lambda: self._choose(self.OVERWRITE))
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The Page Changed on the Site"))
        self.explain.setText(
            self.tr("Struck out: only in the version you pulled. Underlined: added on the site since.")
        )
        self.pull.setText(self.tr("&Pull Theirs"))
        self.overwrite.setText(self.tr("&Overwrite"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def changes_html(changes: list[Change], context: int = 12) -> str:
    """The comparison as HTML: removed words struck out in red, added words underlined in green."""
    parts: list[str] = []
    for index, change in enumerate(changes):
        text = html.escape(" ".join(change.words))
        if change.kind == "removed":
            parts.append(f'<s style="color:#a40000">{text}</s>')
        elif change.kind == "added":
            parts.append(f'<u style="color:#1f6f1f">{text}</u>')
        else:
            words = change.words
            if len(words) > 2 * context:
                head = words[:context] if index else ()
                tail = words[-context:] if index < len(changes) - 1 else ()
                text = html.escape(" ".join((*head, "…", *tail)))
            parts.append(text)
    return "<p>" + " ".join(parts) + "</p>"
