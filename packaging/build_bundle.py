"""Build the one-folder PyInstaller bundle and smoke-test it (version, CLI, offscreen screenshot).

Usage: ``.venv/bin/python packaging/build_bundle.py`` -> ``dist/policy-editor/policy-editor``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(args), flush=True)
    return subprocess.run(args, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def main() -> int:
    run(sys.executable, "-m", "pip", "install", "-q", "pyinstaller")
    compiled = ROOT / "build" / "translations"
    compiled.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted((ROOT / "translations").glob("*.ts")):
        run(str(lrelease), "-silent", str(source), "-qm", str(compiled / source.with_suffix(".qm").name))
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        str(ROOT / "packaging" / "policy-editor.spec"),
        cwd=str(ROOT),
    )
    binary = ROOT / "dist" / "policy-editor" / "policy-editor"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = run(str(binary), "--version", capture_output=True, env=env).stdout.strip()
    print("bundle says:", version)
    sample = ROOT / "resources" / "samples" / "politique-de-confidentialite.policy.md"
    if sample.exists():
        run(str(binary), "outline", str(sample), env=env, capture_output=True)
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "bundle.png"
        run(str(binary), "--screenshot", str(shot), env=env)
        if not shot.exists() or shot.stat().st_size < 1000:
            print("the bundle did not render its window", file=sys.stderr)
            return 1
    print(f"bundle OK: {binary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
