"""The source text a translation was made from, found again by its fingerprint.

A target file records only fingerprints. To show a translator what changed in the source since
the translation, the source sections' texts are remembered when a translation is marked or
exported (a small content-addressed store in the app's state folder), and the published versions
of the source file are searched too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from editor.errors import PolicyEditorError
from editor.locales.fingerprint import fingerprint
from editor.model.policy import Section
from editor.paths import state_dir


def store_dir() -> Path:
    return state_dir() / "translation-sources"


def _file(print_: str) -> Path:
    return store_dir() / print_[:2] / f"{print_}.json"


def remember(sections: Iterable[Section]) -> None:
    """Keep the title and body of each section under its fingerprint (best effort: never fails)."""
    for section in sections:
        path = _file(fingerprint(section))
        if path.exists():
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({"title": section.title, "body": section.body}, ensure_ascii=False)
            path.write_text(text, encoding="utf-8")
        except OSError:
            return


def recall(print_: str, section_id: str, source_path: str | Path | None = None) -> Section | None:
    """The source section whose fingerprint is ``print_``: from the store, else a published version."""
    path = _file(print_)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Section(section_id, data["title"], 2, data["body"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if source_path is None:
        return None
    from editor.legal.versions import list_versions, load_version

    try:
        versions = list_versions(source_path)
    except PolicyEditorError:
        return None
    for version in reversed(versions):
        try:
            old = load_version(source_path, version.label).find(section_id)
        except PolicyEditorError:
            continue
        if old is not None and fingerprint(old) == print_:
            return old
    return None
