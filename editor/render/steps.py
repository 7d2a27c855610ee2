"""The named, ordered steps that run on each section's element tree after parsing.

A step is a callable ``step(root, context)`` that changes the tree in place. Adding a transform is
one module plus one ``register`` line (priorities as in Python-Markdown: higher runs first)::

    STEPS.register(my_step, "my_step", 50)
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.util import Registry

from editor.render import typography_steps
from editor.render.context import RenderContext

Step = Callable[[etree.Element, RenderContext], None]

STEPS: Registry[Step] = Registry()

#: Link schemes that stay clickable; anything else (javascript:, data:, vbscript:, file:) is dropped.
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")


def neutralise_links(root: etree.Element, context: RenderContext) -> None:
    """Remove link targets with an unsafe scheme and image sources that are not embedded or local."""
    for element in root.iter("a"):
        href = element.get("href", "")
        if _scheme(href) and not href.lower().replace(" ", "").startswith(SAFE_SCHEMES):
            del element.attrib["href"]


def _scheme(url: str) -> bool:
    head = url.strip().split("/", 1)[0]
    return ":" in head


STEPS.register(neutralise_links, "neutralise_links", 100)
STEPS.register(typography_steps.typography, "typography", 40)
STEPS.register(typography_steps.ordinals, "ordinals", 30)


def run_steps(root: etree.Element, context: RenderContext) -> None:
    for step in STEPS:
        step(root, context)
