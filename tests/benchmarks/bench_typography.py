"""Typography benchmarks: fix() and check() over the 300-section policy (about 1 MB of Markdown).

Anchors measured in the same run: a naive regex-only pass (the JoliTypo/LibreOffice approach:
a few substitutions over the whole text, no masking, so it breaks URLs and code) and
Python-Markdown's ``smarty`` extension (curly quotes and ellipses, English rules) over the same
text. The issue's target: fix in the ``fine`` profile under 100 ms.
"""

from __future__ import annotations

import re

import markdown
from corpus import make_policy
from harness import Benchmark, Figure, median_time

from editor import native
from editor.render import RenderContext, clear_cache, document_html
from editor.typography import check, fix

POLICY = make_policy(300)
TEXT = native.dumps(POLICY)

_NAIVE = [
    (re.compile(r"[ \u00a0\u202f]*([;!?])"), "\u202f\\1"),
    (re.compile(r"[ \u00a0\u202f]*(:)"), "\u00a0\\1"),
    (re.compile(r'"([^"\n]*)"'), "«\u202f\\1\u202f»"),
    (re.compile(r"(\w)'(\w)"), "\\1’\\2"),
    (re.compile(r"\.\.\."), "…"),
    (re.compile(r"(\d) (\d{3})"), "\\1\u202f\\2"),
    (re.compile(r"(\d) ?([%€])"), "\\1\u00a0\\2"),
]


def naive_pass(text: str) -> str:
    """What a regex-only fixer does: fast, and wrong on URLs, times and code."""
    for pattern, replacement in _NAIVE:
        text = pattern.sub(replacement, text)
    return text


#: Shapes of hostile input (1 MB each) that once made a scan quadratic or could: every one must
#: stay in the same range as ordinary text.
HOSTILE = {
    "entities": "&amp;",
    "backticks": "`a",
    "colons": ":",
    "quotes": '"a ',
    "tags": "<b>",
    "unclosed attributes": '<a title="x ',
    "lang spans": '<span lang="en">',
    "percent signs": "1%",
    "list + indented": "- a\n\n    x\n\n",
    "lang attribute lists": "x {: lang=en }\n",
    "private-use characters": "\ue000",
    "code spans and brackets": "`[*",
    "escaped punctuation": "\\`\\[\\*",
    "slashes": "a/",
}


def _hostile() -> list[Figure]:
    figures = []
    for name, unit in HOSTILE.items():
        text = unit * (1_000_000 // len(unit))
        seconds = median_time(lambda text=text: fix(text, "fine", "markdown"), 1)
        html = median_time(lambda text=text: fix(text, "fine", "html"), 1)
        figures.append(Figure(f"typography.hostile {name}", seconds, html, "same input read as HTML", "linear (< 2 s)"))
    return figures


def _render(profile: str | None) -> None:
    clear_cache()
    document_html(POLICY, RenderContext(profile=profile))


BENCHMARKS = [
    Benchmark(
        "typography.fix fine 1 MB markdown",
        ours=lambda: fix(TEXT, "fine", "markdown"),
        anchor=lambda: naive_pass(TEXT),
        anchor_label="naive regex pass, no masking",
        target="< 100 ms",
        repeat=7,
    ),
    Benchmark(
        "typography.fix fine vs smarty",
        ours=lambda: fix(TEXT, "fine", "markdown"),
        anchor=lambda: markdown.markdown(TEXT, extensions=["smarty"]),
        anchor_label="Python-Markdown + smarty",
        repeat=3,
    ),
    Benchmark(
        "typography.fix nbsp 1 MB markdown",
        ours=lambda: fix(TEXT, "nbsp", "markdown"),
        anchor=lambda: naive_pass(TEXT),
        anchor_label="naive regex pass, no masking",
        repeat=7,
    ),
    Benchmark(
        "typography.check fine 1 MB markdown",
        ours=lambda: check(TEXT, "fine", "markdown"),
        anchor=lambda: fix(TEXT, "fine", "markdown"),
        anchor_label="fix() of the same text",
        repeat=3,
    ),
    Benchmark("typography.hostile 1 MB inputs", measure=_hostile),
    Benchmark(
        "typography.render cold 300 sections, fine",
        ours=lambda: _render("fine"),
        anchor=lambda: _render(None),
        anchor_label="same render without typography",
        repeat=3,
    ),
]
