"""Document locks: notice that a document is already open in another window or process.

A lock is a small JSON file in ``state_dir()/locks``, named after a hash of the document's
absolute path (the document's own folder may be read-only or shared), holding the owner's
process id, host, process start time, a per-lock token and the time it was taken. A lock whose
process is gone (same host, dead pid, or a pid reused by another program) is stale and is taken
over silently. Locks are advisory: the user may open a document anyway after being warned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from editor import paths

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: enough to tell a user and to test whether it is still alive."""

    pid: int
    host: str
    started: str
    since: str
    token: str
    path: str

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_alive(self) -> bool:
        """True unless we can prove the owner is gone (only possible on this host)."""
        if self.host != socket.gethostname():
            return True
        return process_alive(self.pid, self.started)


def process_start_token(pid: int) -> str:
    """Something that changes when ``pid`` is reused: the start time on Linux, '' elsewhere."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
    except OSError:
        return ""
    # Field 22 (starttime) comes after the command name in parentheses, which may hold spaces.
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""


def process_alive(pid: int, started: str = "") -> bool:
    """True if process ``pid`` runs on this host (and is the same process when ``started`` is known)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by someone else
    except OSError:
        return False
    if started and _is_zombie(pid):
        return False
    if started:
        current = process_start_token(pid)
        if current and current != started:
            return False
    return True


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
    except OSError:
        return False
    fields = stat[stat.rfind(")") + 2 :].split()
    return bool(fields) and fields[0] in ("Z", "X")


def locks_dir() -> Path:
    return paths.state_dir() / "locks"


def lock_file(document: str | Path) -> Path:
    """The lock file of a document, keyed by its absolute, resolved path."""
    key = hashlib.sha256(str(_normal(document)).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return locks_dir() / (key + LOCK_SUFFIX)


def _normal(document: str | Path) -> Path:
    try:
        return Path(document).resolve()
    except OSError:
        return Path(os.path.abspath(document))


def read_owner(document: str | Path) -> LockOwner | None:
    """The current holder of the document's lock, or None (no lock, or an unreadable one)."""
    return _read(lock_file(document))


def _read(file: Path) -> LockOwner | None:
    try:
        data = json.loads(file.read_text("utf-8"))
        return LockOwner(
            pid=int(data["pid"]),
            host=str(data["host"]),
            started=str(data.get("started", "")),
            since=str(data.get("since", "")),
            token=str(data.get("token", "")),
            path=str(data.get("path", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DocumentLock:
    """A lock this process holds on one document; release it when the document is closed."""

    def __init__(self, document: str | Path, owner: LockOwner) -> None:
        self.document = str(_normal(document))
        self.owner = owner
        self.file = lock_file(document)

    def holds(self) -> bool:
        """True while the lock file on disk is still ours."""
        current = _read(self.file)
        return current is not None and current.token == self.owner.token

    def release(self) -> None:
        """Remove the lock file if it is still ours (someone may have taken it over)."""
        if self.holds():
            with contextlib.suppress(OSError):
                self.file.unlink()

    def __enter__(self) -> DocumentLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(frozen=True)
class LockAttempt:
    """The result of :func:`acquire`: our lock, or the live owner that holds it (or both, when forced)."""

    lock: DocumentLock | None
    holder: LockOwner | None
    took_over_stale: bool = False


def _new_owner(document: str | Path) -> LockOwner:
    pid = os.getpid()
    return LockOwner(
        pid=pid,
        host=socket.gethostname(),
        started=process_start_token(pid),
        since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        token=uuid.uuid4().hex,
        path=str(_normal(document)),
    )


def _payload(owner: LockOwner) -> bytes:
    data = {
        "pid": owner.pid,
        "host": owner.host,
        "started": owner.started,
        "since": owner.since,
        "token": owner.token,
        "path": owner.path,
    }
    return json.dumps(data).encode("utf-8")


def acquire(document: str | Path, force: bool = False) -> LockAttempt:
    """Take the lock of ``document``.

    If a live owner holds it (another process, or another window of this process), nothing is
    taken and ``holder`` says who, unless ``force`` (the user chose to open it anyway). A stale lock
    (its process is dead) is taken over. Failing to write the lock (read-only state folder) gives
    no lock and no holder: locking is advisory and must never stop a user from working.
    """
    file = lock_file(document)
    owner = _new_owner(document)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return LockAttempt(None, None)
    for _ in range(3):
        try:
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            current = _read(file)
            if current is not None and current.is_alive() and not force:
                return LockAttempt(None, current)
            if current is None and _young(file):
                continue  # being written by someone right now: read again
            stale = current is not None and not current.is_alive()
            if _replace(file, owner):
                return LockAttempt(DocumentLock(document, owner), current if force and not stale else None, stale)
            return LockAttempt(None, None)
        except OSError:
            return LockAttempt(None, None)
        try:
            os.write(fd, _payload(owner))
        finally:
            os.close(fd)
        return LockAttempt(DocumentLock(document, owner), None)
    if _replace(file, owner):
        return LockAttempt(DocumentLock(document, owner), None, True)
    return LockAttempt(None, None)


def _young(file: Path) -> bool:
    try:
        return (dt.datetime.now().timestamp() - file.stat().st_mtime) < 2.0
    except OSError:
        return False


def _replace(file: Path, owner: LockOwner) -> bool:
    temp = file.with_name(f".{file.name}.{owner.token}")
    try:
        temp.write_bytes(_payload(owner))
        os.replace(temp, file)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        return False
