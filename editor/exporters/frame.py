"""The frame around a policy's sections in a document export: title block and table of contents.

Built once from the policy and the export context, then written by the HTML page and the DOCX
document in their own markup, so both show the same title, update line, version and contents.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from editor.exporters import labels
from editor.exporters.options import ExportContext
from editor.model.policy import Policy, Section
from editor.render.pipeline import title_tree


@dataclass(frozen=True)
class TocEntry:
    """A section in the contents: its title after typography (None for an untitled section)."""

    level: int
    id: str
    title: etree.Element | None
    children: tuple[TocEntry, ...]

    def walk(self) -> list[TocEntry]:
        """This entry and its descendants, in document order."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


@dataclass(frozen=True)
class Frame:
    """What comes before the sections: all texts in the policy's language, after typography."""

    title: etree.Element | None
    plain_title: str
    updated: dt.date | None
    updated_line: str  # empty when the policy has no date
    version_line: str
    organisation: str
    contents_label: str
    toc: tuple[TocEntry, ...]

    def toc_entries(self) -> list[TocEntry]:
        """The titled entries of the contents, flat, in document order."""
        return [entry for top in self.toc for entry in top.walk() if entry.title is not None]


def build_frame(policy: Policy, context: ExportContext) -> Frame:
    """The frame of ``policy``; the contents are empty when the ``toc`` option is false."""
    meta = policy.meta
    locale = meta.locale
    title = title_tree(meta.title, context.render) if meta.title else None
    updated = labels.update_date(policy, context.updated)
    return Frame(
        title=title,
        plain_title="".join(title.itertext()) if title is not None else "",
        updated=updated,
        updated_line=labels.label(locale, "updated", date=labels.format_date(updated, locale)) if updated else "",
        version_line=labels.label(locale, "version", version=meta.version) if meta.version else "",
        organisation=meta.organisation,
        contents_label=labels.label(locale, "contents"),
        toc=_entries(policy.sections, context) if context.toc else (),
    )


def _entries(sections: tuple[Section, ...], context: ExportContext) -> tuple[TocEntry, ...]:
    entries = []
    for section in sections:
        children = _entries(section.children, context)
        title = title_tree(section.title, context.render) if section.title else None
        if title is not None or children:
            entries.append(TocEntry(section.level, section.id, title, children))
    return tuple(entries)
