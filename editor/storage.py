"""Reading and writing the user's files safely.

Reads give clear errors (missing, folder, unreadable, too large). Writes go to a temporary file
in the same folder, are flushed and fsynced, then atomically replace the target, keeping the
previous version as ``NAME.bak``: a crash at any point leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from editor.errors import ExportFailed, ImportFailed

#: Largest input file the importers accept (bytes).
MAX_INPUT_BYTES = 200 * 1024 * 1024


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The file's bytes, or an ImportFailed naming the file and the reason."""
    target = Path(path)
    name = str(path)
    try:
        if target.is_dir():
            raise ImportFailed("file.is_directory", path=name)
        size = target.stat().st_size
        if size > limit:
            raise ImportFailed("file.too_large", path=name, size=size, limit=limit)
        with target.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportFailed("file.not_found", path=name) from None
    except OSError as error:
        raise ImportFailed("file.unreadable", path=name, detail=error.strerror or str(error)) from None


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write(path: str | Path, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    target = Path(path)
    name = str(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportFailed("file.unwritable", path=name, detail=error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
            if keep_backup:
                _refresh_backup(target)
        os.replace(temp_name, target)
        _fsync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ExportFailed("file.unwritable", path=name, detail=error.strerror or str(error)) from None


def _refresh_backup(target: Path) -> None:
    """Hard-link (or copy) the current file to NAME.bak before it is replaced."""
    backup = backup_path(target)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(backup)
    try:
        os.link(target, backup)
    except OSError:
        backup.write_bytes(target.read_bytes())


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
