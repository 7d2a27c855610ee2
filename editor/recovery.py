"""Recovery journals: what a user typed survives a crash, a kill or a power cut.

Each open document with unsaved changes has one journal file in ``state_dir()/recovery``, never
next to the user's file (autosave must not overwrite what the user saved). A journal holds the
whole unsaved policy in the native text format, the path of the saved file (none for an untitled
document), the selected section and cursor, the time and the writing process (pid, host, start
time). It is written atomically, so a kill during a write leaves the previous journal.

At start, :func:`orphaned_journals` lists the journals whose process is gone: those are the
documents to offer for recovery. A document closed cleanly, saved or discarded removes its journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from editor import native, paths
from editor.errors import FileFormatError, ImportFailed, PolicyEditorError
from editor.locks import process_alive, process_start_token
from editor.model.policy import Policy, Section
from editor.native.header import dump_header
from editor.native.sections import dump_sections
from editor.storage import MAX_INPUT_BYTES, atomic_write, read_bytes

JOURNAL_FORMAT = "policy-editor-journal/1"
JOURNAL_SUFFIX = ".journal.json"
#: A journal keeps the text exactly, even a lone surrogate that no file format can hold: the
#: journal is what is left when saving fails, so it must never fail on the text itself.
JOURNAL_ERRORS = "surrogatepass"


def recovery_dir() -> Path:
    return paths.state_dir() / "recovery"


@dataclass(frozen=True)
class Selection:
    """Where the user was: the selected section id and the cursor position in its body."""

    section: str | None = None
    cursor: int = 0
    anchor: int | None = None


@dataclass(frozen=True)
class JournalEntry:
    """One journal as read from disk (the policy stays as text until it is restored)."""

    file: Path
    document_id: str
    path: str | None
    title: str
    text: str
    selection: Selection
    time: str
    pid: int
    host: str
    started: str

    @property
    def owner_alive(self) -> bool:
        """True while the process that writes this journal still runs (or runs on another host)."""
        if self.host != socket.gethostname():
            return True
        return process_alive(self.pid, self.started)

    def policy(self) -> Policy:
        """The unsaved policy; FileFormatError if the journal text is damaged."""
        return native.loads(self.text, str(self.file))

    def saved_text(self) -> str | None:
        """The saved file's text as the native format sees it now (None if missing or unreadable).

        The saved file may be of any importable kind; it is read through the importers and
        written as native text, so the diff compares like with like.
        """
        if not self.path:
            return None
        from editor.importers import import_file

        try:
            return native.dumps(import_file(self.path).policy)
        except PolicyEditorError:
            return None


class Journal:
    """The journal of one open document in this process."""

    def __init__(self, document_id: str | None = None) -> None:
        self.document_id = document_id or uuid.uuid4().hex
        self.file = recovery_dir() / f"{self.document_id}{JOURNAL_SUFFIX}"
        self._pid = os.getpid()
        self._started = process_start_token(self._pid)
        self._host = socket.gethostname()
        self._text = _TextCache()

    def write(self, policy: Policy, path: str | None, selection: Selection = Selection()) -> None:
        """Record the unsaved ``policy`` (atomically); raises ExportFailed when the folder cannot be written.

        The file is one line of JSON (who, where, when) followed by the policy's native text as is:
        no JSON escaping of a text that may be megabytes long, and readable in any editor.
        """
        header = {
            "format": JOURNAL_FORMAT,
            "document": self.document_id,
            "path": str(path) if path else None,
            "title": policy.meta.title,
            "section": selection.section,
            "cursor": selection.cursor,
            "anchor": selection.anchor,
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "pid": self._pid,
            "host": self._host,
            "started": self._started,
        }
        data = b"".join((json.dumps(header).encode("ascii"), b"\n", *self._text.encoded_parts(policy)))
        self.file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.file, data, keep_backup=False)

    def remove(self) -> None:
        """Forget the journal: the document was saved, closed cleanly or its changes discarded."""
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()

    def exists(self) -> bool:
        return self.file.exists()


def read_journal(file: str | Path) -> JournalEntry:
    """Read one journal; ImportFailed/FileFormatError naming the file when it is damaged."""
    file = Path(file)
    raw = read_bytes(file, MAX_INPUT_BYTES)
    head, _newline, body = raw.partition(b"\n")
    try:
        data = json.loads(head.decode("utf-8"))
        text = body.decode("utf-8", "surrogatepass")
    except (UnicodeDecodeError, ValueError) as error:
        raise FileFormatError("recovery.unreadable", path=str(file), detail=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise FileFormatError("recovery.format", path=str(file), detail=str(found))
    if not _newline:
        raise FileFormatError("recovery.format", path=str(file), detail="no policy text")
    try:
        return JournalEntry(
            file=file,
            document_id=str(data["document"]),
            path=data.get("path") or None,
            title=str(data.get("title") or ""),
            text=text,
            selection=Selection(
                data.get("section"),
                int(data.get("cursor") or 0),
                None if data.get("anchor") is None else int(data["anchor"]),
            ),
            time=str(data.get("time", "")),
            pid=int(data["pid"]),
            host=str(data.get("host", "")),
            started=str(data.get("started", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise FileFormatError("recovery.format", path=str(file), detail=f"missing or bad {error}") from None


class _TextCache:
    """The native text of a policy, re-serialising only the top-level sections that changed.

    Sections are immutable and an edit shares every untouched section with the previous policy,
    so the text of a section object that was already written is reused (keyed by identity, with
    the object kept alive so its id cannot be reused).
    """

    def __init__(self) -> None:
        self._parts: dict[int, tuple[Section, bytes]] = {}

    def encoded_parts(self, policy: Policy) -> list[bytes]:
        """The UTF-8 native text of ``policy`` in pieces (header, then one per top-level section)."""
        parts = [dump_header(policy.meta, policy.origin, policy.translated_from).encode("utf-8", JOURNAL_ERRORS)]
        fresh: dict[int, tuple[Section, bytes]] = {}
        for top in policy.sections:
            known = self._parts.get(id(top))
            if known is None or known[0] is not top:
                known = (top, dump_sections((top,)).encode("utf-8", JOURNAL_ERRORS))
            fresh[id(top)] = known
            parts.append(known[1])
        self._parts = fresh
        return parts

    def dumps(self, policy: Policy) -> str:
        return b"".join(self.encoded_parts(policy)).decode("utf-8", JOURNAL_ERRORS)


def all_journals() -> list[Path]:
    folder = recovery_dir()
    try:
        return sorted(folder.glob("*" + JOURNAL_SUFFIX))
    except OSError:
        return []


def orphaned_journals() -> tuple[list[JournalEntry], list[PolicyEditorError]]:
    """Journals left by processes that are gone (newest first), and the damaged ones as errors."""
    found: list[JournalEntry] = []
    damaged: list[PolicyEditorError] = []
    for file in all_journals():
        try:
            entry = read_journal(file)
        except (ImportFailed, FileFormatError) as error:
            if error.code != "file.not_found":  # removed by its owner while we listed
                damaged.append(error)
            continue
        if not entry.owner_alive:
            found.append(entry)
    found.sort(key=lambda entry: entry.time, reverse=True)
    return found, damaged


def adopt(entry: JournalEntry) -> Journal:
    """Take over an orphaned journal: this process now keeps it up to date (same file)."""
    journal = Journal(entry.document_id)
    return journal


def discard(entry: JournalEntry) -> None:
    """Delete a journal the user chose not to restore."""
    with contextlib.suppress(FileNotFoundError):
        entry.file.unlink()
