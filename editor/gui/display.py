"""Before Qt starts: is there a desktop session it can show a window on?

Without one, Qt aborts with a long message about the ``xcb`` platform plugin (and, on X11
without ``libxcb-cursor0``, about xcb-cursor). :func:`display_problem` finds both cases first,
so the app says in one line what is needed instead.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

HINT = "or use --screenshot OUT.png to render the window offscreen"


def loadable_library(name: str) -> str | None:
    """``libNAME.so.0`` when the dynamic loader can load it (as Qt will at once), else None.

    Loading it is instant; ``ctypes.util.find_library`` would run ``ldconfig -p`` at every start."""
    import ctypes

    file = f"lib{name}.so.0"
    try:
        ctypes.CDLL(file)
    except OSError:
        return None
    return file


def display_problem(
    env: Mapping[str, str],
    platform: str = sys.platform,
    find_library: Callable[[str], str | None] = loadable_library,
) -> str | None:
    """One line saying why no window can be shown here, or None when it can (or Qt is told where)."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return f"no desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a desktop, {HINT}"
    if not env.get("WAYLAND_DISPLAY") and find_library("xcb-cursor") is None:
        return f"Qt needs libxcb-cursor0 to open a window on X11 (apt-get install libxcb-cursor0), {HINT}"
    return None
