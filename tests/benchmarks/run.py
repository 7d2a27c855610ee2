"""Run the benchmarks: ``python tests/benchmarks/run.py [NAME ...] [--json]``.

Each ``bench_*.py`` module in this folder contributes benchmarks; NAME selects those whose name
starts with it. Figures are printed side by side with the anchor measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Benchmark, Figure, report, run_benchmark  # noqa: E402


def discover() -> list[Benchmark]:
    found: list[Benchmark] = []
    for path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(path.stem)
        found.extend(module.BENCHMARKS)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="run only benchmarks whose name starts with one of these")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    benches = discover()
    if args.list:
        print("\n".join(bench.name for bench in benches))
        return 0
    selected = [b for b in benches if not args.names or any(b.name.startswith(n) for n in args.names)]
    if not selected:
        print("no benchmark matches " + " ".join(args.names), file=sys.stderr)
        return 2
    figures: list[Figure] = []
    for bench in selected:
        print(f"running {bench.name} ...", file=sys.stderr, flush=True)
        figures.extend(run_benchmark(bench))
    if args.json:
        print(json.dumps([figure.as_dict() for figure in figures], indent=2, ensure_ascii=False))
    else:
        print(report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
