"""The REST client against fake sites: every failure is one plain-words error, never the password."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from editor.wordpress.client import CancelToken, Client
from editor.wordpress.errors import Cancelled, WordPressError
from editor.wordpress.sites import Site
from tests.wordpress.conftest import answer

SECRET = "abcd efgh ijkl mnop qrst uvwx"


def client_for(url: str, timeout: float = 5, token: CancelToken | None = None) -> Client:
    return Client(Site(url, "editor"), SECRET, timeout=timeout, token=token)


def failure(client: Client, route: str = "/wp/v2/users/me") -> WordPressError:
    with pytest.raises(WordPressError) as caught:
        client.get(route)
    error = caught.value
    assert SECRET not in error.message() and "Basic " not in error.message()
    return error


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (401, {"code": "incorrect_password", "message": "wrong"}, "wp.http.unauthorized"),
        (403, {"code": "rest_forbidden", "message": "Sorry, you are not allowed to do that."}, "wp.http.forbidden"),
        (404, {"code": "rest_post_invalid_id", "message": "Invalid post ID."}, "wp.http.not_found"),
        (404, {"code": "rest_no_route", "message": "No route was found"}, "wp.http.rest_disabled"),
        (401, {"code": "rest_disabled", "message": "The REST API is disabled on this site."}, "wp.http.rest_disabled"),
        (500, {"code": "internal_server_error", "message": "critical error"}, "wp.http.server"),
        (503, "<html><title>Maintenance</title></html>", "wp.http.server"),
        (200, "<html><head><title>Just a moment...</title></head></html>", "wp.http.html"),
        (403, "<html><head><title>Access denied</title></head></html>", "wp.http.html"),
        (200, "{not json", "wp.http.bad_json"),
        (400, {"code": "rest_invalid_param", "message": "Invalid parameter(s): status"}, "wp.http.status"),
    ],
)
def test_each_answer_becomes_one_error(fake_site, status, body, code) -> None:
    text = body if isinstance(body, str) else json.dumps(body)
    kind = "text/html" if text.startswith("<") else "application/json"
    site = fake_site(answer(status, text, kind))
    error = failure(client_for(site.url))
    assert error.code == code
    assert site.url in error.message()


def test_the_html_error_names_the_page_title(fake_site) -> None:
    site = fake_site(answer(200, "<html><title>Site under maintenance</title></html>", "text/html"))
    assert "Site under maintenance" in failure(client_for(site.url)).message()


def test_a_site_without_pretty_permalinks_is_reached_through_rest_route(fake_site) -> None:
    def handle(request: BaseHTTPRequestHandler) -> None:
        if request.path.startswith("/wp-json/"):
            answer(404, "<html><title>Not found</title></html>", "text/html")(request)
        else:
            answer(200, json.dumps({"id": 1, "name": "Editor"}))(request)

    site = fake_site(handle)
    client = client_for(site.url)
    assert client.get("/wp/v2/users/me").data["name"] == "Editor"
    assert site.requests[-1]["path"].startswith("/?rest_route=/wp/v2/users/me")
    client.get("/wp/v2/pages", {"per_page": 1})
    assert site.requests[-1]["path"].startswith("/?rest_route=/wp/v2/pages&per_page=1")


def test_rest_api_missing_everywhere_is_rest_disabled(fake_site) -> None:
    site = fake_site(answer(404, "<html><title>Page not found</title></html>", "text/html"))
    assert failure(client_for(site.url)).code == "wp.http.rest_disabled"


def test_a_redirect_to_another_host_is_never_followed_with_credentials(fake_site) -> None:
    other = fake_site(answer(200, "{}"))
    elsewhere = other.url.replace("127.0.0.1", "localhost")
    site = fake_site(answer(302, "", Location=f"{elsewhere}/wp-json/wp/v2/users/me"))
    error = failure(client_for(site.url))
    assert error.code == "wp.http.redirect"
    assert elsewhere in error.message()
    assert other.requests == []
    assert site.requests[0]["authorization"].startswith("Basic ")


def test_a_redirect_on_the_same_site_is_followed_for_reads(fake_site) -> None:
    def handle(request: BaseHTTPRequestHandler) -> None:
        if request.path.endswith("/me"):
            answer(301, "", Location=request.path + "/")(request)
        else:
            answer(200, json.dumps({"id": 7}))(request)

    site = fake_site(handle)
    assert client_for(site.url).get("/wp/v2/users/me").data == {"id": 7}


def test_a_write_is_never_redirected(fake_site) -> None:
    site = fake_site(answer(307, "", Location="/elsewhere"))
    with pytest.raises(WordPressError) as caught:
        client_for(site.url).post("/wp/v2/pages/3", {"title": "x"})
    assert caught.value.code == "wp.http.redirect"
    assert len(site.requests) == 1


def hanging_site(fake_site):
    holder: dict[str, object] = {}

    def handle(request: BaseHTTPRequestHandler) -> None:
        holder["site"].release.wait(30)  # type: ignore[attr-defined]

    site = fake_site(handle)
    holder["site"] = site
    return site


def test_a_site_that_hangs_times_out(fake_site) -> None:
    site = hanging_site(fake_site)
    error = failure(client_for(site.url, timeout=0.3))
    assert error.code == "wp.http.timeout"
    assert "0.3 s" in error.message()


def test_cancel_stops_a_request_in_flight(fake_site) -> None:
    site = hanging_site(fake_site)
    token = CancelToken()
    client = client_for(site.url, timeout=60, token=token)
    while_waiting = threading.Timer(0.2, token.cancel)
    while_waiting.start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        client.get("/wp/v2/users/me")
    assert time.monotonic() - started < 30  # not the 60 s timeout: the socket was shut down
    with pytest.raises(Cancelled):
        client.get("/wp/v2/users/me")  # and nothing more is sent


def test_tls_failure_is_named(fake_site) -> None:
    site = fake_site(answer(200, "{}"))
    error = failure(client_for(site.url.replace("http://", "https://")))
    assert error.code == "wp.http.tls"


def test_nothing_listening_is_a_connection_error() -> None:
    error = failure(client_for("http://127.0.0.1:9"))
    assert error.code == "wp.http.connect"


def test_a_failed_push_changes_nothing_and_says_why(fake_site, app_home) -> None:
    from editor.model.policy import Metadata, Policy, Section
    from editor.wordpress.origin import Origin
    from editor.wordpress.publish import push

    page = {"id": 7, "title": {"raw": "P"}, "content": {"raw": "<p>x</p>"}, "modified_gmt": "2026-01-01T00:00:00"}

    def handle(request: BaseHTTPRequestHandler) -> None:
        if request.command == "GET":
            answer(200, json.dumps(page))(request)
        else:
            answer(502, "<html><title>Bad gateway</title></html>", "text/html")(request)

    site = fake_site(handle)
    origin = Origin(site.url, 7, page["modified_gmt"], "<p>x</p>", title="P")
    policy = origin.attach(Policy(Metadata(title="P"), (Section("a", "A", 2, "Texte."),)))
    with pytest.raises(WordPressError) as caught:
        push(client_for(site.url), policy)
    assert caught.value.code == "wp.http.server" and "(502)" in caught.value.message()
    assert Origin.of(policy) == origin
    assert [entry["path"].split("?")[0] for entry in site.requests] == ["/wp-json/wp/v2/pages/7"] * 2
