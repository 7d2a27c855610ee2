"""Exchange with CAT tools: a policy family's translation as XLIFF 1.2 and back.

One ``trans-unit`` per section title and per body block, ids ``SECTION-ID/title`` and
``SECTION-ID/N``; the state says the section's status; Markdown inline markup travels as
inline codes (see :mod:`editor.xliff.inline`).
"""

from editor.xliff.export import export_xliff
from editor.xliff.importer import ImportReport, import_xliff

__all__ = ["ImportReport", "export_xliff", "import_xliff"]
