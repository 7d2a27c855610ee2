"""File ▸ WordPress in the window: open from the local WordPress, edit, publish as a draft; conflicts,
errors and Cancel. Prompts are answered by the test; the server is tests/wordpress/server.py."""

from __future__ import annotations

import base64
import json
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Event, Thread

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTextBrowser,
)

from editor.gui.mainwindow import MainWindow
from editor.gui.wordpress.controller import WordPressController
from editor.gui.wordpress.dialogs import ConflictDialog, changes_html
from editor.model.ops import EditBody
from editor.wordpress.compare import compare
from editor.wordpress.origin import Origin
from editor.wordpress.sites import Passwords, Site, SiteStore, use_passwords
from tests.wordpress.conftest import server

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def wordpress() -> dict[str, str]:
    try:
        return dict(server.start())
    except server.CannotStart as error:
        pytest.skip(f"the local WordPress cannot start here: {error}")


def site_call(credentials: dict[str, str], method: str, route: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"{credentials['url']}/wp-json{route}", data=json.dumps(body).encode() if body else None, method=method
    )
    request.add_header("Authorization", "Basic " + base64.b64encode(f"admin:{credentials['admin']}".encode()).decode())
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


class Answers:
    def __init__(self) -> None:
        self.page: tuple[Site, str] | None = None
        self.status = "draft"
        self.conflict = ConflictDialog.CANCEL
        self.asked: list[str] = []
        self.links: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, app_home) -> Iterator[Answers]:
    given = Answers()
    use_passwords(Passwords(system=False))
    monkeypatch.setattr(WordPressController, "ask_page", lambda self, sites: given.page)
    monkeypatch.setattr(WordPressController, "ask_status", lambda self, site, page, current: given.status)
    monkeypatch.setattr(
        WordPressController, "ask_confirm_status", lambda self, site, page, status: given.asked.append(status) or True
    )
    monkeypatch.setattr(
        WordPressController, "ask_conflict", lambda self, conflict: given.asked.append("conflict") or given.conflict
    )
    monkeypatch.setattr(WordPressController, "offer_link", lambda self, result: given.links.append(result.page.link))
    monkeypatch.setattr(WordPressController, "ask_password", lambda self, site: "")
    yield given
    use_passwords(None)


def add_site(credentials: dict[str, str], password: str | None = None) -> Site:
    from editor.wordpress.sites import session_passwords

    site = Site(credentials["url"], "admin")
    SiteStore().add(site)
    session_passwords().set(site, password or credentials["admin"])
    return site


def make_page(credentials: dict[str, str]) -> int:
    content = (
        '<!-- wp:heading -->\n<h2 class="wp-block-heading">Données</h2>\n<!-- /wp:heading -->\n\n'
        "<!-- wp:paragraph -->\n<p>Texte d’origine.</p>\n<!-- /wp:paragraph -->"
    )
    body = {"title": "Politique GUI", "status": "draft", "content": content}
    return int(site_call(credentials, "POST", "/wp/v2/pages", body)["id"])


def open_new_page(window: MainWindow, answers: Answers, credentials: dict[str, str]) -> int:
    """A new page on the site, opened in the window through File > WordPress > Open from Site."""
    page_id = make_page(credentials)
    answers.page = (add_site(credentials), str(page_id))
    window.actions["wp_open_from_site"].trigger()
    return page_id


def edit(window: MainWindow, text: str) -> None:
    section = next(iter(window.document.policy.walk()))
    window.document.apply(EditBody(section.id, section.body + "\n\n" + text))


def test_the_file_menu_has_the_wordpress_commands(window: MainWindow) -> None:
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_wordpress")
    assert [action.objectName() for action in menu.actions()] == ["wp_open_from_site", "wp_publish"]


