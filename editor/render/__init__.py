"""The rendering pipeline: Markdown bodies -> element trees -> named steps -> renderers."""

from editor.render.context import RenderContext
from editor.render.html import context_for, document_html, section_html
from editor.render.pipeline import body_tree, clear_cache, title_tree

__all__ = ["RenderContext", "body_tree", "clear_cache", "context_for", "document_html", "section_html", "title_tree"]
