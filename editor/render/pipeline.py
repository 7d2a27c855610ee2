"""The rendering pipeline: each section body is parsed once to an element tree, the steps run on
it, and the result is cached by content and context so unchanged sections are never redone.

Trees returned here are shared: renderers read them and must never change them.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from functools import lru_cache

from editor.render.context import RenderContext
from editor.render.steps import run_steps
from editor.render.tree import parse

CACHE_SIZE = 16384


@lru_cache(maxsize=CACHE_SIZE)
def body_tree(body: str, context: RenderContext) -> etree.Element:
    """The processed element tree of a Markdown body (cached; do not modify)."""
    root = parse(body)
    run_steps(root, context)
    return root


@lru_cache(maxsize=CACHE_SIZE)
def title_tree(title: str, context: RenderContext) -> etree.Element:
    """A title as a ``span`` element whose text went through the same steps as bodies."""
    root = etree.Element("div")
    span = etree.SubElement(root, "span")
    span.text = title
    run_steps(root, context)
    return span


_CACHES: list = [body_tree, title_tree]


def register_cache(cached: object) -> None:
    """Have :func:`clear_cache` also empty a renderer's own ``lru_cache``."""
    _CACHES.append(cached)


def clear_cache() -> None:
    """Forget every rendered section (the next render parses everything again)."""
    for cached in _CACHES:
        cached.cache_clear()