@pytest.mark.slow
def test_open_edit_and_publish_back_as_a_draft(window: MainWindow, answers: Answers, wordpress) -> None:
    page_id = open_new_page(window, answers, wordpress)
    assert window.document.policy.meta.title == "Politique GUI"
    assert window.document.is_modified()
    edit(window, "Ajout depuis la fenêtre.")
    window.actions["wp_publish"].trigger()
    on_site = site_call(wordpress, "GET", f"/wp/v2/pages/{page_id}?context=edit")
    assert "Ajout depuis la fenêtre." in on_site["content"]["raw"] and on_site["status"] == "draft"
    assert Origin.of(window.document.policy).modified_gmt == on_site["modified_gmt"]  # type: ignore[union-attr]
    assert answers.links == [on_site["link"]]
    assert answers.asked == []  # a draft needs no confirmation


@pytest.mark.slow
def test_a_conflict_offers_pull_theirs_and_undo_gets_ours_back(window: MainWindow, answers: Answers, wordpress) -> None:
    page_id = open_new_page(window, answers, wordpress)
    edit(window, "Notre ajout.")
    site_call(wordpress, "POST", f"/wp/v2/pages/{page_id}", {"content": "<p>Leur version.</p>"})
    answers.conflict = ConflictDialog.PULL
    answers.status = "publish"
    window.actions["wp_publish"].trigger()
    assert answers.asked == ["publish", "conflict"]
    bodies = " ".join(section.body for section in window.document.policy.walk())
    assert "Leur version." in bodies and "Notre ajout." not in bodies
    assert site_call(wordpress, "GET", f"/wp/v2/pages/{page_id}")["status"] == "draft"  # nothing was sent
    window.document.undo_stack.undo()
    assert "Notre ajout." in " ".join(section.body for section in window.document.policy.walk())


@pytest.mark.slow
def test_a_wrong_password_is_said_and_nothing_changes(window: MainWindow, answers: Answers, prompts, wordpress) -> None:
    site = add_site(wordpress, password="wrong wrong wrong")
    answers.page = (site, "2")
    before = window.document.policy
    assert window.wordpress.controller.open_from_site() is False
    assert window.document.policy is before
    assert len(prompts.errors) == 1 and "(401)" in prompts.errors[0][1]
    assert "wrong wrong" not in prompts.errors[0][1]


def test_cancel_stops_a_hanging_site(window: MainWindow, answers: Answers, prompts) -> None:
    release = Event()

    class Hang(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            release.wait(30)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hang)
    httpd.daemon_threads = True
    Thread(target=httpd.serve_forever, args=(0.02,), daemon=True).start()
    try:
        site = add_site({"url": f"http://127.0.0.1:{httpd.server_address[1]}", "admin": "pw"})
        answers.page = (site, "5")
        before = window.document.policy

        def press_cancel() -> None:
            dialogs = [w for w in QApplication.allWidgets() if isinstance(w, QProgressDialog)]
            if dialogs:
                dialogs[0].findChild(QPushButton).click()  # what the user clicks
            else:
                QTimer.singleShot(50, press_cancel)

        QTimer.singleShot(100, press_cancel)
        assert window.wordpress.controller.open_from_site() is False
        assert window.document.policy is before
        assert prompts.errors == []
        assert "cancelled" in window.statusBar().currentMessage()
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()


def test_the_conflict_view_marks_removed_and_added_words() -> None:
    text = changes_html(compare("<p>Nous gardons trois ans.</p>", "<p>Nous gardons cinq ans.</p>"))
    assert '<s style="color:#a40000">trois</s>' in text and '<u style="color:#1f6f1f">cinq</u>' in text


def test_wordpress_errors_and_menu_are_in_french(qapp, app_home, window: MainWindow) -> None:
    from PySide6.QtCore import QLocale

    from editor.gui import i18n
    from editor.gui.messages import error_text
    from editor.wordpress.errors import WordPressError

    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert installed
        text = error_text(WordPressError("wp.http.unauthorized", url="https://exemple.fr"))
        assert text.startswith("https://exemple.fr\u00a0: le site refuse l’identifiant")
        window.retranslate_ui()
        assert window.actions["wp_publish"].text() == "&Publier sur le site…"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        window.retranslate_ui()


