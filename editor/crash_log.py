"""The crash log: details of unexpected errors, kept in the log folder instead of shown to users.

The command line and the GUI tell the user in one plain sentence and write the traceback here,
so a bug report can include it.
"""

from __future__ import annotations

import datetime as dt
import traceback

from editor.paths import log_dir

CRASH_LOG = "crash.log"


def log_exception(error: BaseException) -> str:
    """Append ``error``'s traceback to the crash log; return the log's path (or why it has none)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / CRASH_LOG
        text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        with path.open("a", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n{text}\n")
        return str(path)
    except OSError:
        return "no log: the log folder cannot be written"
