"""Fontconfig's set-up, started on another core while PySide6 and the window's modules load.

On Linux, Qt reads the system's font configuration through fontconfig the first time a widget
needs a font (the window's first line edit: about 5.5 ms of ``FcInit``, parsing the configuration
and loading the font caches). Nothing in Python depends on it until then, and ``FcInit`` runs in
C without Python's lock, so :func:`start` runs it on a thread while the main thread imports, and
:func:`wait` is called before the QApplication exists, so Qt finds fontconfig ready. Elsewhere
(Windows, macOS: no fontconfig) and when the library cannot be loaded, nothing happens.
"""

from __future__ import annotations

import sys
import threading

LIBRARY = "libfontconfig.so.1"
_started: list[threading.Thread] = []


def _init_fontconfig(library: str) -> None:
    import ctypes

    try:
        ctypes.CDLL(library).FcInit()
    except (OSError, AttributeError):
        pass  # no fontconfig here: Qt uses its own font database


def start(platform: str = sys.platform, library: str = LIBRARY) -> bool:
    """Start the set-up on a thread (once); False where there is no fontconfig to set up."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) or _started:
        return False
    thread = threading.Thread(target=_init_fontconfig, args=(library,), name="fontconfig set-up", daemon=True)
    thread.start()
    _started.append(thread)
    return True


def wait() -> None:
    """Return once the set-up started by :func:`start` is done (at once when none was started)."""
    for thread in _started:
        thread.join()
