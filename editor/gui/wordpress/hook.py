"""File ▸ WordPress in the main window, loaded on first use so that start-up stays fast.

The controller (and with it the dialogs and the network code) is imported the first time one of
the two actions is triggered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from editor.gui.wordpress.controller import MainWindow, WordPressController


class WordPressHook(QObject):
    """Connects ``wp_open_from_site`` and ``wp_publish`` to a controller made when first needed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._controller: WordPressController | None = None
        window.actions["wp_open_from_site"].triggered.connect(lambda: self.controller.open_from_site())
        window.actions["wp_publish"].triggered.connect(lambda: self.controller.publish())

    @property
    def controller(self) -> WordPressController:
        if self._controller is None:
            from editor.gui.wordpress.controller import WordPressController

            self._controller = WordPressController(self.window)
        return self._controller
