"""Legal tools: the completeness check against GDPR and French law, and published versions.

``check(policy)`` compares a policy with the checklist in ``resources/legal/checklist.toml`` and
says, item by item, what is covered and where; ``versions`` records immutable snapshots of
published versions next to the document. Qt-free: the GUI panels only display these results.
"""

from editor.legal.check import DISCLAIMER, STATUSES, Evidence, ItemResult, Report, check
from editor.legal.checklist import Checklist, Item, load_checklist
from editor.legal.kinds import guess_kinds

__all__ = [
    "DISCLAIMER",
    "STATUSES",
    "Checklist",
    "Evidence",
    "Item",
    "ItemResult",
    "Report",
    "check",
    "guess_kinds",
    "load_checklist",
]
