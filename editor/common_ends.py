"""How much two texts share at their start and at their end, measured in C-speed steps.

Both are binary searches over slices compared by the string type itself: a keystroke in a long
section costs a few comparisons, not one Python step per character. Used where an edit is told
apart from what it left alone: the undo command's typed text, the preview's changed table cell.
"""

from __future__ import annotations


def common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b``."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix(a: str, b: str, limit: int | None = None) -> int:
    """The length of the longest common suffix of ``a`` and ``b``, at most ``limit``."""
    low = 0
    high = min(len(a), len(b)) if limit is None else min(limit, len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low
