"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

With PySide6 6.12.0 on CPython 3.11, some calls (a Python override returning None,
void methods such as ``QObject.setObjectName``) take a reference from ``None`` (and from
``True``/``False``) without giving it back. When ``None``'s count reaches zero CPython aborts
with "Fatal Python error: none_dealloc" (tens of thousands of calls: building the preview of a
3000-section policy is enough). Python 3.12 made ``None`` immortal, so it is not affected.

:func:`keep_none_alive` tops ``None``'s count back up whenever it runs low. ``None`` is never
freed anyway, so extra references cost nothing; the guard does nothing on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

#: Below this count the guard adds references.
FLOOR = 1 << 24
_AFFECTED = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def keep_none_alive() -> None:
    """Raise the reference counts of ``None``, ``True`` and ``False`` to at least :data:`FLOOR`."""
    if not _AFFECTED:
        return
    for singleton in (None, True, False):
        count = sys.getrefcount(singleton)
        if count < FLOOR:
            ctypes.c_ssize_t.from_address(id(singleton)).value += 2 * FLOOR - count
