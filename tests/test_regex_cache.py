"""editor.regex_cache: patterns built from the cache file are the ones ``re`` compiles, and a
file that is missing, damaged or from another Python changes nothing but the time taken."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor import regex_cache
from editor.regex_cache import FORMAT, compiled_patterns, python_build

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "politique-de-confidentialite.policy.md"

#: Patterns of every kind: flags, named groups, lookarounds, classes, bytes, verbose comments.
CORPUS: list[tuple[str | bytes, int]] = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"(?<![\w.])[0-9]+(?:,[0-9]+)?(?=\s*%)", 0),
    (r"l['’](?=[aeiouéèh])", re.IGNORECASE),
    (r"^\s*#{1,6}\s+(.*?)\s*$", re.MULTILINE),
    (r"«\s*(.+?)\s*»", re.DOTALL),
    (
        r"""
        \b (?P<word> [^\W\d_]+ )   # a word
        (?: \s+ (?P=word) )+ \b    # repeated
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"[\u00a0\u202f]|\\\\[\w.$-]+", 0),
    (rb"PK\x03\x04(?P<rest>.{4})", re.DOTALL),
    (r"(a|b)*?c{2,5}(?!d)", re.ASCII),
    (r"https?://[^\s<>\"]+[^\s<>\".,;:!?)]", 0),
]
TEXTS = [
    "2026-12 et 2027-01",
    "un taux de 99,9 % et 1 500 €",
    "L'homme et l’hôtel",
    "## Titre\n  ### Sous-titre  \ntexte",
    "« bonjour »\n« à\n demain »",
    "le le chat chat est là",
    "\u00a0 \\\\serveur\\partage",
    "aabcc abccccd https://exemple.fr/page, fin.",
]


def _compile_all(patterns: list[tuple[str | bytes, int]]) -> list[re.Pattern]:
    """Through re's compiler itself, so that re's own in-process cache is not in the way."""
    return [re._compiler.compile(pattern, flags) for pattern, flags in patterns]  # type: ignore[attr-defined]


def _same(cached: re.Pattern, compiled: re.Pattern) -> None:
    assert cached == compiled  # same pattern, flags and engine code
    assert (cached.groups, cached.groupindex, cached.flags) == (compiled.groups, compiled.groupindex, compiled.flags)
    for text in TEXTS:
        subject: str | bytes = text.encode() if isinstance(cached.pattern, bytes) else text
        assert [m.span() for m in cached.finditer(subject)] == [m.span() for m in compiled.finditer(subject)]


def _app_patterns() -> list[tuple[str | bytes, int]]:
    """The patterns this process compiled (the editor's modules are imported by other tests)."""
    import editor.markdown.syntax
    import editor.typography  # noqa: F401

    return [(pattern, flags) for (_kind, pattern, flags) in list(re._cache)]  # type: ignore[attr-defined]


def test_patterns_from_the_file_equal_what_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "patterns"
    patterns = CORPUS + _app_patterns()[: regex_cache.MAX_ENTRIES - len(CORPUS)]  # all kept by the file
    with compiled_patterns(path) as first:
        recorded = _compile_all(patterns)
    assert first is not None and first.added == len(set(patterns))
    with compiled_patterns(path) as second:
        cached = _compile_all(patterns)
    assert second is not None and second.added == 0  # every one built from the file
    expected = _compile_all(patterns)  # re's own compiler again, the block over
    for one, two, three in zip(recorded, cached, expected, strict=True):
        _same(one, three)
        _same(two, three)


@st.composite
def _patterns(draw: st.DrawFn) -> tuple[str, int]:
    pieces = st.sampled_from(
        ["a", "é", "b", ".", r"\d", r"\w", r"\s", "[a-c]", "[^x]", "(", ")", "(?:", "(?P<n>", "|", "*", "+",
         "?", "{2,3}", "*?", "^", "$", r"\b", "(?=a)", "(?<!b)", "(?i:", "[\u00a0\u202f]", "»", "'"]
    )  # fmt: skip
    flags = draw(st.sampled_from([0, re.I, re.M, re.S, re.X, re.A, re.I | re.M | re.S]))
    return "".join(draw(st.lists(pieces, max_size=12))), int(flags)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pattern=_patterns(), text=st.text(alphabet="abcéx1 \u00a0»'\n", max_size=20))
