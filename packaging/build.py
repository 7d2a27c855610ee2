"""Build Policy Editor's installers: ``python packaging/build.py bundle|deb|all``.

- ``bundle``: compile the translations, render the icons, run PyInstaller on
  packaging/policy-editor.spec -> ``dist/policy-editor/`` (on macOS also ``dist/PolicyEditor.app``);
  print its size and ten largest parts; fail when it is over the size target (Linux).
- ``deb``: the Debian package from that bundle -> ``dist/policy-editor_VERSION_ARCH.deb``.
- ``all``: ``bundle`` then the installer of this OS (Linux: ``deb``; Windows: ``windows``;
  macOS: ``dmg``).
- ``windows``: Inno Setup (``iscc``) on packaging/windows/policy-editor.iss -> ``dist/``.
- ``dmg``: ``dist/PolicyEditor-VERSION.dmg`` with hdiutil (packaging/macos/make_dmg.sh).

Run it with the project's venv, with the ``package`` extra installed (PyInstaller):
``.venv/bin/pip install -e ".[package]"``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import icons
import metadata
import size_report
from metadata import BUILD, DIST, PACKAGING, ROOT, SIZE_TARGET


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def compile_translations() -> list[Path]:
    """translations/*.ts -> build/packaging/translations/*.qm (pyside6-lrelease, else editor/qm.py)."""
    from editor.gui.i18n import compile_ts

    out = BUILD / "translations"
    return [compile_ts(ts, out / ts.with_suffix(".qm").name) for ts in sorted((ROOT / "translations").glob("*.ts"))]


def render_icons(application: metadata.App) -> Path:
    out = BUILD / "icons"
    icons.build_icons(ROOT / "resources" / "icons" / f"{application.name}.svg", out, application.name)
    return out


def bundle(application: metadata.App) -> Path:
    compile_translations()
    render_icons(application)
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "policy-editor.spec"),
        ],
        cwd=str(ROOT),
    )
    folder = application.bundle_dir
    print(size_report.report(folder, SIZE_TARGET), flush=True)
    if sys.platform.startswith("linux"):
        size_report.check(folder, SIZE_TARGET)
    return folder


def deb(application: metadata.App) -> Path:
    from deb import build_deb

    package = build_deb(application, application.bundle_dir, BUILD / "icons", BUILD / "deb", DIST)
    print(f"{package}: {size_report.mib(package.stat().st_size)}", flush=True)
    return package


def iscc_command(application: metadata.App, iscc: str = "iscc") -> list[str]:
    """The Inno Setup compiler call: name and version passed in from the one place they live."""
    return [
        iscc,
        f"/DAppName={application.display_name}",
        f"/DAppExeName={application.name}",
        f"/DAppVersion={application.version}",
        f"/DAppId={application.app_id}",
        f"/DAppPublisher={application.publisher}",
        # Windows associates by the last extension: .md for NAME.policy.md
        f"/DAssocExtension={Path(application.extension).suffix}",
        f"/DProgId={application.app_id}.Policy",
        f"/DBundleDir={application.bundle_dir}",
        f"/DIconFile={BUILD / 'icons' / f'{application.name}.ico'}",
        f"/DOutputDir={DIST}",
        str(PACKAGING / "windows" / "policy-editor.iss"),
    ]


def windows(application: metadata.App) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        raise SystemExit("Inno Setup's iscc is not on PATH (https://jrsoftware.org/isdl.php)")
    run(iscc_command(application, iscc))


def dmg_command(application: metadata.App) -> list[str]:
    return [
        "sh",
        str(PACKAGING / "macos" / "make_dmg.sh"),
        str(DIST / application.mac_app_name),
        str(DIST / f"{application.display_name.replace(' ', '')}-{application.version}.dmg"),
        application.display_name,
    ]


def dmg(application: metadata.App) -> None:
    run(dmg_command(application))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=["bundle", "deb", "all", "windows", "dmg"])
    target = parser.parse_args(argv).target
    application = metadata.app()
    if target in ("bundle", "all"):
        bundle(application)
    if target == "deb" or (target == "all" and sys.platform.startswith("linux")):
        deb(application)
    if target == "windows" or (target == "all" and sys.platform == "win32"):
        windows(application)
    if target == "dmg" or (target == "all" and sys.platform == "darwin"):
        dmg(application)
    return 0


if __name__ == "__main__":
    sys.exit(main())
