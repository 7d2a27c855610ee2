"""French typography, Qt-free: :func:`fix` a text in place and :func:`check` what would change.

Protected spans (URLs, addresses, times, code, markup, attribute values, non-French elements)
are masked first; the named, ordered rules of :mod:`editor.typography.registry` then run on
what is left. Profiles (``"fine"``, ``"nbsp"``) and rules follow
``/work/shared/reference/french-typography.md`` §3 and §4.
"""

from editor.typography.engine import check, fix, fix_view, mask
from editor.typography.findings import Finding
from editor.typography.profiles import PROFILES, Profile, get_profile
from editor.typography.registry import RULES

FORMATS = ("text", "markdown", "html")

__all__ = ["FORMATS", "PROFILES", "RULES", "Finding", "Profile", "check", "fix", "fix_view", "get_profile", "mask"]