def test_any_pattern_comes_back_equal_or_fails_the_same(tmp_path: Path, pattern: tuple[str, int], text: str) -> None:
    path = tmp_path / f"patterns-{abs(hash(pattern))}"
    try:
        expected = _compile_all([pattern])[0]
    except re.error:
        with compiled_patterns(path) as cache, pytest.raises(re.error):
            _compile_all([pattern])
        assert cache is not None and cache.added == 0 and not path.exists()
        return
    with compiled_patterns(path):
        _compile_all([pattern])
    with compiled_patterns(path) as cache:
        cached = _compile_all([pattern])[0]
    assert cache is not None and cache.added == 0
    assert cached == expected and cached.groupindex == expected.groupindex
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in expected.finditer(text)]


def _valid_file(path: Path) -> None:
    with compiled_patterns(path):
        _compile_all(CORPUS)


def _damaged(path: Path, kind: str) -> None:
    _valid_file(path)
    data = path.read_bytes()
    version, build, checksum, payload = marshal.loads(data)
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "garbage":
        path.write_bytes(b"\x00\xffnot a cache at all")
    elif kind == "cut short":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "altered":
        flipped = payload[:-10] + bytes([payload[-10] ^ 0xFF]) + payload[-9:]
        path.write_bytes(marshal.dumps((version, build, checksum, flipped)))
    elif kind == "another python":
        path.write_bytes(marshal.dumps((version, ("3.0.0",), checksum, payload)))
    elif kind == "another format":
        path.write_bytes(marshal.dumps((FORMAT + 1, build, checksum, payload)))
    elif kind == "not a table":
        other = marshal.dumps([1, 2, 3])
        path.write_bytes(marshal.dumps((version, build, zlib.crc32(other), other)))
    elif kind == "entry refused by the engine":
        entries = marshal.loads(payload)
        for key, stored in entries.items():
            arguments = list(marshal.loads(stored))
            arguments[1] = [999_999, 1, 2]  # not engine code
            entries[key] = marshal.dumps(tuple(arguments))
        bad = marshal.dumps(entries)
        path.write_bytes(marshal.dumps((version, build, zlib.crc32(bad), bad)))


@pytest.mark.parametrize(
    "kind",
    ["empty", "garbage", "cut short", "altered", "another python", "another format", "not a table",
     "entry refused by the engine"],
)  # fmt: skip
def test_a_damaged_file_changes_nothing_and_is_replaced(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "patterns"
    _damaged(path, kind)
    with compiled_patterns(path) as cache:
        got = _compile_all(CORPUS)
    assert cache is not None and cache.added == len(CORPUS)  # compiled by re, not taken from the file
    for one, expected in zip(got, _compile_all(CORPUS), strict=True):
        _same(one, expected)
    with compiled_patterns(path) as again:
        _compile_all(CORPUS)
    assert again is not None and again.added == 0  # the file was written anew, whole


def test_a_pattern_that_does_not_compile_raises_and_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "patterns"
    with compiled_patterns(path) as cache:
        with pytest.raises(re.error) as unterminated:
            re.compile("[abc")
        with pytest.raises(re.error) as redefined:
            re._compiler.compile("(?P<x>a)(?P<x>b)", 0)  # type: ignore[attr-defined]
    assert "unterminated character set" in str(unterminated.value)
    assert "redefinition of group name" in str(redefined.value)
    assert cache is not None and cache.added == 0 and not cache.entries
    assert not path.exists()


def test_re_is_itself_again_after_the_block_and_blocks_do_not_nest(tmp_path: Path) -> None:
    compile_before, engine_before = re._compiler.compile, re._compiler._sre  # type: ignore[attr-defined]
    with compiled_patterns(tmp_path / "outer") as outer:
        assert re._compiler.compile == outer.compile  # type: ignore[attr-defined, union-attr]
        with compiled_patterns(tmp_path / "inner") as inner:
            assert inner is None
            re.compile("inside the inner block")
        assert re._compiler.compile == outer.compile  # type: ignore[attr-defined, union-attr]
    assert (re._compiler.compile, re._compiler._sre) == (compile_before, engine_before)  # type: ignore[attr-defined]
    assert not (tmp_path / "inner").exists() and (tmp_path / "outer").exists()
    with pytest.raises(ZeroDivisionError), compiled_patterns(tmp_path / "error"):
        1 / 0  # noqa: B018
    assert re._compiler.compile == compile_before  # type: ignore[attr-defined]


def test_the_file_is_written_only_when_a_run_compiled_something_new(tmp_path: Path) -> None:
    path = tmp_path / "patterns"
    _valid_file(path)
    written = path.stat().st_ino, path.stat().st_mtime_ns
    _valid_file(path)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == written
    with compiled_patterns(path):
        re._compiler.compile("a new one", 0)  # type: ignore[attr-defined]
    assert path.stat().st_ino != written[0] or path.stat().st_mtime_ns != written[1]


def test_the_file_keeps_the_patterns_used_last_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns"
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 4)
    with compiled_patterns(path):
        _compile_all([(f"old{index}", 0) for index in range(4)])
    with compiled_patterns(path):
        _compile_all([("old3", 0), ("new", 0)])
    with compiled_patterns(path) as cache:
        assert cache is not None
        assert list(cache.entries) == [("old3", 0), ("new", 0), ("old0", 0), ("old1", 0)]


