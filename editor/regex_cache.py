"""Compiled regular expressions kept from one run to the next, as ``.pyc`` files keep modules.

Python's ``re`` compiles a pattern in Python code (its parser, then its compiler) the first time
a process uses it, up to 7 ms for a large verbose one. A start of the window compiles about 70
(PySide6's signature parser alone three large ones), 30-40 ms before the first paint; a
conversion about 180. The C engine builds a pattern from the compiler's output in microseconds,
so :func:`compiled_patterns` keeps that output, per pattern and flags, in a file of the cache
folder, and within its block hands it straight to the engine for every pattern it knows.

The entries are what the running Python's own compiler passed to the engine for the same pattern
and flags, recorded as it ran, and the file is used only by the same Python build (its version,
the engine's magic number and code size): a cached pattern is equal to the one ``re`` makes.
Anything unexpected (a file that cannot be read, was cut short or altered, another Python, an
entry the engine refuses) falls back to ``re``'s own compile; a pattern that does not compile is
never stored and raises as before. ``re``'s warnings about a pattern (a deprecated escape) are
shown when it is first compiled, not when it comes from the cache. The file is rewritten only
when a run compiled patterns it did not hold; writing it is never an error.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]  # re's own compiler, the one we stand in for
from typing import Any

FILE_NAME = "compiled-patterns.marshal"
#: Bump when the layout of the file changes.
FORMAT = 1
#: Patterns kept at most (as many as re keeps in a process): those the last run used first, then
#: older ones, so that one-off patterns (a glob of a file name) fall out. About 1.5 kB each.
MAX_ENTRIES = 512

Key = tuple[str | bytes, int]

_active: PatternCache | None = None


def python_build() -> tuple[object, ...]:
    """What the stored compiler output depends on: the Python build and its regex engine."""
    return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def read_entries(path: Path) -> dict[Key, bytes]:
    """The entries of a cache file; none when it cannot be used (unreadable, damaged, written by
    another Python or in another format)."""
    try:
        data = path.read_bytes()
        version, build, checksum, payload = marshal.loads(data)
        if version != FORMAT or build != python_build() or zlib.crc32(payload) != checksum:
            return {}
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


class _RecordingEngine:
    """Stands for ``_sre`` in ``re``'s compiler: remembers, per thread, the arguments of the last
    pattern it built, whatever this Python's compiler passes."""

    def __init__(self) -> None:
        self.last = threading.local()

    def compile(self, pattern: str | bytes, *arguments: Any) -> re.Pattern:
        self.last.arguments = arguments
        return _sre.compile(pattern, *arguments)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _plain(value: Any) -> Any:
    """``value`` with int subclasses (the compiler's named opcodes) as ints, for marshal."""
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


class PatternCache:
    """The entries of one cache file and the compile function that uses them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.entries: dict[Key, bytes] = {}
        self.used: dict[Key, None] = {}
        self.added = 0
        self.engine = _RecordingEngine()
        self.original = _compiler.compile

    def load(self) -> None:
        """Read the file (finding the cache folder when no path was given): its entries, then
        those compiled so far (finding the folder may compile a pattern or two)."""
        if self.path is None:
            self.path = default_path()
        compiled_so_far = self.entries
        self.entries = read_entries(self.path)
        self.added = 0
        for key, stored in compiled_so_far.items():
            if key not in self.entries:
                self.entries[key] = stored
                self.added += 1

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern:
        """``re._compiler.compile``, from the cache when it holds the pattern."""
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return self.original(pattern, flags)
        key = (pattern, int(flags))
        stored = self.entries.get(key)
        if stored is not None:
            try:
                compiled = _sre.compile(pattern, *marshal.loads(stored))
            except Exception:  # noqa: BLE001 - any damaged entry: forget it, compile as re does
                self.entries.pop(key, None)
            else:
                self.used[key] = None
                return compiled
        self.engine.last.arguments = None
        compiled = self.original(pattern, flags)
        arguments = self.engine.last.arguments
        if arguments is not None:
            try:
                self.entries[key] = marshal.dumps(_plain(arguments))
            except ValueError:  # something marshal cannot write: this pattern is not kept
                pass
            else:
                self.used[key] = None
                self.added += 1
        return compiled

    def save(self) -> None:
        """Write the entries if this run added any: the used ones first, at most MAX_ENTRIES."""
        if not self.added or self.path is None:
            return
        entries = dict(self.entries)  # a copy: a thread still compiling cannot change it under us
        kept: dict[Key, bytes] = {}
        for key in [*self.used, *entries]:
            if len(kept) >= MAX_ENTRIES:
                break
            if key in entries:
                kept.setdefault(key, entries[key])
        payload = marshal.dumps(kept)
        data = marshal.dumps((FORMAT, python_build(), zlib.crc32(payload), payload))
        # Not editor.storage.atomic_write: a cache needs no fsync, no backup and no user-facing
        # error; a file cut short by a crash fails its checksum and is compiled again.
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, self.path)
        except OSError:
            with suppress(OSError):
                temporary.unlink()


def default_path() -> Path:
    from editor.paths import cache_dir

    return cache_dir() / FILE_NAME


@contextmanager
def compiled_patterns(path: Path | None = None) -> Iterator[PatternCache | None]:
    """Within the block, ``re`` builds the patterns the cache file holds without compiling them
    and adds the others to it (written at the end). Does nothing inside another such block."""
    global _active
    if _active is not None:
        yield None
        return
    cache = _active = PatternCache(path)
    _compiler.compile = cache.compile
    _compiler._sre = cache.engine
    try:
        cache.load()
        yield cache
    finally:
        _compiler.compile = cache.original
        _compiler._sre = _sre
        _active = None
        cache.save()


def install_until_exit() -> None:
    """The cache from now until the interpreter exits, written then: for a bundle, whose packager's
    start-up hooks import PySide6 (which compiles its own large patterns) before
    :func:`editor.cli.main` runs (its block then does nothing)."""
    block = compiled_patterns()
    if block.__enter__() is not None:
        atexit.register(block.__exit__, None, None, None)
