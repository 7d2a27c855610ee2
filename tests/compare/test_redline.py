"""The redline exports read back: DOCX tracked changes (accept all = new text, reject all = old
text, here by reading the XML and, where LibreOffice is installed, by LibreOffice itself) and the
HTML comparison page."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from builders import base_policy, paragraphs
from hypothesis import HealthCheck, given, settings
from lxml import etree
from strategies import policies

from editor.compare import compare
from editor.exporters.docx_text import clean
from editor.exporters.redline_docx import export_redline, one_line
from editor.exporters.redline_html import export_redline_html
from editor.model import DeleteSection, EditBody, InsertSection, MoveSection, Rename, Section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)


def _versions():
    old = base_policy()
    new = MoveSection("contact", None, 0).apply(old).policy
    new = EditBody("contact", "Écrivez-nous à dpo@exemple.fr ou par courrier.").apply(new).policy  # moved and edited
    new = Rename("droits", "Vos droits sur vos données").apply(new).policy
    new = EditBody("conservation", "Nous conservons vos données personnelles 5 ans.").apply(new).policy
    new = DeleteSection("intro").apply(new).policy
    new = InsertSection(None, 3, Section("transferts", "Transferts", 2, "Aucun transfert hors de l’UE.")).apply(new)
    return old, new.policy


def _document(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def _mark(paragraph: etree._Element) -> str | None:
    rpr = paragraph.find(f"{W}pPr/{W}rPr")
    if rpr is None:
        return None
    for tag in ("ins", "del", "moveFrom", "moveTo"):
        if rpr.find(f"{W}{tag}") is not None:
            return tag
    return None


def _resolve(document: etree._Element, accept: bool) -> list[str]:
    """The paragraphs' text after accepting (or rejecting) every tracked change."""
    dropped_marks = ("del", "moveFrom") if accept else ("ins", "moveTo")
    dropped_runs = {f"{W}{tag}" for tag in dropped_marks}
    out = []
    for paragraph in document.iter(f"{W}p"):
        if _mark(paragraph) in dropped_marks:
            continue
        text = []
        for node in paragraph.iter(f"{W}t", f"{W}delText"):
            if any(ancestor.tag in dropped_runs for ancestor in node.iterancestors()):
                continue
            text.append(node.text or "")
        out.append("".join(text))
    return out


def test_redline_has_real_tracked_changes_with_author_and_date() -> None:
    old, new = _versions()
    document = _document(export_redline(compare(old, new), {"author": "Service juridique", "date": WHEN}))
    for tag in ("ins", "del", "moveFrom", "moveTo"):
        revisions = list(document.iter(f"{W}{tag}"))
        assert revisions, tag
        for revision in revisions:
            assert revision.get(f"{W}author") == "Service juridique"
            assert revision.get(f"{W}date") == "2026-03-01T09:30:00Z"
    starts = {e.get(f"{W}name") for e in document.iter(f"{W}moveFromRangeStart")}
    assert starts and starts == {e.get(f"{W}name") for e in document.iter(f"{W}moveToRangeStart")}
    ids = [e.get(f"{W}id") for e in document.iter() if e.get(f"{W}id") is not None and "RangeEnd" not in e.tag]
    assert len(ids) == len(set(ids))
    deleted = "".join(t.text for t in document.iter(f"{W}delText"))
    assert "3" in deleted and "Cette politique décrit nos traitements." in deleted


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old() -> None:
    old, new = _versions()
    document = _document(export_redline(compare(old, new)))
    assert _resolve(document, accept=True) == paragraphs(new)
    assert _resolve(document, accept=False) == paragraphs(old)


def test_a_title_given_to_an_untitled_section_is_a_whole_new_paragraph() -> None:
    old = base_policy()
    new = Rename("intro", "").apply(old).policy
    for before, after in ((old, new), (new, old)):
        document = _document(export_redline(compare(before, after)))
        assert _resolve(document, accept=True) == paragraphs(after)
        assert _resolve(document, accept=False) == paragraphs(before)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policies(), policies())
def test_any_two_policies_give_each_other_back(old, new) -> None:
    document = _document(export_redline(compare(old, new)))
    assert _resolve(document, accept=True) == [clean(one_line(text)) for text in paragraphs(new)]
    assert _resolve(document, accept=False) == [clean(one_line(text)) for text in paragraphs(old)]


def _uno_python() -> str | None:
    if shutil.which("soffice") is None:
        return None
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and subprocess.run([candidate, "-c", "import uno"], capture_output=True).returncode == 0:
            return candidate
    return None


@pytest.mark.slow
def test_libreoffice_opens_the_redline_as_revisions(tmp_path: Path) -> None:
    python = _uno_python()
    if python is None:
        pytest.skip("LibreOffice (soffice) with its Python bridge (python3-uno) is not installed")
    old, new = _versions()
    path = tmp_path / "redline.docx"
    path.write_bytes(export_redline(compare(old, new), {"author": "Service juridique", "date": WHEN}))
    script = Path(__file__).with_name("lo_revisions.py")
    result = subprocess.run(
        [python, str(script), str(path), str(tmp_path / "profile")], capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert int(lines[0].split()[1]) >= 6  # LibreOffice sees the tracked changes
    accepted = lines[lines.index("== accept") + 1 : lines.index("== reject")]
    rejected = lines[lines.index("== reject") + 1 :]

    def trimmed(items: list[str]) -> list[str]:  # the document's last paragraph mark always stays
        while items and not items[-1]:
            items = items[:-1]
        return items

    assert trimmed(accepted) == paragraphs(new)
    assert trimmed(rejected) == paragraphs(old)


def test_html_page_marks_insertions_deletions_and_moves() -> None:
    old, new = _versions()
    page = export_redline_html(compare(old, new), {"old_label": "1.0", "new_label": "1.1"}).decode("utf-8")
    assert '<html lang="fr">' in page and "Comparaison : 1.0 → 1.1" in page
    assert "<del>3</del><ins>personnelles 5</ins>" in page
    assert 'class="moved-from"' in page and 'class="moved-to"' in page
    moved_to = page.split('class="moved-to"')[1].split("</section>")[0]
    assert "<ins> ou par courrier</ins>" in moved_to  # where it now is, a moved section shows its edits
    assert "Section ajoutée\u00a0: « Transferts »" in page
    assert "http" not in page.replace("https://", "").split("<body>")[0].replace("http-equiv", "")
    body = page.split('<div class="changelog">')[1].split("</div>", 1)[1]
    body = re.sub(r'<section class="(moved-from|removed)".*?</section>', "", body, flags=re.S)
    body = re.sub(r"<del>.*?</del>", "", body, flags=re.S)
    body = re.sub(r'<p class="note">.*?</p>', "", body)
    found = re.findall(r"<(p|h\d)>(.*?)</\1>", body)
    texts = [html.unescape(re.sub(r"<[^>]+>", "", inner)) for _tag, inner in found]
    assert texts == paragraphs(new)[1:]


if __name__ == "__main__":  # pragma: no cover - a manual look at the redline
    old, new = _versions()
    Path(sys.argv[1]).write_bytes(export_redline(compare(old, new)))
