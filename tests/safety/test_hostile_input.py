"""Every importer, given hostile or broken input, answers within bounded time and memory.

Each input is imported in a child process limited to MEMORY_LIMIT bytes of address space and
TIME_LIMIT seconds; the result must be a policy (possibly with notices) or a clear error naming
the file, never a crash, a hang or memory exhaustion, and the input file and its folder must be
left exactly as they were.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hostile import TIME_LIMIT, cases, kind_of, run_bounded

from editor.importers import IMPORTERS, ImporterSpec

#: Outcomes a user may see: a policy (with notices) or a clear error.
ACCEPTED = ("ok", "error")

#: Inputs that must be refused whatever the importer (no importer can make sense of them).
MUST_FAIL = ("empty", "binary", "zip_bomb", "huge_100MB", "million_sections")
#: Inputs that only the importers of that kind must refuse (for the others they are plain text).
MUST_FAIL_FOR = {"deep_json": ("wordpress",)}

#: Known failures, as (importer, case): reason. Not run (each would take the whole time limit)
#: unless HOSTILE_RUN_KNOWN=1. Empty: every importer passes every case.
KNOWN: dict[tuple[str, str], str] = {}
RUN_KNOWN = os.environ.get("HOSTILE_RUN_KNOWN") == "1"


def params() -> list:
    found = []
    for spec in IMPORTERS:
        for case in cases(spec):
            reason = KNOWN.get((spec.name, case.name))
            marks = [pytest.mark.xfail(reason=reason, run=RUN_KNOWN, strict=True)] if reason else []
            found.append(pytest.param(spec, case, id=f"{spec.name}-{case.name}", marks=marks))
    return found


PARAMS = params()


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.slow
@pytest.mark.parametrize(("spec", "case"), PARAMS)
def test_hostile_input_is_refused_or_read_within_bounds(tmp_path: Path, spec: ImporterSpec, case) -> None:
    file = case.write(tmp_path)
    before = snapshot(tmp_path)
    report = run_bounded(file, spec.name)
    assert snapshot(tmp_path) == before, "the import changed or created a file"
    assert report["outcome"] in ACCEPTED, f"{spec.module} on {case.name}: {report}"
    assert report["seconds"] < TIME_LIMIT
    if report["outcome"] == "error":
        assert str(file) in report["message"], f"the error does not name the file: {report['message']}"
        assert "Traceback" not in report["message"]
    if case.name in MUST_FAIL or kind_of(spec) in MUST_FAIL_FOR.get(case.name, ()):
        assert report["outcome"] == "error", f"{spec.module} accepted {case.name}: {report}"
    if case.name == "valid":
        assert report["outcome"] == "ok" and report["sections"] >= 2, report
