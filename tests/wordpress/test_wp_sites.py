"""Sites and passwords: URLs normalised, plain http refused off this machine, passwords never in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.wordpress.errors import WordPressError
from editor.wordpress.sites import KEYRING_SERVICE, Passwords, Site, SiteStore, normalize_url


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("example.org", "https://example.org"),
        ("https://Example.org/", "https://example.org"),
        ("https://example.org/blog/wp-json/", "https://example.org/blog"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://127.0.0.1:8089", "http://127.0.0.1:8089"),
    ],
)
def test_site_urls_are_normalised(typed: str, url: str) -> None:
    assert normalize_url(typed) == url


@pytest.mark.parametrize("typed", ["http://example.org", "http://192.168.1.4/", "http://intranet"])
def test_plain_http_is_refused_off_this_machine_with_the_reason(typed: str) -> None:
    with pytest.raises(WordPressError) as caught:
        normalize_url(typed)
    assert caught.value.code == "wp.site.plain_http"
    assert "unencrypted" in caught.value.message()


@pytest.mark.parametrize("typed", ["ftp://example.org", "https://", "https://user:pw@example.org"])
def test_what_is_not_a_web_address_is_refused(typed: str) -> None:
    with pytest.raises(WordPressError) as caught:
        normalize_url(typed)
    assert caught.value.code == "wp.site.bad_url"


def test_the_store_keeps_url_and_user_and_finds_sites(app_home: Path) -> None:
    store = SiteStore()
    with pytest.raises(WordPressError) as caught:
        store.find(None)
    assert caught.value.code == "wp.site.none"
    store.add(Site("https://example.org", "anne"))
    store.add(Site("https://example.org/fr", "bob"))
    store.add(Site("https://example.org", "claire"))  # replaces anne
    assert [(site.url, site.user) for site in store.sites()] == [
        ("https://example.org/fr", "bob"),
        ("https://example.org", "claire"),
    ]
    assert store.find("https://example.org/fr/politique/").user == "bob"
    assert store.find("example.org/contact").user == "claire"
    with pytest.raises(WordPressError) as caught:
        store.find(None)
    assert caught.value.code == "wp.site.ambiguous"
    with pytest.raises(WordPressError) as caught:
        store.find("https://other.example")
    assert caught.value.code == "wp.site.unknown"


def test_passwords_go_to_the_keyring_and_never_to_the_sites_file(app_home: Path, memory_keyring) -> None:
    site = Site("https://example.org", "anne")
    SiteStore().add(site)
    passwords = Passwords(memory_keyring)
    assert passwords.persistent
    assert passwords.set(site, "secret one two") is True
    assert memory_keyring.items == {(KEYRING_SERVICE, "anne@https://example.org"): "secret one two"}
    assert Passwords(memory_keyring).get(site) == "secret one two"  # another session finds it
    for path in app_home.rglob("*"):
        if path.is_file():
            assert "secret one two" not in path.read_text(encoding="utf-8", errors="replace")
    passwords.forget(site)
    assert Passwords(memory_keyring).get(site) is None


def test_without_a_keyring_a_password_lasts_the_session_only(app_home: Path) -> None:
    site = Site("https://example.org", "anne")
    passwords = Passwords(system=False)
    assert not passwords.persistent
    assert passwords.get(site) is None
    assert passwords.set(site, "secret") is False
    assert passwords.get(site) == "secret"
    assert Passwords(system=False).get(site) is None


def test_a_broken_keyring_falls_back_to_memory(app_home: Path) -> None:
    class Broken:
        priority = 5

        def get_password(self, *_: str) -> str:
            raise RuntimeError("locked")

        def set_password(self, *_: str) -> None:
            raise RuntimeError("locked")

    site = Site("https://example.org", "anne")
    passwords = Passwords(Broken())
    assert passwords.set(site, "secret") is False
    assert passwords.get(site) == "secret"


def test_a_damaged_sites_file_reads_as_no_sites(app_home: Path) -> None:
    store = SiteStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json", encoding="utf-8")
    assert store.sites() == []
