"""Images embedded in a policy (``data:`` URLs) uploaded to the site's media library on push.

Each distinct image is uploaded once per site: its SHA-256 and the media record WordPress gave
(id and URL) are remembered in the state folder; on the next push the record is checked (a
deleted media item is uploaded again) and the content refers to the uploaded URL.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.paths import state_dir
from editor.storage import atomic_write
from editor.wordpress.client import Client
from editor.wordpress.errors import WordPressError

MEDIA_FILE = "wordpress-media.json"
_EMBEDDED = re.compile(
    r"""(?P<q>["'])(?P<uri>data:(?P<mime>image/[a-z0-9.+-]+);base64,(?P<data>[A-Za-z0-9+/=\s]+))(?P=q)"""
)
_SUFFIX = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "image/avif": "avif"}

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Uploaded:
    id: int
    url: str


class MediaMemory:
    """Which image (by SHA-256) was uploaded to which site, as which media item."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or state_dir() / MEDIA_FILE

    def _load(self) -> dict[str, dict[str, dict[str, object]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, site: str, digest: str) -> Uploaded | None:
        entry = self._load().get(site, {}).get(digest)
        if isinstance(entry, dict) and isinstance(entry.get("id"), int) and isinstance(entry.get("url"), str):
            return Uploaded(int(entry["id"]), str(entry["url"]))
        return None

    def put(self, site: str, digest: str, uploaded: Uploaded) -> None:
        data = self._load()
        data.setdefault(site, {})[digest] = {"id": uploaded.id, "url": uploaded.url}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode(), keep_backup=False)


def embedded_images(content: str) -> list[tuple[str, str, bytes]]:
    """The distinct embedded images of ``content``: (data URL as written, MIME type, bytes)."""
    found: dict[str, tuple[str, str, bytes]] = {}
    for match in _EMBEDDED.finditer(content):
        uri = match.group("uri")
        if uri in found:
            continue
        try:
            data = base64.b64decode("".join(match.group("data").split()), validate=True)
        except (binascii.Error, ValueError):
            continue
        found[uri] = (uri, match.group("mime").lower(), data)
    return list(found.values())


def upload_embedded(
    client: Client, content: str, memory: MediaMemory, progress: Progress | None = None
) -> tuple[str, list[Uploaded]]:
    """``content`` with each embedded image replaced by its media-library URL; the new uploads."""
    images = embedded_images(content)
    uploads: list[Uploaded] = []
    for index, (uri, mime, data) in enumerate(images, start=1):
        if progress is not None:
            progress("media", index, len(images))
        if mime not in _SUFFIX:
            raise WordPressError("wp.media.type", index=index, mime=mime)
        digest = hashlib.sha256(data).hexdigest()
        known = memory.get(client.site.url, digest)
        if known is not None and _still_there(client, known):
            uploaded = known
        else:
            name = f"policy-image-{digest[:12]}.{_SUFFIX[mime]}"
            record = client.upload("/wp/v2/media", data, name, mime).data
            uploaded = Uploaded(int(record.get("id") or 0), str(record.get("source_url") or ""))
            if not uploaded.id or not uploaded.url:
                raise WordPressError("wp.http.bad_json", url=client.site.url, detail="no id or source_url")
            memory.put(client.site.url, digest, uploaded)
            uploads.append(uploaded)
        content = content.replace(uri, uploaded.url)
    return content, uploads


def _still_there(client: Client, known: Uploaded) -> bool:
    try:
        record = client.get(f"/wp/v2/media/{known.id}", {"context": "edit", "_fields": "id,source_url"}).data
    except WordPressError as error:
        if error.code == "wp.http.not_found":
            return False
        raise
    return isinstance(record, dict) and record.get("source_url") == known.url
