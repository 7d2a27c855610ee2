"""An opened page cannot fetch anything: a tracking pixel, remote CSS or fonts stay unloaded.

A local HTTP server counts requests; a policy imported from an HTML page full of remote resources
is shown in the preview and in the main window, rendered to a picture (which forces images to
load), and the server must have received nothing. Tested only through public APIs.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from editor.importers import import_bytes
from editor.model.policy import Metadata, Policy, Section


class Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Counter.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Counter.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def tracking_page(base: str) -> bytes:
    return f"""<!doctype html><html><head>
<link rel="stylesheet" href="{base}/style.css"><style>@import url({base}/import.css);
@font-face {{ font-family: x; src: url({base}/font.woff2); }} body {{ background: url({base}/bg.png); }}</style>
<script src="{base}/script.js"></script></head><body>
<h2>Données</h2><p>Texte <img src="{base}/pixel.gif" width="1" height="1" alt=""></p>
<p style="background-image:url({base}/inline.png)">Suite</p><picture><source srcset="{base}/src.webp"></picture>
<iframe src="{base}/frame.html"></iframe><object data="{base}/obj.swf"></object>
<video poster="{base}/poster.jpg"></video>
<h2>Contact</h2><p><a href="{base}/link">lien</a></p></body></html>""".encode()


def markdown_policy(base: str) -> Policy:
    body = f'![pixel]({base}/md.gif)\n\n<img src="{base}/raw.gif">\n\n<link rel="stylesheet" href="{base}/x.css">'
    return Policy(Metadata(title="P"), (Section("a", "A", 2, body),))


def test_preview_loads_no_remote_resource(qtbot, server: str, app_home: Path) -> None:
    from editor.gui.preview.pane import PreviewPane

    imported = import_bytes(tracking_page(server), "page.html", "html").policy
    for policy in (imported, markdown_policy(server)):
        pane = PreviewPane()
        qtbot.addWidget(pane)
        pane.resize(800, 600)
        pane.show()
        pane.show_policy(policy)
        qtbot.waitUntil(lambda pane=pane: not pane.has_pending_updates(), timeout=3000)
        pane.grab()
        qtbot.wait(300)
    assert Counter.hits == []


def test_main_window_loads_no_remote_resource(qtbot, window, server: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(tracking_page(server))
    assert window.open_path(str(page), ask=False)
    window.grab()
    qtbot.wait(300)
    window.document.undo_stack.setClean()
    assert Counter.hits == []
    assert page.read_bytes() == tracking_page(server)


def test_the_server_does_count(server: str) -> None:
    """The check above can fail: a real fetch is counted."""
    import urllib.request

    urllib.request.urlopen(f"{server}/probe").read()
    assert Counter.hits == ["/probe"]
