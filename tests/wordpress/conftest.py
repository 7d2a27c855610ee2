"""Fixtures for the publishing tests: the real local WordPress (skipped with the reason when it
cannot start), clients for its users, an in-memory keyring, and small fake servers."""

from __future__ import annotations

import base64
import importlib.util
import json
import threading
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from editor.wordpress.client import Client
from editor.wordpress.sites import Passwords, Site, use_passwords

_spec = importlib.util.spec_from_file_location("wp_test_server", Path(__file__).with_name("server.py"))
assert _spec is not None and _spec.loader is not None
server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(server)


class MemoryKeyring:
    """A keyring backend kept in a dict (the shape of ``keyring``'s backends)."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.items.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self.items[(service, name)] = password

    def delete_password(self, service: str, name: str) -> None:
        self.items.pop((service, name), None)


@pytest.fixture
def memory_keyring(app_home: Path) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    use_passwords(Passwords(backend))
    yield backend
    use_passwords(None)


@pytest.fixture
def no_keyring(app_home: Path) -> Iterator[Passwords]:
    passwords = Passwords(system=False)
    use_passwords(passwords)
    yield passwords
    use_passwords(None)


_STATE: dict[str, Any] = {}


@pytest.fixture(scope="session")
def wordpress() -> dict[str, str]:
    """URL and application passwords of the local WordPress (admin, reader = a subscriber)."""
    if "error" in _STATE:
        pytest.skip(_STATE["error"])
    if "credentials" not in _STATE:
        try:
            _STATE["credentials"] = server.start()
        except server.CannotStart as error:
            _STATE["error"] = f"the local WordPress cannot start here: {error}"
            pytest.skip(_STATE["error"])
    return dict(_STATE["credentials"])


@pytest.fixture
def admin(wordpress: dict[str, str]) -> Client:
    return Client(Site(wordpress["url"], "admin"), wordpress["admin"], timeout=20)


@pytest.fixture
def reader(wordpress: dict[str, str]) -> Client:
    return Client(Site(wordpress["url"], "reader"), wordpress["reader"], timeout=20)


def raw_request(credentials: dict[str, str], method: str, route: str, body: dict[str, Any] | None = None) -> Any:
    """A request as another program would make it (to change the site behind the app's back)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{credentials['url']}/wp-json{route}", data=data, method=method)
    token = base64.b64encode(f"admin:{credentials['admin']}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=20) as response:
        return json.loads(response.read())


@pytest.fixture
def site_request(wordpress: dict[str, str]) -> Callable[..., Any]:
    return lambda method, route, body=None: raw_request(wordpress, method, route, body)


class FakeSite:
    """A local HTTP server whose answer a test sets; it records what it was asked."""

    def __init__(self, handler: Callable[[BaseHTTPRequestHandler], None]) -> None:
        self.requests: list[dict[str, str]] = []
        self.release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                fake.requests.append({"path": self.path, "authorization": self.headers.get("Authorization", "")})
                handler(self)

            do_GET = do_POST = _any  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake_site() -> Iterator[Callable[[Callable[[BaseHTTPRequestHandler], None]], FakeSite]]:
    made: list[FakeSite] = []

    def make(handler: Callable[[BaseHTTPRequestHandler], None]) -> FakeSite:
        site = FakeSite(handler)
        made.append(site)
        return site

    yield make
    for site in made:
        site.close()


def answer(status: int, body: bytes | str, content_type: str = "application/json", **headers: str) -> Callable:
    """A fake-site handler giving one fixed answer."""
    data = body.encode() if isinstance(body, str) else body

    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            request.send_header(name.replace("_", "-"), value)
        request.end_headers()
        request.wfile.write(data)

    return handle
