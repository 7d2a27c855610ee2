"""The preview never runs or fetches anything; links open only on click, only http(s) and mailto."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument

from editor.gui.preview import pane as preview_module
from editor.gui.preview.html import keep_spaces
from editor.gui.preview.pane import PreviewPane
from editor.model import Metadata, Policy, Section

PIXEL_PNG = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tracker() -> Iterator[str]:
    """A real HTTP server on localhost that counts requests (a tracking pixel's host)."""
    _Counter.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def pane(qtbot) -> PreviewPane:
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def one_section(body: str) -> Policy:
    return Policy(Metadata(), (Section("a", "Titre", 2, body), Section("b", "Suite", 2, "Fin.")))


def click_text(qtbot, pane: PreviewPane, text: str) -> None:
    found = pane.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    point = pane.cursorRect(cursor).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url)) or True)
    return urls


def test_clicking_an_http_link_opens_the_system_browser(qtbot, pane: PreviewPane, opened: list[QUrl]) -> None:
    pane.show_policy(one_section("Voir [le site de la CNIL](https://www.cnil.fr/fr) pour plus."))
    with qtbot.waitSignal(pane.link_activated, timeout=2000) as signal:
        click_text(qtbot, pane, "le site de la CNIL")
    assert [url.toString() for url in opened] == ["https://www.cnil.fr/fr"]
    assert signal.args[0].toString() == "https://www.cnil.fr/fr"


def test_hovering_a_link_opens_nothing(qtbot, pane: PreviewPane, opened: list[QUrl]) -> None:
    pane.show_policy(one_section("Voir [le site](https://www.cnil.fr/) ici."))
    found = pane.document().find("le site")
    qtbot.mouseMove(pane.viewport(), pane.cursorRect(QTextCursor(found)).center())
    qtbot.wait(20)
    assert opened == []


def test_mailto_opens_and_other_schemes_do_nothing(pane: PreviewPane, opened: list[QUrl]) -> None:
    for url in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>x</script>",
        "ftp://x/y",
        "a.html",
    ):
        pane.anchorClicked.emit(QUrl(url))
    assert opened == []
    pane.anchorClicked.emit(QUrl("mailto:dpo@exemple.fr"))
    assert [url.toString() for url in opened] == ["mailto:dpo@exemple.fr"]


def test_javascript_links_in_a_body_are_not_clickable(qtbot, pane: PreviewPane, opened: list[QUrl]) -> None:
    pane.show_policy(one_section("Un [piège](javascript:alert(1)) ici."))
    click_text(qtbot, pane, "piège")
    qtbot.wait(20)
    assert opened == []


def test_internal_anchors_scroll_within_the_preview(qtbot, pane: PreviewPane, opened: list[QUrl]) -> None:
    long_body = "\n\n".join(f"Paragraphe {i}." for i in range(80))
    policy = Policy(
        Metadata(),
        (Section("a", "Début", 2, "Aller à [la fin](#fin).\n\n" + long_body), Section("fin", "Fin", 2, long_body)),
    )
    pane.show_policy(policy)
    assert pane.verticalScrollBar().value() == 0
    click_text(qtbot, pane, "la fin")
    qtbot.waitUntil(lambda: pane.section_at_top() == "fin", timeout=2000)
    assert opened == []


def test_a_tracking_pixel_is_never_requested(qtbot, pane: PreviewPane, tracker: str) -> None:
    pane.show_policy(one_section(f"Texte ![pixel]({tracker}/pixel.gif?user=42) et ![x]({tracker}/b.png)."))
    pane.grab()  # layout and paint: every image is asked for now
    qtbot.wait(50)
    assert _Counter.hits == []
    assert "[pixel]" in pane.document().toPlainText()  # as on the exported page: the alternative text


def test_remote_resources_are_refused_even_if_they_reach_the_document(
    qtbot, pane: PreviewPane, tracker: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the sanitizer (as if it let them through): images, stylesheets, backgrounds, files."""
    monkeypatch.setattr(preview_module, "preview_fragment", lambda html: html)
    monkeypatch.setattr(
        preview_module,
        "section_html",
        lambda section, context: (
            f'<h2 id="{section.id}">T</h2><p><img src="{tracker}/pixel.gif" width="10" height="10"></p>'
            f'<p style="background-image: url({tracker}/bg.png)">fond</p>'
            f'<table background="{tracker}/table.png"><tr><td>c</td></tr></table>'
            f'<p><img src="file:///etc/hostname" width="5" height="5"><img src="{PIXEL_PNG}" width="3" height="3"></p>'
        ),
    )
    pane.show_policy(one_section("ignored"))
    pane.grab()
    qtbot.wait(50)
    assert _Counter.hits == []
    blocked = {url.toString() for url in pane.section_document.blocked_urls}
    assert f"{tracker}/pixel.gif" in blocked
    assert "file:///etc/hostname" in blocked
    image = pane.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(PIXEL_PNG))
    assert image is not None and not image.isNull()  # an embedded image does show


def test_script_content_never_appears(pane: PreviewPane, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        preview_module,
        "section_html",
        lambda section, context: (
            f'<h2 id="{section.id}">T</h2><script>document.write("pwned")</script>'
            '<p onclick="steal()">visible</p><style>p { color: red }</style><iframe src="https://x"></iframe>'
        ),
    )
    pane.show_policy(one_section("ignored"))
    text = pane.document().toPlainText()
    assert "visible" in text
    assert "pwned" not in text and "document.write" not in text and "color: red" not in text


def test_keep_spaces_wraps_text_but_never_attributes() -> None:
    html = '<p title="a\u202fb>c">x\u202f;</p>'
    assert keep_spaces(html) == '<p title="a\u202fb>c">x<span style="white-space:pre-wrap">\u202f</span>;</p>'
    assert keep_spaces("<p>sans espace fine</p>") == "<p>sans espace fine</p>"


def test_point_under_the_link_is_inside_the_viewport(qtbot, pane: PreviewPane) -> None:
    """Guards click_text: the positions it clicks are really on screen."""
    pane.show_policy(one_section("Voir [le site](https://www.cnil.fr/) ici."))
    found = pane.document().find("le site")
    point = pane.cursorRect(QTextCursor(found)).center()
    assert pane.viewport().rect().contains(QPoint(point.x(), point.y()))
