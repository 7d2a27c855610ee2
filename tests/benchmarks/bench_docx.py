"""DOCX and HTML export of the 300-section policy, side by side with pandoc on the same Markdown.

"cold" clears the render cache first (Markdown parsed, typography run, then the export: what a
command-line conversion does); "warm" is the editor's case, where the preview already rendered
every section. pandoc (``pypandoc-binary``, the ``bench`` extra) converts the same policy written
as one Markdown file, with ``-s --toc`` as our exports also carry a table of contents.
Target: our DOCX export in at most half of pandoc's time.
"""

from __future__ import annotations

import os
import tempfile

from corpus import make_policy, policy_markdown
from harness import Benchmark

from editor.exporters import export_bytes
from editor.exporters.html import page
from editor.render import clear_cache

POLICY = make_policy(300)
MARKDOWN = policy_markdown(POLICY)
_OUT = tempfile.mkdtemp(prefix="bench-docx-")

try:
    import pypandoc

    pypandoc.get_pandoc_version()
    HAVE_PANDOC = True
except (ImportError, OSError):
    HAVE_PANDOC = False


def _pandoc(fmt: str) -> None:
    target = os.path.join(_OUT, f"pandoc.{fmt}")
    pypandoc.convert_text(
        MARKDOWN, fmt, format="markdown", outputfile=target, extra_args=["-s", "--toc", "-M", "lang=fr-FR"]
    )


def _cold_docx() -> None:
    clear_cache()
    export_bytes(POLICY, "docx", {})


def _cold_html() -> None:
    clear_cache()
    page(POLICY, {})


ANCHOR = "pandoc md->docx -s --toc" if HAVE_PANDOC else "pandoc not installed (pip install -e '.[bench]')"
ANCHOR_HTML = "pandoc md->html -s --toc" if HAVE_PANDOC else ANCHOR

BENCHMARKS = [
    Benchmark(
        "docx.export 300 sections (cold)",
        ours=_cold_docx,
        anchor=(lambda: _pandoc("docx")) if HAVE_PANDOC else None,
        anchor_label=ANCHOR,
        target="<= 0.5 x pandoc",
    ),
    Benchmark(
        "docx.export 300 sections (warm trees)",
        setup=_cold_docx,
        ours=lambda: export_bytes(POLICY, "docx", {}),
        anchor=(lambda: _pandoc("docx")) if HAVE_PANDOC else None,
        anchor_label=ANCHOR,
        target="<= 0.5 x pandoc",
    ),
    Benchmark(
        "html.page 300 sections (cold)",
        ours=_cold_html,
        anchor=(lambda: _pandoc("html")) if HAVE_PANDOC else None,
        anchor_label=ANCHOR_HTML,
    ),
    Benchmark(
        "html.page 300 sections (warm trees)",
        setup=_cold_html,
        ours=lambda: page(POLICY, {}),
        anchor=(lambda: _pandoc("html")) if HAVE_PANDOC else None,
        anchor_label=ANCHOR_HTML,
    ),
]