def test_a_folder_that_cannot_be_written_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    with compiled_patterns(blocker / "patterns"):
        pattern = re._compiler.compile("still (compiled)", 0)  # type: ignore[attr-defined]
    assert pattern.groups == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a file"]


def test_threads_compiling_at_once_each_get_their_own_pattern(tmp_path: Path) -> None:
    path = tmp_path / "patterns"
    wanted = [(f"(?P<g{index}>t{index})+x{{{index % 5 + 1}}}", 0) for index in range(200)]
    results: dict[int, re.Pattern] = {}

    def work(start: int) -> None:
        for index in range(start, len(wanted), 4):
            results[index] = _compile_all([wanted[index]])[0]

    with compiled_patterns(path):
        threads = [threading.Thread(target=work, args=(start,)) for start in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    for index, expected in enumerate(_compile_all(wanted)):
        _same(results[index], expected)
    with compiled_patterns(path) as cache:
        for index, expected in enumerate(_compile_all(wanted)):
            _same(expected, re._compiler.compile(*wanted[index]))  # type: ignore[attr-defined]
    assert cache is not None and cache.added == 0


def test_the_file_records_the_python_that_wrote_it(tmp_path: Path) -> None:
    path = tmp_path / "patterns"
    _valid_file(path)
    version, build, checksum, payload = marshal.loads(path.read_bytes())
    assert version == FORMAT and build == python_build() and checksum == zlib.crc32(payload)


PROBE = """
import sys
from editor import cli, regex_cache
save = regex_cache.PatternCache.save
regex_cache.PatternCache.save = lambda cache: print(cache.added, len(cache.used)) or save(cache)
cli.main(["convert", sys.argv[1], sys.argv[2]])
"""


def test_a_second_run_of_a_command_compiles_no_pattern(tmp_path: Path) -> None:
    env = dict(os.environ, POLICY_EDITOR_HOME=str(tmp_path / "home"))
    runs = [
        subprocess.run(
            [sys.executable, "-c", PROBE, str(SAMPLE), str(tmp_path / "out.docx")],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        ).stdout.split()
        for run in range(2)
    ]  # fmt: skip
    (added, used), (added_again, used_again) = ([int(word) for word in run[:2]] for run in runs)
    assert added == used > 50, runs  # the conversion compiles its patterns...
    assert added_again == 0 and used_again == used, runs  # ...once: the next run builds them from the cache
    assert (tmp_path / "home" / "cache" / regex_cache.FILE_NAME).is_file()
    assert (tmp_path / "out.docx").read_bytes()[:2] == b"PK"
