"""The Qt-free document model: Policy, Section, Metadata and pure operations.

The names below are loaded from their submodules on first use (PEP 562): a conversion that
reads a file and writes another needs ``editor.model.policy`` only, not the operations
(``editor.model.ops``: a dozen dataclasses, about 8 ms to import).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.model.ids import is_valid_id, slugify, unique_id
    from editor.model.ops import (
        Change,
        DeleteSection,
        EditBody,
        InsertSection,
        MergeWithNext,
        MoveSection,
        Operation,
        Outdent,
        Rename,
        ReplacePolicy,
        ReplaceSections,
        Result,
        SetMetadata,
        SplitSection,
        indent,
        move_down,
        move_up,
        new_section,
        validate,
    )
    from editor.model.policy import PROFILES, Metadata, Policy, Section, count_words

__all__ = [
    "PROFILES",
    "Change",
    "DeleteSection",
    "EditBody",
    "InsertSection",
    "MergeWithNext",
    "Metadata",
    "MoveSection",
    "Operation",
    "Outdent",
    "Policy",
    "Rename",
    "ReplacePolicy",
    "ReplaceSections",
    "Result",
    "Section",
    "SetMetadata",
    "SplitSection",
    "count_words",
    "indent",
    "is_valid_id",
    "move_down",
    "move_up",
    "new_section",
    "slugify",
    "unique_id",
    "validate",
]
#: Where the names of ``__all__`` come from, the light modules first.
_SUBMODULES = ("policy", "ids", "ops")


def __getattr__(name: str) -> Any:
    if name in __all__:
        for submodule in _SUBMODULES:
            module = importlib.import_module(f"{__name__}.{submodule}")
            if hasattr(module, name):
                value = getattr(module, name)
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
