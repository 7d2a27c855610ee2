"""Render the application icon from its SVG source (resources/icons/policy-editor.svg).

Writes the freedesktop hicolor sizes (PNG, plus the SVG as scalable), the Windows .ico and the
macOS .icns. Both containers hold PNG images, a layout Windows Vista+ and macOS 10.7+ read, so
they are written here directly rather than through an extra image library.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
_APPLICATION: list[object] = []  # the Qt application render_png started, if it had to
#: ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:  # a QApplication, so that a later widget user can share it
        _APPLICATION.append(QApplication([]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (size -> PNG bytes)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the given PNG images (sizes from ICNS_TYPES)."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(images[size])) + images[size] for size in sorted(images)
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(svg: Path, out: Path, name: str) -> list[Path]:
    """Write hicolor/, NAME.ico and NAME.icns under ``out``; return the files written."""
    pngs = {size: render_png(svg, size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_TYPES})}
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    for path, data in (
        (out / f"{name}.ico", ico({size: pngs[size] for size in ICO_SIZES})),
        (out / f"{name}.icns", icns({size: pngs[size] for size in ICNS_TYPES})),
    ):
        path.write_bytes(data)
        written.append(path)
    return written
