"""Policy families: one policy in several locales, files side by side sharing section ids.

``politique.fr-FR.policy.md`` is the source; ``politique.en-GB.policy.md`` a translation whose
header records, per section, the fingerprint of the source section it was translated from.
"""

from editor.locales.family import Family, family_files, load_family, split_name, target_path
from editor.locales.fingerprint import fingerprint
from editor.locales.status import (
    SectionStatus,
    Status,
    counts,
    mark_translated,
    new_target,
    next_needing_work,
    statuses,
    with_text,
)

__all__ = [
    "Family",
    "SectionStatus",
    "Status",
    "counts",
    "family_files",
    "fingerprint",
    "load_family",
    "mark_translated",
    "new_target",
    "next_needing_work",
    "split_name",
    "statuses",
    "target_path",
    "with_text",
]
