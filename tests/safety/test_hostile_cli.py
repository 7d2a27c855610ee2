"""The damaged and hostile files of issue 18, each converted by the command line in a bounded child.

Every input is generated here (nothing large is committed) and converted with
``policy-editor convert IN OUT`` in a child process limited to MEMORY_LIMIT bytes of address
space and CPU_LIMIT seconds of CPU. Accepted outcomes: exit 0 with a sane output, or exit 2 with
one line on stderr naming the input; never a traceback, a hang or a crash; the input is left
unchanged and a failed conversion leaves no output behind.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile import _docx_package, _paragraph, _wordpress, run_cli_bounded

from editor import native

MEMORY_LIMIT = 1024**3  # the bound: no input may need more than 1 GB
CPU_LIMIT = 10  # seconds of CPU per input (the bound; CPU, so a loaded machine does not matter)
WALL_LIMIT = 120.0  # only against a real hang: machines running several suites are slow


def _page(content: object, **fields: object) -> bytes:
    return json.dumps({"id": 3, "title": {"rendered": "Politique"}, "content": content, **fields}).encode()


def _late_doctype() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_package(_paragraph("Titre", "Heading2") + _paragraph("x" * 5000))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b"?>" + b" " * 5000 + b'<!DOCTYPE d [<!ENTITY e "x">]>', 1)
            target.writestr(info.filename, data)
    return out.getvalue()


@dataclass(frozen=True)
class Case:
    name: str
    file_name: str
    make: Callable[[Path], None]  # writes the input at the given path
    expect: str  # "ok", "error" or "either"
    output: str = "out.html"


def data(content: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_bytes(content() if callable(content) else content)

    return write


def symlink_loop(path: Path) -> None:
    other = path.with_name("other" + path.suffix)
    os.symlink(other, path)
    os.symlink(path, other)


CASES = [
    Case("surrogate", "page.json", data(_page({"rendered": "<h2>A</h2><p>x\ud800y</p>"})), "ok"),
    Case("surrogate_to_policy", "page.json", data(_page({"rendered": "<p>x\udfff</p>"})), "ok", "out.policy.md"),
    Case(
        "id_100000_digits",
        "page.json",
        data(lambda: _wordpress("<h2>A</h2>").replace('"id": 3', '"id": ' + "9" * 100_000, 1).encode()),
        "error",
    ),
    Case("content_list", "page.json", data(_page([1, 2])), "ok", "out.policy.md"),
    Case("content_number", "page.json", data(_page(5)), "ok", "out.policy.md"),
    Case("symlink_loop", "loop.md", symlink_loop, "error"),
    Case("named_pipe", "pipe.md", lambda path: os.mkfifo(path), "error"),
    Case("folder", "folder.md", lambda path: path.mkdir(), "error"),
    Case("list_2000_deep", "deep.md", data("".join("  " * i + "- a\n" for i in range(2000)).encode()), "ok"),
    Case("quotes_5000_deep", "quotes.md", data(("> " * 5000 + "a\n").encode()), "ok"),
    Case("html_lists_100000_deep", "deep.html", data(("<ul><li>" * 100_000 + "x").encode()), "either"),
    Case("unclosed_images_25000", "images.md", data(("## T\n\n" + "![a](" * 25_000).encode()), "ok"),
    Case("line_5MB", "line.md", data(lambda: ("`[*" * (5 * 1024 * 1024 // 3)).encode()), "ok"),
    # from HTML: every character escaped (html_markdown.escape_text), then typography masks the escapes
    Case("html_line_5MB", "line.html", data(lambda: ("<p>" + "`[*" * (5 * 1024 * 1024 // 3) + "</p>").encode()), "ok"),
    Case(
        "line_5MB_to_policy", "line.md", data(lambda: ("`[*" * (5 * 1024 * 1024 // 3)).encode()), "ok", "out.policy.md"
    ),
    Case("late_doctype", "doc.docx", data(_late_doctype), "error"),
    Case("utf16_no_bom", "u16.md", data("## Données\n\nTexte.\n".encode("utf-16-le")), "ok"),
    Case(
        "nul_policy",
        "nul.policy.md",
        data(b"---\nformat: policy-editor/1\ntitle: T\n---\n\n## A {#a}\n\nx\x00y\n"),
        "ok",
    ),
]


def snapshot(folder: Path) -> dict[str, str]:
    found = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            found[path.name] = "-> " + os.readlink(path)
        elif path.is_file():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[path.name] = "special"
    return found


def sane(output: Path) -> None:
    text = output.read_text(encoding="utf-8")  # valid UTF-8: no lone surrogate could be written
    assert "\x00" not in text
    if output.name.endswith(".policy.md"):
        native.loads(text, str(output))
    else:
        assert "<html" in text and "</html>" in text


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_file_is_converted_or_refused_within_bounds(tmp_path: Path, case: Case) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    source = inputs / case.file_name
    case.make(source)
    before = snapshot(inputs)
    output = tmp_path / case.output
    run = run_cli_bounded(["convert", str(source), str(output)], MEMORY_LIMIT, CPU_LIMIT, WALL_LIMIT)
    assert run.returncode is not None, f"{case.name}: still running after {WALL_LIMIT} s"
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode in (0, 2), f"{case.name}: exit {run.returncode}: {run.stderr[-1000:]}"
    assert snapshot(inputs) == before, "the input was changed"
    if run.returncode == 2:
        assert case.expect in ("error", "either"), f"{case.name} was refused: {run.stderr}"
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and str(source) in lines[0], run.stderr
        assert not output.exists() and not list(tmp_path.glob(".out*")), "a failed conversion left output"
    else:
        assert case.expect in ("ok", "either"), f"{case.name} was accepted"
        sane(output)
    assert run.cpu_seconds < CPU_LIMIT, f"{case.name}: {run.cpu_seconds:.1f} s of CPU"
