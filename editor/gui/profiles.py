"""The typography profiles as the user reads them (status bar, Properties, Preferences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def profile_title(profile: str) -> str:
    """``fine`` -> "French, narrow no-break spaces"; an unknown name as it is; none -> "none"."""
    names = {
        "fine": QCoreApplication.translate("profiles", "French, narrow no-break spaces"),
        "nbsp": QCoreApplication.translate("profiles", "French, no-break spaces"),
        "none": QCoreApplication.translate("profiles", "none"),
    }
    return names.get(profile, profile or QCoreApplication.translate("profiles", "none"))
