"""The renderers' fixture files: ``tests/fixtures/render/NAME.md`` -> ``NAME.html`` (the HTML the
preview and the HTML export show) and ``docx/NAME.xml`` (the DOCX body of the same text, with the
numbering of its lists).

Regenerate the expected files after a deliberate change, then review the diff by eye:

    .venv/bin/python tests/render/render_fixtures.py            # every fixture
    .venv/bin/python tests/render/render_fixtures.py table-alignment lists-ordered-start
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

from editor.exporters import export_bytes
from editor.exporters.sanitize import sanitize
from editor.model import Metadata, Policy, Section
from editor.render import RenderContext
from editor.render.html import body_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "render"
CONTEXT = RenderContext(profile="fine", locale="fr-FR")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = re.compile(r' xmlns:\w+="[^"]*"')


def sources() -> list[Path]:
    return sorted(FIXTURES.glob("*.md"))


def html_of(markdown: str) -> str:
    """What the preview and the HTML export show for a section body."""
    return sanitize(body_html(markdown, CONTEXT)) + "\n"


def docx_of(markdown: str) -> str:
    """The DOCX body paragraphs and tables of a section body, then the numbering they use."""
    policy = Policy(Metadata(title="", locale="fr-FR"), (Section("fixture", "Fixture", 1, markdown),))
    data = export_bytes(policy, "docx", {"toc": False})
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{{{W}}}body")
        numbering = etree.fromstring(package.read("word/numbering.xml"))
    assert body is not None
    blocks = [child for child in body if child.tag != f"{{{W}}}sectPr"]
    heading = next(i for i, block in enumerate(blocks) if block.find(f".//{{{W}}}bookmarkStart") is not None)
    lines = [_xml(block) for block in blocks[heading + 1 :]]
    used = {value for line in lines for value in re.findall(r'<w:numId w:val="(\d+)"/>', line)}
    for num in numbering.iterfind(f"{{{W}}}num"):
        if num.get(f"{{{W}}}numId") in used:
            lines.append(_xml(num))
    return "\n".join(lines) + "\n"


def _xml(element: etree._Element) -> str:
    return _NAMESPACES.sub("", etree.tostring(element, encoding="unicode"))


def expected_paths(source: Path) -> tuple[Path, Path]:
    return source.with_suffix(".html"), source.parent / "docx" / (source.stem + ".xml")


def regenerate(names: list[str]) -> None:
    for source in sources():
        if names and source.stem not in names:
            continue
        text = source.read_text(encoding="utf-8")
        html_path, docx_path = expected_paths(source)
        docx_path.parent.mkdir(exist_ok=True)
        html_path.write_text(html_of(text), encoding="utf-8")
        docx_path.write_text(docx_of(text), encoding="utf-8")
        print(f"wrote {html_path.name} and docx/{docx_path.name}")


if __name__ == "__main__":
    regenerate(sys.argv[1:])
