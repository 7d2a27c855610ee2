"""Reading and writing the user's files safely.

Reads give clear errors (missing, folder, unreadable, too large). Writes go to a temporary file
in the same folder, are flushed and fsynced, then atomically replace the target, keeping the
previous version as ``NAME.bak``: a kill or power cut at any point leaves the old file or the new
one, never a truncated one. Failures name the cause a user can act on: a read-only folder, a full
disk, a missing folder, a drive that went away. A failed write never leaves its temporary file
behind, and temporary files left by a killed process are cleaned up by the next save.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from editor.errors import ExportFailed, ImportFailed

#: Largest input file the importers accept (bytes). A policy, even a Word file with pictures, is far
#: smaller; the limit keeps a hostile or mistaken file from exhausting memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

#: Temporary files of a save look like ``.NAME.<random>.tmp`` in the target's folder.
TEMP_SUFFIX = ".tmp"

#: A temporary file this much older than now belongs to a save that was killed (seconds).
STALE_TEMP_AGE = 120.0


_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_DEVICE_GONE = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTCONN, errno.EHOSTDOWN}


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The file's bytes, or an ImportFailed naming the file and the reason.

    Only regular files are read: a folder, a named pipe (which would block for ever), a device or
    a socket is refused with a message, and so is a symbolic link that loops. The file is opened
    without blocking and checked again once open, so a file swapped for a pipe meanwhile is caught.
    """
    name = str(path)
    try:
        _check_regular(os.stat(path), name)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(handle, "rb") as stream:
            info = os.fstat(stream.fileno())
            _check_regular(info, name)
            if info.st_size > limit:
                raise ImportFailed("file.too_large", path=name, size=info.st_size, limit=limit)
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise ImportFailed("file.not_found", path=name) from None
    except OSError as error:
        raise _read_error(error, name) from None
    if len(data) > limit:  # grew while we read it
        raise ImportFailed("file.too_large", path=name, size=len(data), limit=limit)
    return data


_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_regular(info: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailed("file.is_directory", path=name)
    if not stat.S_ISREG(info.st_mode):
        kind = next((label for test, label in _KINDS if test(info.st_mode)), "a special file")
        raise ImportFailed("file.not_regular", path=name, kind=kind)


def _read_error(error: OSError, name: str) -> ImportFailed:
    if error.errno == errno.ELOOP:
        return ImportFailed("file.symlink_loop", path=name)
    if isinstance(error, IsADirectoryError):
        return ImportFailed("file.is_directory", path=name)
    return ImportFailed("file.unreadable", path=name, detail=error.strerror or str(error))


def resolve_path(path: str | Path) -> Path:
    """The absolute, symlink-free form of ``path``; a looping link is an ImportFailed, not a crash.

    (``Path.resolve`` raises RuntimeError on a loop before Python 3.13, OSError after.)
    """
    try:
        return Path(os.path.realpath(path, strict=False))
    except (OSError, RuntimeError, ValueError):
        raise ImportFailed("file.symlink_loop", path=str(path)) from None


def backup_path(path: str | Path) -> Path:
    """Where the previous version of ``path`` is kept after a save."""
    target = Path(path)
    return target.with_name(target.name + ".bak")


def write_error(path: str | Path, error: OSError) -> ExportFailed:
    """The ExportFailed a user can act on for an OSError met while writing ``path``."""
    target = Path(path)
    name = str(path)
    detail = error.strerror or str(error)
    folder = target.parent if str(target.parent) else Path(".")
    code = error.errno
    if code == errno.ENOENT and not folder.exists():
        return ExportFailed("file.folder_missing", path=name, folder=str(folder))
    if code == errno.ENOTDIR:
        return ExportFailed("file.folder_missing", path=name, folder=str(folder))
    if code in _READ_ONLY:
        return ExportFailed("file.read_only", path=name, detail=detail)
    if code in _DISK_FULL:
        return ExportFailed("file.disk_full", path=name, detail=detail)
    if code in _DEVICE_GONE:
        return ExportFailed("file.device_gone", path=name, detail=detail)
    return ExportFailed("file.unwritable", path=name, detail=detail)


def atomic_write(path: str | Path, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    Raises ExportFailed (``file.read_only``, ``file.disk_full``, ``file.folder_missing``,
    ``file.device_gone`` or ``file.unwritable``); the target and its backup are then unchanged.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportFailed("file.is_directory", path=str(path))
    remove_stale_temporaries(target)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise write_error(path, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            # mkstemp makes the file private (0600); give it the target's mode, or the mode a
            # plain new file would get, so a saved or exported file is readable as users expect.
            os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else _new_file_mode())
        if target.exists() and keep_backup:
            _refresh_backup(target)
        os.replace(temp_name, target)
    except OSError as error:
        _discard(temp_name)
        raise write_error(path, error) from None
    except BaseException:
        _discard(temp_name)
        raise
    _fsync_folder(folder)


def _new_file_mode() -> int:
    """The permissions ``open(path, "w")`` would give a new file (0666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def remove_stale_temporaries(target: Path, max_age: float = STALE_TEMP_AGE) -> list[Path]:
    """Delete the temporary files that killed saves of ``target`` left behind; return them."""
    folder = target.parent if str(target.parent) else Path(".")
    removed = []
    now = time.time()
    try:
        candidates = list(folder.glob(f".{_glob_escape(target.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if now - candidate.stat().st_mtime >= max_age:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def _discard(temp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp_name)


def _refresh_backup(target: Path) -> None:
    """Make NAME.bak the current file (a hard link, or an atomic copy) before it is replaced.

    The old backup is replaced in one step, so there is always a complete backup on disk.
    """
    backup = backup_path(target)
    folder = target.parent if str(target.parent) else Path(".")
    with contextlib.suppress(OSError):
        # A save killed right after this step leaves NAME and NAME.bak as two links to one file:
        # the backup is then already current, and rename() between two links of the same file
        # would do nothing and leave the temporary name behind.
        if os.path.samefile(target, backup):
            return
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(handle)
    try:
        os.unlink(temp_name)
        try:
            os.link(target, temp_name)
        except OSError:
            with open(target, "rb") as source, open(temp_name, "wb") as copy:
                while chunk := source.read(1 << 20):
                    copy.write(chunk)
                copy.flush()
                os.fsync(copy.fileno())
        os.replace(temp_name, backup)
    except BaseException:
        _discard(temp_name)
        raise
    if os.path.lexists(temp_name):  # the backup became a link to the same file meanwhile
        _discard(temp_name)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
