"""Translated texts for the core's error and notice codes, from the core's one catalogue.

The core raises errors and reports notices with a code and parameters (:mod:`editor.errors`);
their English texts are the entries of :data:`editor.catalogue.CATALOGUE`, marked for
``pyside6-lupdate``. This module translates those very entries with
``QCoreApplication.translate``; a code the catalogue lacks falls back to the core's text, so a
code is never shown raw.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.catalogue import CATALOGUE, CONTEXT
from editor.errors import Notice, PolicyEditorError, describe
from editor.gui.i18n import arg


def describe_code(code: str, params: dict[str, Any]) -> str:
    """The text of a code in the user's language (looked up at each call, so a language switch applies)."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return describe(code, params)
    try:
        return QCoreApplication.translate(CONTEXT, entry.text).format(**params)
    except (KeyError, IndexError, ValueError):
        return describe(code, params)


def error_text(error: PolicyEditorError) -> str:
    """One line naming the file (and line) and the problem, in the user's language."""
    reason = describe_code(error.code, error.params)
    if error.path is not None and error.line is not None:
        return arg(QCoreApplication.translate("messages", "%1, line %2: %3"), error.path, error.line, reason)
    if error.path is not None:
        return arg(QCoreApplication.translate("messages", "%1: %2"), error.path, reason)
    if error.line is not None:
        return arg(QCoreApplication.translate("messages", "line %1: %2"), error.line, reason)
    return reason


def notice_text(notice: Notice) -> str:
    """What the user must know about a notice; the words of the document it is near, when known."""
    reason = describe_code(notice.code, notice.params)
    if notice.where.near:
        return arg(QCoreApplication.translate("messages", "Near “%1”: %2"), notice.where.near, reason)
    return reason
