"""The fingerprint of a section's own text (title and body, not its subsections).

Short (12 hex digits of SHA-256), so it reads well in a file header and in a diff.
"""

from __future__ import annotations

import hashlib

from editor.model.policy import Section

LENGTH = 12


def fingerprint(section: Section) -> str:
    text = section.title.strip() + "\n\n" + section.body.strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:LENGTH]
