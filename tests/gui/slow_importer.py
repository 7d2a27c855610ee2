"""An importer for the GUI tests that takes as long as the test wants: it waits for RELEASE."""

from __future__ import annotations

import threading

from editor.importers import ImportResult
from editor.model import Metadata, Policy, Section

#: Set by the test to let the import finish (a bound, never a sleep: the wait ends on the event).
RELEASE = threading.Event()
#: Set by the importer once it runs (on the worker thread).
STARTED = threading.Event()
WAIT_LIMIT = 30.0


def import_bytes(data: bytes, path: str) -> ImportResult:
    STARTED.set()
    RELEASE.wait(WAIT_LIMIT)
    title = data.decode("utf-8").strip()
    return ImportResult(Policy(Metadata(title=title), (Section("lente", title, 2, "Lue lentement."),)), ())
