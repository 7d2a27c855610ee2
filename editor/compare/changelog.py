"""The change log drawn from a comparison: sections added, removed, renamed, moved and changed,
by title, in the policy's language, for the "what changed" notice users must be given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from editor.compare.sections import Comparison

EntryKind = Literal["added", "removed", "renamed", "moved", "changed"]

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "heading": "Ce qui a changé",
        "added": "Section ajoutée\u00a0: « {title} »",
        "removed": "Section supprimée\u00a0: « {title} »",
        "renamed": "Section renommée\u00a0: « {old} » devient « {title} »",
        "moved": "Section déplacée\u00a0: « {title} »",
        "changed": "Section modifiée\u00a0: « {title} »",
        "none": "Aucune modification des sections.",
        "untitled": "sans titre",
    },
    "en": {
        "heading": "What changed",
        "added": "Section added: “{title}”",
        "removed": "Section removed: “{title}”",
        "renamed": "Section renamed: “{old}” is now “{title}”",
        "moved": "Section moved: “{title}”",
        "changed": "Section changed: “{title}”",
        "none": "No section changed.",
        "untitled": "untitled",
    },
}
_ORDER: tuple[EntryKind, ...] = ("added", "removed", "renamed", "moved", "changed")


@dataclass(frozen=True)
class ChangeLogEntry:
    kind: EntryKind
    section_id: str
    title: str
    old_title: str = ""

    def text(self, locale: str) -> str:
        texts = _TEXTS[_language(locale)]
        untitled = texts["untitled"]
        return texts[self.kind].format(title=self.title or untitled, old=self.old_title or untitled)


def _language(locale: str) -> str:
    return "fr" if locale.replace("_", "-").lower().startswith("fr") else "en"


def change_log(comparison: Comparison) -> list[ChangeLogEntry]:
    """One entry per fact, grouped: added, removed, renamed, moved, then edited sections."""
    entries: list[ChangeLogEntry] = []
    for change in comparison.sections:
        old, new = change.old, change.new
        if new is None and old is not None:
            entries.append(ChangeLogEntry("removed", old.id, old.title))
            continue
        assert new is not None
        if old is None:
            entries.append(ChangeLogEntry("added", new.id, new.title))
            continue
        if change.renamed:
            entries.append(ChangeLogEntry("renamed", new.id, new.title, old.title))
        if change.moved:
            entries.append(ChangeLogEntry("moved", new.id, new.title))
        if change.edited:
            entries.append(ChangeLogEntry("changed", new.id, new.title))
    return sorted(entries, key=lambda entry: _ORDER.index(entry.kind))


def change_log_heading(locale: str) -> tuple[str, str]:
    """The change log's heading and the sentence shown when nothing changed, in ``locale``."""
    texts = _TEXTS[_language(locale)]
    return texts["heading"], texts["none"]


def change_log_markdown(comparison: Comparison, locale: str | None = None) -> str:
    """The change log as a Markdown list under a heading, in ``locale`` (default: the new policy's)."""
    locale = locale or comparison.new.meta.locale
    texts = _TEXTS[_language(locale)]
    entries = change_log(comparison)
    lines = [f"## {texts['heading']}", ""]
    lines += [f"- {entry.text(locale)}" for entry in entries] or [texts["none"]]
    return "\n".join(lines) + "\n"
