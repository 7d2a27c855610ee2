"""Errors and warnings of the core: each carries a code and parameters, never UI prose.

The texts of the codes are in one catalogue (:mod:`editor.catalogue`): the CLI prints them in
English through :func:`describe` (notices: :func:`technical`), the GUI translates the same
entries (``editor.gui.messages``). A notice says where it applies with a structured
:class:`Where` (section id, field, position, the words found there), never with prose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.catalogue import CATALOGUE, Entry


def register_messages(messages: dict[str, str]) -> None:
    """Add texts for codes the catalogue does not hold (the typography rules' findings).

    Errors and notices belong in :data:`editor.catalogue.CATALOGUE`, where they are translated;
    this never replaces a catalogue entry.
    """
    for code, template in messages.items():
        CATALOGUE.setdefault(code, Entry(template))


def _format(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} {params}"


def describe(code: str, params: dict[str, Any]) -> str:
    """The plain English text of a code; falls back to the code and its parameters."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code + (f" {params}" if params else "")
    return _format(entry.text, params)


def technical(code: str, params: dict[str, Any]) -> str:
    """The technical English account of a code (for the log and the CLI), else its plain text."""
    entry = CATALOGUE.get(code)
    if entry is None or not entry.detail:
        return describe(code, params)
    return _format(entry.detail, params)


class PolicyEditorError(Exception):
    """Base of every error the core raises on purpose: a code, parameters, and where."""

    def __init__(self, code: str, /, *, path: str | None = None, line: int | None = None, **params: Any):
        self.code = code
        self.params = params
        self.path = path
        self.line = line
        super().__init__(self.message())

    def message(self) -> str:
        """One line: ``path:line: reason`` (the parts that are known)."""
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        return where + describe(self.code, self.params)


class FileFormatError(PolicyEditorError):
    """A file that cannot be read as the format it claims to be (names file, line and reason)."""


class OperationError(PolicyEditorError):
    """A model operation that is not allowed; the policy is left unchanged."""


class ImportFailed(PolicyEditorError):
    """Input that an importer cannot read at all."""


class ExportFailed(PolicyEditorError):
    """An export that cannot be produced or written."""


@dataclass(frozen=True)
class Where:
    """Where a notice applies; every part is optional.

    ``section``: a section id; ``field``: the part of the input (``file``, ``content``, ``title``,
    ``heading``, ``styles``); ``position``: a line of the file or an offset in the field; ``near``:
    the words of the document found there (a title, the start of a paragraph).
    """

    section: str = ""
    field: str = ""
    position: int | None = None
    near: str = ""

    def __bool__(self) -> bool:
        return bool(self.section or self.field or self.position is not None or self.near)

    def __str__(self) -> str:
        """For the log and the CLI: ``content, at 'Les renseignements'``, ``section 'cookies'``."""
        parts = [f"section {self.section!r}"] if self.section else []
        if self.field and not self.section:
            parts.append(self.field)
        if self.near:
            parts.append(f"at {self.near!r}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Notice:
    """A warning an importer or exporter reports: what was repaired, dropped or guessed, and where."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    where: Where = field(default_factory=Where)

    def __post_init__(self) -> None:
        if isinstance(self.where, str):  # an old call site naming a field: kept readable, flagged by tests
            object.__setattr__(self, "where", Where(field=self.where))

    def text(self) -> str:
        """What the user must know, in plain English (the GUI shows the translation of the same entry)."""
        return describe(self.code, self.params)

    def message(self) -> str:
        """One technical line for the log and the CLI: ``where: what was done``."""
        text = technical(self.code, self.params)
        where = str(self.where)
        return f"{where}: {text}" if where else text
