"""The app's log file: technical accounts (what an import repaired and where) that the user is spared.

``policy-editor.log`` in the log folder (:func:`editor.paths.log_dir`), rotated at 1 MB with two
old copies kept. A folder that cannot be written leaves logging off: never fatal.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from editor.paths import log_dir

LOG_NAME = "policy-editor.log"
MAX_BYTES = 1_000_000
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_log_file(level: int = logging.INFO) -> Path | None:
    """Send the ``editor`` loggers' records of ``level`` and above to the log file; returns its path."""
    logger = logging.getLogger("editor")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=2, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or level, level))
    return Path(handler.baseFilename)
