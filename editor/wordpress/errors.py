"""The errors of publishing to WordPress: one code per situation a user must understand.

Messages never contain a password or an ``Authorization`` header: they are built from the code,
the site's address and what the site answered.
"""

from __future__ import annotations

from editor.errors import PolicyEditorError


class WordPressError(PolicyEditorError):
    """A request to a WordPress site that failed, or a publishing step that is refused."""


class Cancelled(WordPressError):
    """The user cancelled the network work; the step that was running changed nothing."""

    def __init__(self) -> None:
        super().__init__("wp.cancelled")
