"""The document model: a Policy (metadata, origin record) holding an ordered tree of Sections.

Objects are immutable: operations (:mod:`editor.model.ops`) return new policies that share
every untouched section with the old one, so undo keeps whole states cheaply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from editor.model.index import SectionIndex

PROFILES = ("fine", "nbsp")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_BARE_MARKER = re.compile(r"(?:\A|\n)[ \t]*(?:[-*+]|[0-9]{1,9}[.)])\Z")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def normalize_body(text: str) -> str:
    """The canonical form of a section body: '\\n' line ends, no blank lines at the start,
    no trailing spaces or newlines at the end (but the space of an empty last list item). No-break
    spaces are content and are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LEADING_BLANK_LINES.sub("", text)
    stripped = text.rstrip(" \t\n")
    if text[len(stripped) : len(stripped) + 1] == " " and _BARE_MARKER.search(stripped):
        return stripped + " "  # an empty last list item ("- "): a bare "-" would underline a heading
    return stripped


def normalize_title(text: str) -> str:
    """A title is one line without surrounding ASCII spaces."""
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").strip(" \t")


def count_words(text: str) -> int:
    """Words as a reader counts them (l’accès is one word, 2024 is one word)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Section:
    """One section: a stable id, a heading level (1-6), a title, a Markdown body, subsections."""

    id: str
    title: str
    level: int = 2
    body: str = ""
    children: tuple[Section, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", normalize_title(self.title))
        object.__setattr__(self, "body", normalize_body(self.body))
        if not isinstance(self.children, tuple):
            object.__setattr__(self, "children", tuple(self.children))

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def contains(self, section_id: str) -> bool:
        """True if this section or one of its descendants has ``section_id``."""
        return any(node.id == section_id for node in self.walk())

    def with_level(self, level: int) -> Section:
        """The same subtree moved to ``level`` (children follow, one deeper each)."""
        if level == self.level:
            return self
        return replace(
            self,
            level=level,
            children=tuple(child.with_level(level + 1) for child in self.children),
        )

    @property
    def words(self) -> int:
        """Words in the title and body of this section alone."""
        return count_words(self.title) + count_words(self.body)


@dataclass(frozen=True)
class Metadata:
    """What the policy says about itself; ``extra`` keeps header keys this version does not know."""

    title: str = ""
    locale: str = "fr-FR"
    slug: str = ""
    status: str = "draft"
    version: str = ""
    effective: dt.date | None = None
    updated: dt.date | None = None
    organisation: str = ""
    profile: str = "fine"
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Policy:
    """A legal policy in one locale: metadata, an opaque origin record and the section tree.

    ``origin`` keeps what an importer must give back on export (e.g. the WordPress page fields);
    the core never interprets it outside the importer/exporter pair that wrote it.
    """

    meta: Metadata = field(default_factory=Metadata)
    sections: tuple[Section, ...] = ()
    origin: Mapping[str, Any] = field(default_factory=dict)
    #: In a translation: section id -> fingerprint of the source section it was translated from.
    translated_from: Mapping[str, str] = field(default_factory=dict)

    #: The id index, built on the first lookup (see :mod:`editor.model.index`); not part of the value.
    _index: SectionIndex | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.sections, tuple):
            object.__setattr__(self, "sections", tuple(self.sections))

    @property
    def index(self) -> SectionIndex:
        """Every section's path by id, built once per policy value."""
        index = self._index
        if index is None:
            index = SectionIndex(self.sections)
            object.__setattr__(self, "_index", index)
        return index

    def evolve(self, same_shape: bool = False, **changes: Any) -> Policy:
        """This policy with some fields replaced (``dataclasses.replace``). ``same_shape``: every
        section id stays at the same path (only texts or metadata changed), so the new policy
        reuses this one's index instead of building its own."""
        policy = replace(self, **changes)
        if same_shape and self._index is not None:
            object.__setattr__(policy, "_index", self._index)
        return policy

    def walk(self) -> Iterator[Section]:
        """Every section in document order."""
        for section in self.sections:
            yield from section.walk()

    def ids(self) -> set[str]:
        return self.index.ids()

    def path_of(self, section_id: str) -> tuple[int, ...] | None:
        """The child indices from the top level down to the section, or None."""
        return self.index.path(section_id)

    def find(self, section_id: str) -> Section | None:
        path = self.index.path(section_id)
        if path is None:
            return None
        node = self.sections[path[0]]
        for i in path[1:]:
            node = node.children[i]
        return node

    def locate(self, section_id: str) -> tuple[str | None, int] | None:
        """(parent id or None for the top level, index among the parent's children)."""
        path = self.index.path(section_id)
        if path is None:
            return None
        if len(path) == 1:
            return None, path[0]
        parent = self.sections[path[0]]
        for i in path[1:-1]:
            parent = parent.children[i]
        return parent.id, path[-1]

    @property
    def words(self) -> int:
        return sum(section.words for section in self.walk())
