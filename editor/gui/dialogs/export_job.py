"""One export, run off the UI thread: the bytes are made, then written atomically, unless cancelled.

The job renders in a worker thread (:class:`ExportJob` is a QThread), so the window stays
responsive; Cancel sets a flag the job checks before it writes anything. The file is written
with :func:`editor.storage.atomic_write` (a temporary file renamed into place), so a failed or
cancelled export leaves no partial file and the previous file, if any, untouched.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from editor.errors import ExportFailed, PolicyEditorError
from editor.export_service import export_bytes
from editor.model import Policy
from editor.storage import atomic_write

#: The format written through Qt (the core has no PDF exporter).
PDF = "pdf"


@dataclass(frozen=True)
class ExportRequest:
    """What to export where: a format name (``formats()`` or ``pdf``), a path and the option values."""

    format: str
    path: str
    options: Mapping[str, Any] = field(default_factory=dict)


def render(policy: Policy, request: ExportRequest, cancelled: Any = lambda: False) -> bytes | None:
    """The bytes of the export, or None if cancelled on the way (PDF through Qt, others through the core)."""
    if request.format != PDF:
        return export_bytes(policy, request.format, request.options)
    from editor.gui.printing.pages import write_pdf

    with tempfile.TemporaryDirectory(prefix="policy-editor-pdf-") as folder:
        scratch = Path(folder) / "export.pdf"
        if not write_pdf(policy, scratch, cancelled):
            return None
        return scratch.read_bytes()


class ExportJob(QThread):
    """Exports ``policy`` as ``request`` says; emits exactly one of done, failed, cancelled."""

    done = Signal(str)  # the path written
    failed = Signal(object)  # the PolicyEditorError
    cancelled = Signal()

    def __init__(self, policy: Policy, request: ExportRequest, parent: Any = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.request = request
        self._cancel = False

    def cancel(self) -> None:
        """Ask the job to stop; nothing is written once this is called."""
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            data = render(self.policy, self.request, self.is_cancelled)
            if data is None or self._cancel:
                self.cancelled.emit()
                return
            atomic_write(self.request.path, data, keep_backup=False)
        except PolicyEditorError as error:
            if error.path is None:
                error = ExportFailed(error.code, path=self.request.path, line=error.line, **error.params)
            self.failed.emit(error)
            return
        except OSError as error:
            self.failed.emit(ExportFailed("file.unwritable", path=self.request.path, detail=str(error)))
            return
        self.done.emit(self.request.path)
