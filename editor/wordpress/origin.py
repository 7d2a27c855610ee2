"""The origin record of a policy pulled from a site: where it came from and what the site had then.

Stored in the policy's ``origin`` mapping under ``"remote"`` (so it travels in the ``.policy.md``
header) next to the page fields the importer keeps. ``modified_gmt`` is what the conflict check
compares; ``raw`` is the page's source markup as pulled (what a conflict compares the site's
current text with); ``synced`` is a fingerprint of the update payload the policy gave at the last
pull or push (a policy whose payload differs has changed locally). Never a password.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from editor.model.policy import Policy

KEY = "remote"


@dataclass(frozen=True)
class Origin:
    """The site, the page and its state when the policy was last pulled or pushed."""

    site: str
    id: int
    modified_gmt: str
    raw: str
    synced: str = ""
    link: str = ""
    status: str = ""
    title: str = ""

    @classmethod
    def of(cls, policy: Policy) -> Origin | None:
        """The record of ``policy``, or None for a policy that was never pulled or pushed."""
        record = policy.origin.get(KEY)
        if not isinstance(record, dict):
            return None
        try:
            return cls(
                site=str(record["site"]),
                id=int(record["id"]),
                modified_gmt=str(record.get("modified_gmt") or ""),
                raw=str(record.get("raw") or ""),
                synced=str(record.get("synced") or ""),
                link=str(record.get("link") or ""),
                status=str(record.get("status") or ""),
                title=str(record.get("title") or ""),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def attach(self, policy: Policy) -> Policy:
        """``policy`` carrying this record."""
        origin = dict(policy.origin)
        origin[KEY] = asdict(self)
        return replace(policy, origin=origin)


def fingerprint(payload: dict[str, Any]) -> str:
    """A short hash of an update payload's title, content and slug (the status is the push's choice)."""
    kept = {key: payload.get(key) for key in ("title", "content", "slug")}
    text = json.dumps(kept, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
