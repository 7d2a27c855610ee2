"""Export as the user feels it: whole processes, ``policy-editor convert IN OUT`` against pandoc.

The same 200-section policy is written twice, as ``.policy.md`` and as plain ``.md``; each is
converted to HTML and to DOCX by a fresh ``policy-editor convert`` process (the console script
next to this Python, else ``python -m editor``). pandoc (``pypandoc-binary``, the ``bench``
extra) converts the ``.md`` with ``-s --toc`` (our exports carry a title block and contents too)
in a fresh process as well. The floor is a fresh Python that imports Python-Markdown and parses
the ``.md`` once: interpreter, imports and one parse, nothing else.

Runs are interleaved (one of each command per round, after a warm-up round that also writes the
bytecode caches an installed copy has), and each line gives the median wall time, the ratio to
pandoc's median for the same output format and whether the goal is met. The CPU time of each
child (user + system) is given beside it: on a machine shared with other jobs it moves less.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_policy, policy_markdown
from harness import Benchmark, Figure

from editor.exporters import export_bytes

SECTIONS = 200
ROUNDS = int(os.environ.get("BENCH_EXPORT_ROUNDS", "7"))
#: Goal per output format, as a fraction of pandoc's time for the same output (issue 19).
GOALS = {"html": 0.30, "docx": 0.45}
#: Our conversions: input suffix -> output format.
OURS = ("policy.md->html", "md->html", "policy.md->docx", "md->docx")
FLOOR = "import sys, markdown; markdown.markdown(open(sys.argv[1], encoding='utf-8').read())"


def pandoc_path() -> str | None:
    try:
        import pypandoc

        path = pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        return None
    return str(path) if path else None


def our_command() -> list[str]:
    """The installed ``policy-editor`` script beside this interpreter, else ``python -m editor``."""
    script = Path(sys.executable).with_name("policy-editor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "editor"]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its bytecode compiled
    return env


def _run(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env())
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _commands(folder: Path, pandoc: str | None) -> dict[str, list[str]]:
    policy = make_policy(SECTIONS)
    (folder / "doc.policy.md").write_bytes(export_bytes(policy, "policy", {}))
    (folder / "doc.md").write_text(policy_markdown(policy), encoding="utf-8")
    ours = our_command()
    commands = {}
    for name in OURS:
        source, fmt = name.split("->")
        commands[name] = [*ours, "convert", str(folder / f"doc.{source}"), str(folder / f"ours.{fmt}")]
    if pandoc:
        for fmt in ("html", "docx"):
            out = str(folder / f"pandoc.{fmt}")
            commands[f"pandoc->{fmt}"] = [
                pandoc,
                "-f",
                "markdown",
                "-s",
                "--toc",
                "-M",
                "lang=fr-FR",
                str(folder / "doc.md"),
                "-o",
                out,
            ]
    commands["floor"] = [sys.executable, "-c", FLOOR, str(folder / "doc.md")]
    return commands


def _measure() -> list[Figure]:
    pandoc = pandoc_path()
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        commands = _commands(folder, pandoc)
        for command in commands.values():
            _run(command)  # warm-up: file cache, bytecode
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(ROUNDS):
            for name, command in commands.items():
                wall, cpu = _run(command)
                walls[name].append(wall)
                cpus[name].append(cpu)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    wall = {name: statistics.median(values) for name, values in walls.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    label = "pandoc md->%s -s --toc (process)" if pandoc else "pandoc not installed (pip install -e '.[bench]'): %s"
    rows = [(f"export.process {name} {SECTIONS} sections", name, name.rsplit(">", 1)[1]) for name in OURS]
    rows += [(f"export.process floor vs pandoc->{fmt}", "floor", fmt) for fmt in GOALS]
    figures = []
    for title, name, fmt in rows:
        anchor = f"pandoc->{fmt}"
        notes: dict[str, float | str] = {"cpu_ms": round(cpu[name] * 1000)}
        if anchor in wall:
            notes["cpu_ratio"] = round(cpu[name] / cpu[anchor], 2)
            if name != "floor":
                notes["goal"] = "met" if wall[name] / wall[anchor] <= GOALS[fmt] else "NOT met"
        target = f"<= {GOALS[fmt]} x pandoc" if name != "floor" else "reference: interpreter + import + one parse"
        figures.append(Figure(title, wall[name], wall.get(anchor), label % fmt, target, notes))
    return figures


BENCHMARKS = [Benchmark("export.process", measure=_measure)]
