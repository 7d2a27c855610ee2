"""Pictures of a Word document kept as embedded images (``![alt](data:image/png;base64,...)``).

mammoth hands every picture to :meth:`ImageKeeper.convert`. Pictures in a format that browsers
and Word both show (PNG, JPEG, GIF) and within the size limits are kept; the HTML importer only
takes ordinary image addresses, so each kept picture goes through it under a placeholder address
that :meth:`ImageKeeper.embed` replaces with its ``data:`` URL in the section bodies. Every
picture left out is counted by reason (too large, over the document's total, format), and the
alternative text of a dropped picture stays in the text.
"""

from __future__ import annotations

import base64
import secrets
from collections import Counter
from dataclasses import replace
from typing import Any

from mammoth import html as mammoth_html

from editor.model.policy import Policy, Section

#: One picture at most (a full-page photo at screen resolution is well under it).
MAX_IMAGE_BYTES = 2 * 1024 * 1024
#: All pictures of one document: section bodies stay small enough to edit and to save.
MAX_TOTAL_BYTES = 8 * 1024 * 1024
KEPT_TYPES = {"image/png": "image/png", "image/jpeg": "image/jpeg", "image/jpg": "image/jpeg", "image/gif": "image/gif"}


class ImageKeeper:
    """Collects a document's pictures while mammoth reads it, then embeds them in the policy."""

    def __init__(self, max_image: int | None = None, max_total: int | None = None) -> None:
        self.max_image = MAX_IMAGE_BYTES if max_image is None else max_image
        self.max_total = MAX_TOTAL_BYTES if max_total is None else max_total
        self._prefix = f"docx-image-{secrets.token_hex(6)}-"
        self._sources: dict[str, str] = {}
        self._total = 0
        self.dropped: Counter[str] = Counter()  # reason ("size", "total", "format", "unreadable") -> count

    @property
    def kept(self) -> int:
        return len(self._sources)

    def convert(self, image: Any) -> list[Any]:
        """mammoth's ``convert_image`` callback: an ``<img>`` with a placeholder, or the alt text."""
        alt = (image.alt_text or "").strip()
        content_type = KEPT_TYPES.get((image.content_type or "").lower())
        if content_type is None:
            return self._drop("format", alt)
        try:
            with image.open() as stream:
                data = stream.read(self.max_image + 1)
        except (KeyError, OSError, ValueError):
            return self._drop("unreadable", alt)
        if not data:
            return self._drop("unreadable", alt)
        if len(data) > self.max_image:
            return self._drop("size", alt)
        if self._total + len(data) > self.max_total:
            return self._drop("total", alt)
        self._total += len(data)
        placeholder = f"{self._prefix}{len(self._sources) + 1}"
        self._sources[placeholder] = f"data:{content_type};base64,{base64.b64encode(data).decode('ascii')}"
        attributes = {"src": placeholder}
        if alt:
            attributes["alt"] = alt
        return [mammoth_html.element("img", attributes)]

    def _drop(self, reason: str, alt: str) -> list[Any]:
        self.dropped[reason] += 1
        return [mammoth_html.text(f"[{alt}]")] if alt else []

    def embed(self, policy: Policy) -> Policy:
        """``policy`` with every placeholder address replaced by its picture's ``data:`` URL."""
        if not self._sources:
            return policy
        return replace(policy, sections=tuple(self._embed(section) for section in policy.sections))

    def _embed(self, section: Section) -> Section:
        body = section.body
        if self._prefix in body:
            for placeholder, source in self._sources.items():
                body = body.replace(f"({placeholder})", f"({source})")
        children = tuple(self._embed(child) for child in section.children)
        if body == section.body and children == section.children:
            return section
        return replace(section, body=body, children=children)
