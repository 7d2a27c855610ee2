"""Statuses as the user reads them: a policy's own status (Properties) and a WordPress page's
(page lists, Publish, the "sent" message). A status this app does not know is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def policy_status_title(status: str) -> str:
    """``draft`` -> "Draft", ``review`` -> "In review"... (the statuses of :mod:`editor.model.properties`)."""
    names = {
        "draft": QCoreApplication.translate("statuses", "Draft"),
        "review": QCoreApplication.translate("statuses", "In review"),
        "published": QCoreApplication.translate("statuses", "Published"),
        "archived": QCoreApplication.translate("statuses", "Archived"),
    }
    return names.get(status, status)


def wordpress_status_title(status: str) -> str:
    """A WordPress post status (``publish``, ``draft``, ``pending``...) in words."""
    names = {
        "publish": QCoreApplication.translate("statuses", "Published"),
        "draft": QCoreApplication.translate("statuses", "Draft"),
        "pending": QCoreApplication.translate("statuses", "Pending review"),
        "private": QCoreApplication.translate("statuses", "Private"),
        "future": QCoreApplication.translate("statuses", "Scheduled"),
        "trash": QCoreApplication.translate("statuses", "In the trash"),
    }
    return names.get(status, status)
