"""The app's log file: technical accounts (what an import repaired and where) that the user is spared.

``policy-editor.log`` in the log folder (:func:`editor.paths.log_dir`). When the app starts and the
file has passed 1 MB, it becomes ``policy-editor.log.1`` (the previous ``.1`` becomes ``.2``, the
oldest copy is dropped), as ``logging.handlers.RotatingFileHandler`` would do, without loading
that module (and the socket and pickle modules it needs) before the window's first paint. One
session writes a few lines. A folder that cannot be written leaves logging off: never fatal.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor.paths import log_dir

LOG_NAME = "policy-editor.log"
MAX_BYTES = 1_000_000
OLD_COPIES = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogFileHandler(logging.FileHandler):
    """The handler of the log file (one per process, recognised by its class)."""


def rotate(path: Path, max_bytes: int = MAX_BYTES, copies: int = OLD_COPIES) -> bool:
    """Move ``path`` to ``path.1`` (and ``.1`` to ``.2``...) when it is larger than ``max_bytes``."""
    try:
        if path.stat().st_size <= max_bytes:
            return False
    except OSError:
        return False  # no log yet
    for number in range(copies, 0, -1):
        source = path if number == 1 else path.with_name(f"{path.name}.{number - 1}")
        if source.exists():
            source.replace(path.with_name(f"{path.name}.{number}"))
    return True


def start_log_file(level: int = logging.INFO) -> Path | None:
    """Send the ``editor`` loggers' records of ``level`` and above to the log file; returns its path."""
    logger = logging.getLogger("editor")
    for handler in logger.handlers:
        if isinstance(handler, LogFileHandler):
            return Path(handler.baseFilename)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        rotate(folder / LOG_NAME)
        handler = LogFileHandler(folder / LOG_NAME, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or level, level))
    return Path(handler.baseFilename)
