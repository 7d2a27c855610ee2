"""The rendering pipeline: Markdown bodies -> element trees -> named steps -> renderers.

The names below are loaded from their submodules on first use (PEP 562): the status bar asks
:class:`~editor.render.context.RenderContext` whether a policy is French while the window is
being built, and must not load Python-Markdown and the typography rules to learn it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.render.context import RenderContext
    from editor.render.html import context_for, document_html, section_html
    from editor.render.pipeline import body_tree, clear_cache, title_tree

__all__ = ["RenderContext", "body_tree", "clear_cache", "context_for", "document_html", "section_html", "title_tree"]
#: Where each name of ``__all__`` is defined.
_WHERE = {
    "RenderContext": "context",
    "context_for": "html",
    "document_html": "html",
    "section_html": "html",
    "body_tree": "pipeline",
    "clear_cache": "pipeline",
    "title_tree": "pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
