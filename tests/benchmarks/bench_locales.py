"""Policy families on the 300-section policy: statuses (target: under 200 ms) and an XLIFF
export + import (target: under 1 s), next to anchors measured in the same run."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from corpus import make_policy
from harness import Benchmark

from editor import native
from editor.locales import mark_translated, new_target, statuses
from editor.xliff import export_xliff, import_xliff

SOURCE = make_policy(300)
TARGET = mark_translated(SOURCE, new_target(SOURCE, "en-GB"))
CHANGED = dataclasses.replace(
    SOURCE,
    sections=tuple(
        dataclasses.replace(s, body=s.body + "\n\nAjout.") if i % 10 == 0 else s for i, s in enumerate(SOURCE.sections)
    ),
)
TEXT = native.dumps(SOURCE)
XLIFF = export_xliff(CHANGED, TARGET)


def _round_trip() -> None:
    import_xliff(export_xliff(CHANGED, TARGET), CHANGED, TARGET)


BENCHMARKS = [
    Benchmark(
        "locales.statuses 300 sections",
        ours=lambda: statuses(CHANGED, TARGET),
        anchor=lambda: native.loads(TEXT),
        anchor_label="native.loads(the source file)",
        target="< 200 ms",
    ),
    Benchmark(
        "xliff export + import 300 sections",
        ours=_round_trip,
        anchor=lambda: ET.fromstring(XLIFF),
        anchor_label="ElementTree.fromstring(the XLIFF file)",
        target="< 1 s",
    ),
]
