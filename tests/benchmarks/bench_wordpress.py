"""WordPress benchmarks: importing a 300-section page JSON (clean and damaged), exporting it.

Anchor: ``json.loads`` plus a plain HTML tokenization of the same content with the standard
library's parser (the least any importer must do), measured in the same run.
Target (issue 3): the import of a 300-section page under 0.5 s.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from corpus import make_policy
from harness import Benchmark

from editor.exporters import export_bytes
from editor.render import clear_cache
from editor.wordpress.importer import import_bytes

POLICY = make_policy(300)
PAGE = export_bytes(POLICY, "wp-page", {"now": "2025-01-01T00:00:00"})
UPDATE = export_bytes(POLICY, "wp-update", {})
_page = json.loads(PAGE)
_rendered = _page["content"]["rendered"]
# the same page damaged as the design sample: opening tags stripped, raw newlines, cut off at 90 %
_damaged_content = re.sub(r"<(p|h2|h3)( [^>]*)?>", "\n", _rendered)
_damaged = json.dumps({**_page, "content": {"rendered": _damaged_content}}, separators=(",", ":"))
DAMAGED = _damaged.replace("\\n", "\n")[: int(len(_damaged) * 0.9)].encode("ascii")


class _Tokens(HTMLParser):
    def handle_data(self, data: str) -> None:
        pass


def _anchor(data: bytes) -> None:
    page = json.loads(data, strict=False)
    parser = _Tokens(convert_charrefs=True)
    parser.feed(page["content"]["rendered"] if isinstance(page["content"], dict) else page["content"])
    parser.close()


def _export_cold(fmt: str) -> None:
    clear_cache()
    export_bytes(POLICY, fmt, {})


BENCHMARKS = [
    Benchmark(
        "wordpress.import wp-page 300 sections",
        ours=lambda: import_bytes(PAGE, "page.json"),
        anchor=lambda: _anchor(PAGE),
        anchor_label="json.loads + html.parser pass",
        target="< 0.5 s",
    ),
    Benchmark(
        "wordpress.import wp-update 300 sections",
        ours=lambda: import_bytes(UPDATE, "update.json"),
        anchor=lambda: _anchor(UPDATE),
        anchor_label="json.loads + html.parser pass",
        target="< 0.5 s",
    ),
    Benchmark(
        "wordpress.import damaged 300 sections",
        ours=lambda: import_bytes(DAMAGED, "damaged.json"),
        anchor=lambda: json.loads(DAMAGED[: DAMAGED.rindex(b"</p>")] + b'"}}', strict=False),
        anchor_label="json.loads(strict=False) of the cut file",
        target="< 0.5 s",
    ),
    Benchmark("wordpress.export wp-page 300 sections (cold)", ours=lambda: _export_cold("wp-page"), repeat=3),
    Benchmark("wordpress.export wp-update 300 sections (cold)", ours=lambda: _export_cold("wp-update"), repeat=3),
]
