"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6 supports ``from __feature__ import snake_case``; to know which modules may use it, its
import hook calls ``shibokensupport.feature._mod_uses_pyside(module)`` for every module
imported once Qt is loaded, which reads the module's source through ``inspect.getsource`` and
looks for the word "PySide6" (about 0.13 ms a module: 17 ms for the modules the window imports
before its first paint). :func:`install` swaps in the same test done on the file's bytes; modules
without a ``.py`` file (a bundle's) still get PySide6's own check. Nothing changes when
PySide6's internals are not as expected.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def install() -> bool:
    """Load QtCore and use :func:`uses_pyside` for PySide6's per-import check from then on (the
    command calls this before importing the window's modules); False when it cannot be done."""
    import PySide6.QtCore  # noqa: F401 - its import hook is what is made quicker

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quicker", False):
        return False

    def check(module: ModuleType) -> bool:
        answer = uses_pyside(module)
        return original(module) if answer is None else answer

    check.quicker = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[attr-defined]
    return True


def uses_pyside(module: Any) -> bool | None:
    """Whether the source file of ``module`` holds the word "PySide6" (PySide6's own criterion);
    None when the module has no readable ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return None
