"""A small client for the WordPress REST API (``wp/v2``), with every failure in plain words.

Requests go to ``/wp-json/ROUTE``; a site without pretty permalinks is reached through
``/?rest_route=ROUTE`` instead (found on the first 404). Credentials are an application password
sent as HTTP Basic auth, only to the site's own scheme, host and port: a redirect elsewhere is
never followed (it becomes ``wp.http.redirect``), a redirect to the same place is followed for
reads only. A :class:`CancelToken` stops the request in flight from another thread (the socket is
shut down), so network work in the GUI can always be cancelled. Standard library only.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import socket
import ssl
import threading
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from editor import __version__
from editor.wordpress.errors import Cancelled, WordPressError
from editor.wordpress.sites import Site

#: Largest answer read from a site (a page, a list of pages, an uploaded image's record).
MAX_RESPONSE = 64 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_GENERATOR = re.compile(r"(?:wordpress\.org/\?v=|content=\"WordPress )([0-9][0-9.]*)", re.IGNORECASE)
_DISABLED_CODES = ("rest_disabled", "rest_cannot_access", "rest_api_disabled", "rest_login_required")


class CancelToken:
    """Set from any thread to stop the client's current and next requests."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._connection: http.client.HTTPConnection | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            connection = self._connection
        sock = getattr(connection, "sock", None) if connection is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def attach(self, connection: http.client.HTTPConnection | None) -> None:
        with self._lock:
            self._connection = connection


@dataclass(frozen=True)
class Response:
    """A decoded JSON answer and the headers that matter (pagination totals)."""

    data: Any
    headers: dict[str, str] = field(default_factory=dict)


class Client:
    """Authenticated requests to one site; every method raises :class:`WordPressError` on failure."""

    def __init__(
        self,
        site: Site,
        password: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        token: CancelToken | None = None,
    ) -> None:
        self.site = site
        self.timeout = timeout
        self.token = token or CancelToken()
        credentials = f"{site.user}:{password}".encode()
        self._authorization = "Basic " + base64.b64encode(credentials).decode("ascii")
        self._query_routes = False
        self._base = urllib.parse.urlsplit(site.url)

    # -- the REST calls -----------------------------------------------------------------------------

    def get(self, route: str, params: dict[str, Any] | None = None) -> Response:
        return self._call("GET", route, params)

    def post(self, route: str, body: dict[str, Any], params: dict[str, Any] | None = None) -> Response:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return self._call("POST", route, params, data, {"Content-Type": "application/json; charset=utf-8"})

    def upload(self, route: str, data: bytes, filename: str, mime: str) -> Response:
        headers = {"Content-Type": mime, "Content-Disposition": f'attachment; filename="{filename}"'}
        return self._call("POST", route, None, data, headers)

    def wordpress_version(self) -> str:
        """The version the site announces (feed generator), or "" when the site hides it."""
        for path in ("/?feed=rss2", "/"):
            try:
                status, _headers, body = self._send("GET", self.site.url + path, None, {}, auth=False)
            except Cancelled:
                raise
            except WordPressError:
                continue
            match = _GENERATOR.search(body[:200_000].decode("utf-8", "replace")) if status == 200 else None
            if match:
                return match.group(1)
        return ""

    # -- plumbing -----------------------------------------------------------------------------------

    def url_for(self, route: str, params: dict[str, Any] | None = None) -> str:
        query = urllib.parse.urlencode({k: v for k, v in (params or {}).items() if v is not None}, doseq=True)
        if self._query_routes:
            url = f"{self.site.url}/?rest_route={urllib.parse.quote(route, safe='/')}"
            return url + ("&" + query if query else "")
        return f"{self.site.url}/wp-json{urllib.parse.quote(route, safe='/')}" + ("?" + query if query else "")

    def _call(
        self,
        method: str,
        route: str,
        params: dict[str, Any] | None,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        url = self.url_for(route, params)
        status, response_headers, data = self._send(method, url, body, headers or {})
        if status == 404 and not self._query_routes and not _is_json(response_headers, data):
            self._query_routes = True  # no pretty permalinks: /wp-json/ is not routed
            url = self.url_for(route, params)
            status, response_headers, data = self._send(method, url, body, headers or {})
        return Response(_decode(url, status, response_headers, data), response_headers)

    def _send(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], auth: bool = True
    ) -> tuple[int, dict[str, str], bytes]:
        """One request, following same-place redirects for reads; (status, lower-cased headers, body)."""
        for _hop in range(4):
            self.token.check()
            status, response_headers, data = self._request(method, url, body, headers, auth)
            location = response_headers.get("location")
            if status not in (301, 302, 303, 307, 308) or not location:
                return status, response_headers, data
            target = urllib.parse.urljoin(url, location)
            if method != "GET" or not self._same_place(target):
                raise WordPressError("wp.http.redirect", url=_public(url), target=_public(target))
            url = target
        raise WordPressError("wp.http.redirect", url=_public(url), target=_public(url))

    def _same_place(self, target: str) -> bool:
        parts = urllib.parse.urlsplit(target)
        base = self._base
        same_host = (parts.hostname or "").lower() == (base.hostname or "").lower()
        same_port = parts.port == base.port or (parts.scheme == "https" and base.scheme == "http" and not parts.port)
        upgrade_only = parts.scheme == base.scheme or (base.scheme == "http" and parts.scheme == "https")
        return same_host and same_port and upgrade_only

    def _request(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], auth: bool
    ) -> tuple[int, dict[str, str], bytes]:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme == "https":
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                host, parts.port, timeout=self.timeout, context=ssl.create_default_context()
            )
        else:
            connection = http.client.HTTPConnection(host, parts.port, timeout=self.timeout)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        all_headers = {
            "Accept": "application/json",
            "User-Agent": f"policy-editor/{__version__}",
            "Connection": "close",
            **headers,
        }
        if auth:
            all_headers["Authorization"] = self._authorization
        self.token.attach(connection)
        try:
            connection.request(method, target, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read(MAX_RESPONSE + 1)
            status = response.status
            response_headers = {name.lower(): value for name, value in response.getheaders()}
        except TimeoutError:
            self.token.check()
            raise WordPressError("wp.http.timeout", url=_public(url), seconds=f"{self.timeout:g}") from None
        except ssl.SSLError as error:
            self.token.check()
            detail = getattr(error, "verify_message", None) or getattr(error, "reason", None) or str(error)
            raise WordPressError("wp.http.tls", url=_public(url), detail=str(detail)) from None
        except (OSError, http.client.HTTPException) as error:
            self.token.check()
            raise WordPressError("wp.http.connect", url=_public(url), detail=_reason(error)) from None
        finally:
            self.token.attach(None)
            connection.close()
        self.token.check()
        return status, response_headers, data


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        return "the name of the site is unknown"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, http.client.RemoteDisconnected):
        return "the site closed the connection without answering"
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text)


