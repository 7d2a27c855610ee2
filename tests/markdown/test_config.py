"""editor/markdown/config.py: the dialect's Markdown instance, and what building it loads."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from editor.markdown.config import create_markdown

PROBE = """if True:
    import sys
    from editor.markdown.config import create_markdown
    md = create_markdown()
    print(sorted(name for name in sys.modules if name.split(".")[0] == "pygments"))
    print(repr(md.convert("```\\nx = 1\\n```")))
    import pygments  # still importable by anyone who wants it
    print(pygments.__name__)
"""


@pytest.mark.skipif(importlib.util.find_spec("pygments") is None, reason="Pygments is not installed here")
def test_building_the_dialect_does_not_load_pygments_though_it_is_installed() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    loaded, code, last = done.stdout.strip().splitlines()
    assert loaded == "[]"
    assert code == repr("<pre><code>x = 1\n</code></pre>")
    assert last == "pygments"


def test_fenced_code_is_rendered_plain() -> None:
    assert create_markdown().convert("```\nx = 1\n```") == "<pre><code>x = 1\n</code></pre>"
