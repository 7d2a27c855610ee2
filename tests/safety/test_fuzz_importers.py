"""Hypothesis fuzzing of every registered importer: junk and mutated files never crash one.

Each importer gets arbitrary bytes, arbitrary text, and byte-level mutations of a valid sample of
its own format (so the fuzzing reaches past the first check). The only acceptable answers are a
policy (with notices) or a PolicyEditorError naming the file. The number of examples is bounded
so the suite stays fast; set FUZZ_EXAMPLES to fuzz longer.
"""

from __future__ import annotations

import os

import pytest
from hostile import kind_of, valid_sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import PolicyEditorError
from editor.importers import IMPORTERS, ImporterSpec, import_bytes

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPECS = [pytest.param(spec, id=spec.name) for spec in IMPORTERS]


def check(spec: ImporterSpec, data: bytes) -> None:
    path = f"/nonexistent/fuzz{spec.suffixes[0]}"
    try:
        result = import_bytes(data, path, spec.name)
    except PolicyEditorError as error:
        assert path in error.message()
        return
    assert all(section.id for section in result.policy.walk())


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 256))] * draw(st.integers(2, 20))
    return bytes(data)


TOKENS = ["<h2>", "</p>", "<div>", "## ", "{#a}", "---\n", "\u202f", "\u00a0", "\x00", "é", "&nbsp;", "&#x0;"]
HOSTILE_TEXT = st.lists(
    st.sampled_from(list("<>/&;#{}[]\"'=: \n\t-*_`!|\\") + TOKENS) | st.text(max_size=5), max_size=120
).map("".join)


@pytest.mark.parametrize("spec", SPECS)
def test_fuzz_arbitrary_bytes(spec: ImporterSpec) -> None:
    @FUZZ
    @given(st.binary(max_size=2000))
    def run(data: bytes) -> None:
        check(spec, data)

    run()


@pytest.mark.parametrize("spec", SPECS)
def test_fuzz_markup_like_text(spec: ImporterSpec) -> None:
    @FUZZ
    @given(HOSTILE_TEXT, st.sampled_from(["utf-8", "utf-16", "latin-1"]))
    def run(text: str, encoding: str) -> None:
        check(spec, text.encode(encoding, "replace"))

    run()


@pytest.mark.parametrize("spec", SPECS)
def test_fuzz_mutations_of_a_valid_file(spec: ImporterSpec) -> None:
    sample = valid_sample(kind_of(spec))
    check(spec, sample)

    @FUZZ
    @given(mutated(sample))
    def run(data: bytes) -> None:
        check(spec, data)

    run()