def _public(url: str) -> str:
    """The URL without any user information or query secrets, for messages."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _is_json(headers: dict[str, str], data: bytes) -> bool:
    if "json" in headers.get("content-type", ""):
        return True
    return data.lstrip()[:1] in (b"{", b"[")


def _html_detail(status: int, data: bytes) -> str:
    text = data[:100_000].decode("utf-8", "replace")
    match = _TITLE.search(text)
    title = " ".join(_TAGS.sub("", match.group(1)).split()) if match else ""
    return f"HTTP {status}" + (f", page titled {title[:80]!r}" if title else "")


def _decode(url: str, status: int, headers: dict[str, str], data: bytes) -> Any:
    """The JSON of a successful answer, or the WordPressError that says what went wrong."""
    where = _public(url)
    if len(data) > MAX_RESPONSE:
        raise WordPressError("wp.http.status", url=where, status=status, detail="the answer is too large")
    value: Any = None
    parsed = False
    if _is_json(headers, data):
        try:
            value = json.loads(data.decode("utf-8-sig"))
            parsed = True
        except (UnicodeDecodeError, ValueError) as error:
            if 200 <= status < 300:
                raise WordPressError("wp.http.bad_json", url=where, detail=str(error)[:120]) from None
    if 200 <= status < 300:
        if not parsed:
            raise WordPressError("wp.http.html", url=where, detail=_html_detail(status, data))
        return value
    code = str(value.get("code", "")) if isinstance(value, dict) else ""
    message = " ".join(_TAGS.sub("", str(value.get("message", ""))).split()) if isinstance(value, dict) else ""
    if status >= 500:
        raise WordPressError("wp.http.server", url=where, status=status)
    if not parsed:
        if status == 404:
            raise WordPressError("wp.http.rest_disabled", url=where, detail=_html_detail(status, data))
        raise WordPressError("wp.http.html", url=where, detail=_html_detail(status, data))
    if any(marker in code for marker in _DISABLED_CODES) or code == "rest_no_route":
        raise WordPressError("wp.http.rest_disabled", url=where, detail=message or code)
    if status == 401:
        raise WordPressError("wp.http.unauthorized", url=where)
    if status == 403:
        raise WordPressError("wp.http.forbidden", url=where, detail=message or code)
    if status in (404, 410):
        raise WordPressError("wp.http.not_found", url=where)
    raise WordPressError("wp.http.status", url=where, status=status, detail=message or code or "no reason given")
