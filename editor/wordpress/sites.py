"""WordPress sites: a URL and a user kept in the settings folder, the password kept elsewhere.

The application password (WordPress's REST credentials) goes to the system keyring through the
``keyring`` library when a real backend is available; otherwise it is kept in memory for the
session only and asked again next time. It is never written to the sites file, a log, an error
message or a policy. Plain ``http://`` is refused except for localhost and 127.0.0.1.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from editor.paths import config_dir
from editor.storage import atomic_write
from editor.wordpress.errors import WordPressError

#: Service name under which passwords are kept in the system keyring.
KEYRING_SERVICE = "policy-editor-wordpress"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SITES_FILE = "wordpress-sites.json"


@dataclass(frozen=True)
class Site:
    """A WordPress site as the user named it: its base URL (no trailing slash) and a user name."""

    url: str
    user: str

    @property
    def key(self) -> str:
        """The keyring entry name: one password per user and site."""
        return f"{self.user}@{self.url}"


def normalize_url(text: str) -> str:
    """The site's base URL: scheme (https when none is typed), host, port and path, no trailing slash.

    Raises ``wp.site.bad_url`` for anything that is not a web address and ``wp.site.plain_http``
    for plain http to a host other than this machine.
    """
    text = text.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        raise WordPressError("wp.site.bad_url", url=text)
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise WordPressError("wp.site.plain_http", url=text)
    path = parts.path.rstrip("/")
    for suffix in ("/wp-json", "/wp-admin", "/wp-login.php"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


class SiteStore:
    """The sites file (URL and user of each site; never a password) in the settings folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / SITES_FILE

    def sites(self) -> list[Site]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        items = data.get("sites") if isinstance(data, dict) else None
        return [
            Site(str(item["url"]), str(item["user"]))
            for item in items or []
            if isinstance(item, dict) and isinstance(item.get("url"), str) and isinstance(item.get("user"), str)
        ]

    def add(self, site: Site) -> None:
        """Add or replace the site with this URL."""
        sites = [known for known in self.sites() if known.url != site.url] + [site]
        self._write(sites)

    def remove(self, url: str) -> None:
        self._write([known for known in self.sites() if known.url != url])

    def find(self, url: str | None) -> Site:
        """The site with this URL (or the page URL's site); the only site when ``url`` is None."""
        sites = self.sites()
        if url is None:
            if not sites:
                raise WordPressError("wp.site.none")
            if len(sites) > 1:
                raise WordPressError("wp.site.ambiguous", sites=", ".join(site.url for site in sites))
            return sites[0]
        wanted = normalize_url(url)
        for site in sorted(sites, key=lambda known: len(known.url), reverse=True):
            if wanted == site.url or wanted.startswith(site.url + "/"):
                return site
        raise WordPressError("wp.site.unknown", url=wanted)

    def _write(self, sites: list[Site]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"sites": [asdict(site) for site in sites]}, indent=2) + "\n"
        atomic_write(self.path, text.encode("utf-8"), keep_backup=False)


class Passwords:
    """Application passwords: in the system keyring when there is one, else in memory for the session."""

    def __init__(self, backend: Any = None, *, system: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self._keyring = backend if backend is not None else _system_keyring() if system else None

    @property
    def persistent(self) -> bool:
        """True when passwords outlive the session (a system keyring is in use)."""
        return self._keyring is not None

    def get(self, site: Site) -> str | None:
        if site.key in self._memory:
            return self._memory[site.key]
        if self._keyring is None:
            return None
        try:
            value = self._keyring.get_password(KEYRING_SERVICE, site.key)
        except Exception:  # noqa: BLE001 - a locked or broken keyring is the same as no keyring
            return None
        return value if isinstance(value, str) and value else None

    def set(self, site: Site, password: str) -> bool:
        """Keep ``password``; True when it went to the keyring, False when kept in memory only."""
        self._memory[site.key] = password
        if self._keyring is None:
            return False
        try:
            self._keyring.set_password(KEYRING_SERVICE, site.key, password)
        except Exception:  # noqa: BLE001 - keep it for the session; the caller says it is not stored
            return False
        return True

    def forget(self, site: Site) -> None:
        self._memory.pop(site.key, None)
        if self._keyring is not None:
            try:
                self._keyring.delete_password(KEYRING_SERVICE, site.key)
            except Exception:  # noqa: BLE001 - nothing stored is fine
                pass


def _system_keyring() -> Any:
    """The keyring backend when a real one is available (priority >= 1), else None."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - no keyring at all
        return None
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001
        return None
    return backend if priority >= 1 else None


_SESSION: Passwords | None = None


def session_passwords() -> Passwords:
    """The passwords of this process (one memory for every window of the session)."""
    global _SESSION
    if _SESSION is None:
        _SESSION = Passwords()
    return _SESSION


def use_passwords(passwords: Passwords | None) -> None:
    """Replace the session's password keeper (tests use an in-memory keyring)."""
    global _SESSION
    _SESSION = passwords
