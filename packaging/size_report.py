"""How big a one-folder bundle is, and which parts make it so."""

from __future__ import annotations

from pathlib import Path


def files(folder: Path) -> dict[str, int]:
    """Bundle-relative path -> size in bytes, for every regular file (symlinks cost nothing)."""
    return {
        path.relative_to(folder).as_posix(): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    }


def total(folder: Path) -> int:
    return sum(files(folder).values())


def largest(folder: Path, count: int = 10) -> list[tuple[str, int]]:
    return sorted(files(folder).items(), key=lambda item: (-item[1], item[0]))[:count]


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def report(folder: Path, target: int) -> str:
    """The total against the target, then the ten largest files."""
    size = total(folder)
    verdict = "within" if size <= target else "OVER"
    lines = [f"{folder}: {mib(size)} ({verdict} the {mib(target)} target)", "largest parts:"]
    lines += [f"  {mib(part_size):>9}  {path}" for path, part_size in largest(folder)]
    return "\n".join(lines)


def check(folder: Path, target: int) -> None:
    """Stop the build (SystemExit) when ``folder`` is over ``target`` bytes."""
    size = total(folder)
    if size > target:
        raise SystemExit(f"{folder}: {mib(size)} is over the {mib(target)} target: see the largest parts above")
