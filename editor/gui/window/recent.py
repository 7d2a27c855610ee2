"""The list of recently opened files, most recent first, kept in the settings file."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal

from editor.gui.settings import RECENT_FILES, open_settings

MAX_RECENT = 10


class RecentFiles(QObject):
    """Recent file paths; :attr:`changed` fires whenever the list changes."""

    changed = Signal()

    def paths(self) -> list[str]:
        value = open_settings().value(RECENT_FILES, [])
        items = value if isinstance(value, list) else [value] if value else []
        return [str(item) for item in items if item]

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [path] + [p for p in self.paths() if p != path]
        self._store(paths[:MAX_RECENT])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        settings = open_settings()
        settings.setValue(RECENT_FILES, paths)
        settings.sync()
        self.changed.emit()
