"""A justified line ending in a manual line break is not stretched ("Droit de          rectification"):
the DOCX sets Word's and LibreOffice's w:doNotExpandShiftReturn, checked in LibreOffice's PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from editor.exporters import export_bytes
from editor.model import Metadata, Policy, Section

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
BODY = (
    "Droit de  \nrectification, d’effacement et de portabilité des données vous concernant, "
    "que vous pouvez exercer à tout moment."
)


def _docx() -> bytes:
    return export_bytes(
        Policy(Metadata(title="T"), (Section("droits", "Vos droits", 2, BODY),)), "docx", {"toc": False}
    )


def test_settings_ask_not_to_expand_lines_ending_in_a_break() -> None:
    settings = zipfile.ZipFile(io.BytesIO(_docx())).read("word/settings.xml").decode("utf-8")
    compat = re.search(r"<w:compat>(.*?)</w:compat>", settings, re.S)
    assert compat is not None
    children = re.findall(r"<w:(\w+)", compat.group(1))
    assert children.count("doNotExpandShiftReturn") == 1
    assert children.index("doNotExpandShiftReturn") < children.index("useFELayout"), "CT_Compat order"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None, reason="needs LibreOffice and pdftotext")
def test_libreoffice_keeps_normal_spaces_before_a_line_break(tmp_path: Path) -> None:
    source = tmp_path / "droits.docx"
    source.write_bytes(_docx())
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(tmp_path / "droits.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)<', boxes)
    position = next(i for i, (_a, _b, word) in enumerate(words) if word == "Droit")
    droit, de = words[position], words[position + 1]
    assert de[2] == "de"
    gap = float(de[0]) - float(droit[1])
    assert gap < 10, f"'Droit' and 'de' are {gap:.0f} pt apart: the line was stretched"
