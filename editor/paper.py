"""The paper size a policy prints on, from its locale: Letter where that region uses it, else A4."""

from __future__ import annotations

#: Regions that print on US Letter (ISO 3166 codes); everywhere else uses A4.
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI", "BZ"})


def paper_for_locale(locale: str) -> str:
    """``"Letter"`` for a locale whose region prints on Letter (en-US, fr-CA...), else ``"A4"``."""
    parts = locale.replace("_", "-").split("-")
    region = parts[1].upper() if len(parts) > 1 else ""
    return "Letter" if region in LETTER_REGIONS else "A4"
