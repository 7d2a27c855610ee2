"""The bundled starting points for File ▸ New: an empty policy (the sample comes from resources/)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from editor.model import Metadata, Policy, Section


def empty_policy() -> Policy:
    """A new policy with one empty section to start typing in, in the user's language."""
    locale = "fr-FR" if QLocale().language() == QLocale.Language.French else "en-GB"
    title = QCoreApplication.translate("templates", "Untitled policy")
    first = QCoreApplication.translate("templates", "Introduction")
    from editor.gui.preferences import load

    profile = load().default_profile
    return Policy(Metadata(title=title, locale=locale, profile=profile), (Section("introduction", first, 2),))