def test_the_site_dialog_tests_the_connection_before_it_accepts(qtbot) -> None:
    from editor.gui.wordpress.dialogs import SiteDialog
    from editor.wordpress.publish import ConnectionReport

    calls: list[tuple[str, str, str]] = []

    def tester(url: str, user: str, password: str) -> ConnectionReport | str:
        calls.append((url, user, password))
        if password != "good":
            return "the site refused the user name or application password (401)"
        return ConnectionReport("6.1.9", "Anne Martin", True, False)

    dialog = SiteDialog(tester)
    qtbot.addWidget(dialog)
    dialog.url.setText("https://example.org")
    dialog.user.setText("anne")
    dialog.password.setText("bad")
    dialog.buttons.accepted.emit()
    assert dialog.result() != SiteDialog.DialogCode.Accepted
    assert "(401)" in dialog.findChild(QLabel, "wp_site_result").text()
    dialog.password.setText("good")
    dialog.test_button.click()
    assert dialog.findChild(QLabel, "wp_site_result").text() == (
        "WordPress 6.1.9 — signed in as Anne Martin — may edit pages"
    )
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert calls[-1] == ("https://example.org", "anne", "good")


def test_the_open_dialog_lists_pages_and_picks_one(qtbot) -> None:
    from editor.gui.wordpress.dialogs import OpenFromSiteDialog
    from editor.wordpress.shapes import PageSummary

    site = Site("https://example.org", "anne")
    pages = [PageSummary(12, "Politique", "politique", "publish", "2026-01-01T00:00:00", "https://example.org/p/")]
    dialog = OpenFromSiteDialog([site], lambda chosen: pages if chosen == site else None, lambda: None)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "wp_open_list").click()
    listing = dialog.findChild(QListWidget, "wp_open_pages")
    assert listing.count() == 1 and "Politique" in listing.item(0).text()
    listing.setCurrentRow(0)
    assert (dialog.chosen_site(), dialog.reference()) == (site, "12")


def test_the_publish_dialog_defaults_to_draft_and_the_conflict_dialog_chooses(qtbot) -> None:
    from editor.gui.wordpress.dialogs import PublishDialog

    publish = PublishDialog("https://example.org", "“Politique” (ID 12)", "publish")
    qtbot.addWidget(publish)
    assert publish.chosen_status() == "draft"
    conflict = ConflictDialog("changed", compare("<p>a b</p>", "<p>a c</p>"))
    qtbot.addWidget(conflict)
    conflict.findChild(QPushButton, "wp_conflict_pull").click()
    assert conflict.choice == ConflictDialog.PULL
    assert "text-decoration: underline" in conflict.findChild(QTextBrowser, "wp_conflict_changes").toHtml()


def test_a_failed_publish_leaves_the_document_as_it_was(window: MainWindow, answers: Answers, prompts) -> None:
    from editor.gui.document.document import Document
    from editor.model.policy import Metadata, Policy, Section
    from tests.wordpress.conftest import FakeSite, answer

    page = {"id": 7, "title": {"raw": "P"}, "content": {"raw": "<p>x</p>"}, "modified_gmt": "2026-01-01T00:00:00"}

    def handle(request: BaseHTTPRequestHandler) -> None:
        if request.command == "GET":
            answer(200, json.dumps(page))(request)
        else:
            answer(500, json.dumps({"code": "internal_server_error", "message": "critical"}))(request)

    fake = FakeSite(handle)
    try:
        site = add_site({"url": fake.url, "admin": "pw"})
        origin = Origin(site.url, 7, page["modified_gmt"], "<p>x</p>", title="P")
        window.set_document(Document(origin.attach(Policy(Metadata(title="P"), (Section("a", "A", 2, "Texte."),)))))
        before = window.document.policy
        assert window.wordpress.controller.publish() is None
        assert window.document.policy is before
        assert not window.document.undo_stack.canUndo()
        assert len(prompts.errors) == 1 and "(500)" in prompts.errors[0][1]
    finally:
        fake.close()
