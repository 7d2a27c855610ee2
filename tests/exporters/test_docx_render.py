"""LibreOffice renders our DOCX: a PDF with the title, headings, footer fields and no-break spaces.

Marked ``slow``; skipped (not failed) where LibreOffice (``soffice``) is not installed. The PDF
text is read with ``pdftotext`` when poppler is there (it turns U+00A0/U+202F into spaces, so the
no-break spaces are checked on LibreOffice's own text export instead).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.exporters import export_bytes
from editor.model import Metadata, Policy, Section

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _policy() -> Policy:
    body = (
        "Le responsable du traitement est Exemple\u00a0SAS, 10\u00a0000\u00a0€ de capital.\n"
        "Durée\u202f: 13\u00a0mois.\n\n"
        "- identité\n- adresse électronique\n\n1. un\n2. deux\n\n[CNIL](https://www.cnil.fr/)\n\n"
        "| Donnée | Durée |\n|---|---|\n| e-mail | 3\u00a0ans |"
    )
    sections = (
        Section("donnees", "Données collectées", 2, body, (Section("cookies", "Cookies", 3, "Des cookies."),)),
        Section("droits", "Vos droits", 2, "Écrivez-nous."),
    )
    meta = Metadata(title="Politique de confidentialité", version="3.0", updated=dt.date(2026, 3, 14), profile="fine")
    return Policy(meta, sections)


def _convert(source: Path, target: str, out: Path, profile: Path) -> Path:
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target, "--outdir",
         str(out), str(source)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    produced = out / (source.stem + "." + target.split(":")[0])
    assert produced.exists(), f"LibreOffice produced no {target}"
    return produced


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_renders_the_docx(tmp_path: Path) -> None:
    source = tmp_path / "politique.docx"
    source.write_bytes(export_bytes(_policy(), "docx", {"profile": "none"}))
    profile = tmp_path / "lo-profile"
    pdf = _convert(source, "pdf", tmp_path, profile)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
        words = " ".join(text.stdout.split())
        for expected in ("Politique de confidentialité", "Données collectées", "Vos droits", "Sommaire"):
            assert expected in words, expected
        assert re.search(r"Page 1 / [2-9]", words), "the footer's PAGE / NUMPAGES fields are computed"
        assert "Version 3.0" in words and "Dernière mise à jour" in words
    txt = _convert(source, "txt:Text (encoded):UTF8", tmp_path, profile)
    plain = txt.read_text(encoding="utf-8-sig")
    assert "Exemple\u00a0SAS" in plain and "10\u00a0000\u00a0€" in plain and "Durée\u202f: 13\u00a0mois" in plain
