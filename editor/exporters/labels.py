"""Words the exported documents print themselves (TOC title, update line), in French or English.

The exports are read by the policy's audience, so these follow the policy's locale, not the UI's.
French uses the no-break space before the colon that French typography requires.
"""

from __future__ import annotations

import datetime as dt

from editor.model.policy import Policy

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "contents": "Sommaire",
        "updated": "Dernière mise à jour\u00a0: {date}",
        "version": "Version {version}",
        "page": "Page",
        "of": "/",
        "toc_placeholder": "Mettez à jour la table des matières (F9 dans Word) pour afficher les numéros de page.",
    },
    "en": {
        "contents": "Contents",
        "updated": "Last updated: {date}",
        "version": "Version {version}",
        "page": "Page",
        "of": "/",
        "toc_placeholder": "Update the table of contents (F9 in Word) to show the page numbers.",
    },
}


def language(locale: str) -> str:
    """``fr`` for ``fr-FR``/``fr_CA``; any language other than French gets the English labels."""
    lang = locale.replace("_", "-").split("-")[0].lower()
    return lang if lang in _LABELS else "en"


def label(locale: str, key: str, **params: str) -> str:
    return _LABELS[language(locale)][key].format(**params)


def format_date(date: dt.date, locale: str) -> str:
    """``1er mars 2026`` in French, ``1 March 2026`` in English (day month year, as legal pages write it)."""
    if language(locale) == "fr":
        day = "1er" if date.day == 1 else str(date.day)
        return f"{day}\u00a0{FRENCH_MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {ENGLISH_MONTHS[date.month - 1]} {date.year}"


def update_date(policy: Policy, chosen: dt.date | None = None) -> dt.date | None:
    """The date shown as "last updated": ``chosen`` (the ``updated`` option), else the policy's updated
    or effective date; None when the policy has neither (the line is left out, never silently today)."""
    return chosen or policy.meta.updated or policy.meta.effective
