"""Foundation benchmarks: native format load/save and the rendering pipeline with its cache."""

from __future__ import annotations

import markdown
from corpus import make_policy, policy_markdown
from harness import Benchmark

from editor import native
from editor.model import EditBody
from editor.render import RenderContext, clear_cache, document_html

POLICY = make_policy(300)
TEXT = native.dumps(POLICY)
MARKDOWN = policy_markdown(POLICY)
PLAIN = RenderContext(profile=None)


def _cold_render() -> None:
    clear_cache()
    document_html(POLICY, PLAIN)


def _edit_then_render() -> None:
    section = POLICY.sections[len(POLICY.sections) // 2]
    edited = EditBody(section.id, section.body + " Ajout.").apply(POLICY).policy
    document_html(edited, PLAIN)


BENCHMARKS = [
    Benchmark(
        "native.load 300 sections",
        ours=lambda: native.loads(TEXT),
        anchor=lambda: TEXT.split("\n"),
        anchor_label="str.split of the same text",
    ),
    Benchmark("native.dumps 300 sections", ours=lambda: native.dumps(POLICY)),
    Benchmark(
        "render.cold 300 sections (no typography)",
        ours=_cold_render,
        anchor=lambda: markdown.markdown(MARKDOWN, extensions=["tables", "attr_list"]),
        anchor_label="markdown.markdown(whole doc)",
    ),
    Benchmark(
        "render.after-one-edit 300 sections",
        setup=lambda: document_html(POLICY, PLAIN),
        ours=_edit_then_render,
        anchor=lambda: markdown.markdown(MARKDOWN, extensions=["tables", "attr_list"]),
        anchor_label="markdown.markdown(whole doc)",
        target="flat in document size",
    ),
]
