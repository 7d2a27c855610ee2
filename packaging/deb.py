"""Build the Debian package from the one-folder bundle with dpkg-deb.

Layout: the bundle in /opt/NAME, a /usr/bin/NAME launcher, the desktop entry, our MIME type,
the AppStream file and the hicolor icons under /usr/share. Debian's file triggers (desktop-file-utils,
shared-mime-info, hicolor-icon-theme) refresh the caches, so no maintainer scripts are needed and
removing the package leaves nothing behind.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desktop_files import validate, write_desktop_files
from metadata import App

#: System libraries the bundle loads from the system (PyInstaller leaves out libc, GL and EGL, and the
#: xcb platform plugin needs the xcb helpers), plus a font with French punctuation (U+202F).
DEPENDS = [
    "libc6",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libpng16-16",
    "libexpat1",
    "zlib1g",
    "libx11-6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libdbus-1-3",
    "libglib2.0-0",
    "fonts-dejavu-core",
]

LAUNCHER = """#!/bin/sh
# Start Policy Editor from its bundle in {opt}.
exec {opt}/{name} "$@"
"""


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _size_kib(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) // 1024


def control(application: App, installed_kib: int, arch: str) -> str:
    return (
        f"Package: {application.name}\n"
        f"Version: {application.version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {application.maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Homepage: {application.homepage}\n"
        f"Description: {application.summary}\n"
        " Policy Editor is for the people who write and maintain a website's legal pages\n"
        " (privacy policy, legal notice, terms of use) in French and English: a tree of\n"
        " sections, a live preview, correct French typography, and export to WordPress,\n"
        " Word (DOCX) and HTML.\n"
    )


def stage(application: App, bundle: Path, icons: Path, root: Path) -> dict[str, Path]:
    """Lay the package's files out under ``root``; return the desktop files written."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / application.name
    shutil.copytree(bundle, opt, symlinks=True)
    launcher = root / "usr" / "bin" / application.name
    launcher.parent.mkdir(parents=True)
    launcher.write_text(LAUNCHER.format(opt=f"/opt/{application.name}", name=application.name), encoding="utf-8")
    launcher.chmod(0o755)
    share = root / "usr" / "share"
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    files = write_desktop_files(application, share)
    for path in root.rglob("*"):  # dpkg-deb wants sane permissions whatever the umask was
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    return files


def build_deb(application: App, bundle: Path, icons: Path, work: Path, out: Path) -> Path:
    """Stage, validate the desktop files and build ``out/NAME_VERSION_ARCH.deb``."""
    if not (bundle / application.name).exists():
        raise FileNotFoundError(f"{bundle}: no bundle here; run `python packaging/build.py bundle` first")
    arch = architecture()
    root = work / f"{application.name}_{application.version}_{arch}"
    files = stage(application, bundle, icons, root)
    problems = validate(files)
    if problems:
        raise RuntimeError("the desktop files do not validate:\n" + "\n".join(problems))
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(application, _size_kib(root), arch), encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    package = out / f"{root.name}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(package)],
        check=True,
        capture_output=True,
        text=True,
    )
    return package
