"""File ▸ WordPress: Open from Site… and Publish to Site…, wired to the Qt-free ``editor.wordpress``.

Each network step runs off the UI thread with progress and Cancel (:func:`run_task`). Questions
to the user are ``ask_*`` methods (tests answer them). A failed push leaves the document as it
was; a successful one updates its origin record (one undoable step) and offers the page's link.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from editor.errors import PolicyEditorError
from editor.gui.document.document import Document
from editor.gui.i18n import arg
from editor.gui.messages import error_text, notice_text
from editor.gui.statuses import wordpress_status_title
from editor.gui.wordpress.dialogs import ConflictDialog, OpenFromSiteDialog, PublishDialog, SiteDialog
from editor.gui.wordpress.task import run_task
from editor.wordpress.client import CancelToken, Client
from editor.wordpress.errors import Cancelled
from editor.wordpress.origin import Origin
from editor.wordpress.publish import (
    NEEDS_CONFIRMATION,
    ConnectionReport,
    PushConflict,
    PushResult,
    cut_off_section,
    import_remote,
    list_pages,
    pull,
    push,
    test_connection,
)
from editor.wordpress.shapes import PageSummary
from editor.wordpress.sites import Site, SiteStore, normalize_url, session_passwords


class MainWindow(Protocol):
    """What the WordPress commands need of the main window (described, not imported: the main
    window imports this room, so importing it back would make a cycle)."""

    banner: Any
    document: Document
    status: Any
    whole_editor: Any

    def flush_edits(self) -> bool: ...
    def maybe_save(self) -> bool: ...
    def set_document(self, document: Document) -> None: ...
    def show_error(self, title: str, text: str) -> None: ...


class WordPressController(QObject):
    """The WordPress commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = SiteStore()

    # -- commands ---------------------------------------------------------------------------------

    def open_from_site(self) -> bool:
        if not self.window.maybe_save():
            return False
        sites = self.store.sites()
        if not sites:
            added = self.add_site()
            if added is None:
                return False
            sites = [added]
        choice = self.ask_page(sites)
        if choice is None:
            return False
        site, reference = choice
        client = self.client_for(site)
        if client is None:
            return False
        try:
            title = self.tr("Open from Site")
            result = run_task(self.window, title, client.token, lambda p: pull(client, reference, p))
        except PolicyEditorError as error:
            self._failed(self.tr("Cannot open the page"), error, site)
            return False
        document = Document(result.policy)
        document.mark_unsaved()
        self.window.set_document(document)
        origin = Origin.of(result.policy)
        self.window.banner.show_notices(origin.link if origin else reference, result.notices)
        return True

    def publish(self) -> PushResult | None:
        if not self.window.flush_edits():
            self.window.show_error(self.tr("Cannot publish yet"), self.window.whole_editor.problem.text())
            return None
        policy = self.window.document.policy
        origin = Origin.of(policy)
        site = self._site_of(origin)
        if site is None:
            return None
        create = origin is None or origin.site != site.url
        page = self.tr("a new page") if create else self._page_name(origin)
        allow_incomplete = False
        section = cut_off_section(policy)
        if section is not None:
            if not self.ask_push_incomplete(section):
                return None
            allow_incomplete = True
        status = self.ask_status(site, page, "" if create or origin is None else origin.status)
        if status is None:
            return None
        if status in NEEDS_CONFIRMATION and not self.ask_confirm_status(site, page, status):
            return None
        client = self.client_for(site)
        if client is None:
            return None
        force = False
        while True:
            try:
                result: PushResult = run_task(
                    self.window,
                    self.tr("Publish to Site"),
                    client.token,
                    lambda p, force=force: push(  # type: ignore[misc]
                        client, policy, status=status, force=force, allow_incomplete=allow_incomplete,
                        create=create, progress=p,
                    ),
                )  # fmt: skip
            except PushConflict as conflict:
                choice = self.ask_conflict(conflict)
                if choice == ConflictDialog.OVERWRITE:
                    force = True
                    client.token = CancelToken()
                    continue
                if choice == ConflictDialog.PULL:
                    theirs = import_remote(site.url, conflict.remote)
                    self.window.document.replace_policy(theirs.policy, self.tr("Pull Theirs"))
                    self.window.banner.show_notices(conflict.remote.link, theirs.notices)
                return None
            except PolicyEditorError as error:
                self._failed(self.tr("Nothing was published"), error, site)
                return None
            break
        self.window.document.replace_policy(result.policy, self.tr("Publish"))
        self.window.statusBar().showMessage(self.tr("Sent to %1").replace("%1", result.page.link), 8000)
        self.offer_link(result)
        return result

    # -- sites and passwords ------------------------------------------------------------------------

    def add_site(self) -> Site | None:
        dialog = SiteDialog(self._test_site, self.window)
        if not self.ask_site(dialog):
            return None
        site = Site(normalize_url(dialog.url.text()), dialog.user.text().strip())
        self.store.add(site)
        if not session_passwords().set(site, dialog.password.text().strip()):
            self.inform(
                self.tr("No Keyring"),
                self.tr("There is no system keyring: the password is kept until you quit, and asked again next time."),
            )
        return site

    def client_for(self, site: Site) -> Client | None:
        password = session_passwords().get(site)
        if not password:
            password = self.ask_password(site)
            if not password:
                return None
            session_passwords().set(site, password)
        return Client(site, password, token=CancelToken())

    def _test_site(self, url: str, user: str, password: str) -> ConnectionReport | str:
        try:
            site = Site(normalize_url(url), user.strip())
            client = Client(site, password.strip(), token=CancelToken())
            report: ConnectionReport = run_task(
                self.window, self.tr("Test Connection"), client.token, lambda _p: test_connection(client)
            )
        except PolicyEditorError as error:
            return error_text(error)
        return report

    def _site_of(self, origin: Origin | None) -> Site | None:
        sites = self.store.sites()
        if origin is not None:
            for site in sites:
                if site.url == origin.site:
                    return site
        if not sites:
            return self.add_site()
        if len(sites) == 1:
            return sites[0]
        return self.ask_site_choice(sites)

    def _list(self, site: Site) -> list[PageSummary] | None:
        client = self.client_for(site)
        if client is None:
            return None
        try:
            pages: list[PageSummary] = run_task(
                self.window, self.tr("List Pages"), client.token, lambda p: list_pages(client, p)
            )
        except PolicyEditorError as error:
            self._failed(self.tr("Cannot list the pages"), error, site)
            return None
        return pages

    def _failed(self, title: str, error: PolicyEditorError, site: Site) -> None:
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(error_text(error), 6000)
            return
        if error.code == "wp.http.unauthorized":
            session_passwords().forget(site)
        self.window.show_error(title, error_text(error))

    def _page_name(self, origin: Origin | None) -> str:
        if origin is None:
            return ""
        return self.tr("“%1” (ID %2)").replace("%1", origin.title).replace("%2", str(origin.id))

    # -- questions (one place each, so tests can answer them) ----------------------------------------

    def ask_site(self, dialog: SiteDialog) -> bool:
        return dialog.exec() == SiteDialog.DialogCode.Accepted

    def ask_page(self, sites: list[Site]) -> tuple[Site, str] | None:
        dialog = OpenFromSiteDialog(sites, self._list, self.add_site, self.window)
        if dialog.exec() != OpenFromSiteDialog.DialogCode.Accepted:
            return None
        site = dialog.chosen_site()
        if site is None or not dialog.reference():
            return None
        return site, dialog.reference()

    def ask_site_choice(self, sites: list[Site]) -> Site | None:
        labels = [f"{site.url} ({site.user})" for site in sites]
        label, ok = QInputDialog.getItem(self.window, self.tr("Publish to Site"), self.tr("Site:"), labels, 0, False)
        return sites[labels.index(label)] if ok and label in labels else None

    def ask_password(self, site: Site) -> str:
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Application Password"),
            self.tr("Application password of %1 at %2:").replace("%1", site.user).replace("%2", site.url),
            QLineEdit.EchoMode.Password,
        )
        return text.strip() if ok else ""

    def ask_status(self, site: Site, page: str, current: str) -> str | None:
        dialog = PublishDialog(site.url, page, current, self.window)
        return dialog.chosen_status() if dialog.exec() == PublishDialog.DialogCode.Accepted else None

    def ask_confirm_status(self, site: Site, page: str, status: str) -> bool:
        text = (
            self.tr("Publish %1 on %2? Visitors will see it at once.")
            if status == "publish"
            else self.tr("Submit %1 on %2 for review?")
        )
        answer = QMessageBox.question(
            self.window, self.tr("Publish to Site"), text.replace("%1", page).replace("%2", site.url),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def ask_push_incomplete(self, section: str) -> bool:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Incomplete Import"),
            self.tr(
                "This policy comes from a cut-off import: section “%1” is incomplete. Sending it replaces the "
                "page with a shorter text. Send it anyway?"
            ).replace("%1", section),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_conflict(self, conflict: PushConflict) -> str:
        dialog = ConflictDialog(error_text(conflict), conflict.changes, self.window)
        dialog.exec()
        return dialog.choice

    def offer_link(self, result: PushResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sent"), "", parent=self.window)
        box.setText(
            arg(self.tr("The page was sent as %1:\n%2"), wordpress_status_title(result.page.status), result.page.link)
        )
        box.setInformativeText("\n".join(notice_text(notice) for notice in result.notices))
        open_button = box.addButton(self.tr("&Open the Page"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button and result.page.link.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(result.page.link))

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)
