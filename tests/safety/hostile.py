"""Hostile and broken inputs for every registered importer, and a bounded way to run an import.

:func:`cases` builds, for one importer, the inputs a hostile or broken file can hold (each written
to a file in a temporary folder); :func:`run_bounded` imports one file in a child process with an
address-space limit (RLIMIT_AS), a CPU limit and a wall-clock timeout, and reports what happened.
"""

from __future__ import annotations

import functools
import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor import native
from editor.importers import ImporterSpec
from editor.model.policy import Metadata, Policy, Section

#: Limits every hostile import must stay within.
MEMORY_LIMIT = 2 * 1024**3  # address space of the importing process (bytes)
TIME_LIMIT = 90.0  # seconds, wall clock, per input (machines are shared; a hang is minutes)
HUGE_BYTES = 100 * 1024 * 1024
MILLION = 1_000_000

TEXT = "Nous collectons vos données\u202f: nom, « adresse\u00a0» et l’historique… Voir https://exemple.fr/a_b."


def sample_policy() -> Policy:
    return Policy(
        Metadata(title="Politique de confidentialité"),
        (
            Section("qui", "Qui sommes-nous ?", 2, TEXT),
            Section(
                "donnees", "Données collectées", 2, "- nom ;\n- e-mail.", (Section("cookies", "Cookies", 3, TEXT),)
            ),
        ),
    )


def _html_body(sections: int = 0) -> str:
    if sections:
        return "".join(f"<h2>Section {index}</h2><p>{index}</p>" for index in range(sections))
    return f"<h2>Qui sommes-nous ?</h2><p>{TEXT}</p><h2>Données collectées</h2><ul><li>nom ;</li></ul>"


def _wordpress(content: str) -> str:
    page = {
        "id": 3,
        "date": "2025-05-01T10:00:00",
        "slug": "politique-de-confidentialite",
        "status": "publish",
        "type": "page",
        "title": {"rendered": "Politique de confidentialité"},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": ""},
    }
    return json.dumps(page, ensure_ascii=False)


def _docx_package(document_xml: str) -> bytes:
    """A minimal WordprocessingML package around ``document_xml`` (the body's inner XML)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr("word/document.xml", _document(document_xml))
    return buffer.getvalue()


def _document(inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{inner}</w:body></w:document>'
    )


def _paragraph(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


KINDS = ("policy", "wordpress", "html", "markdown", "docx")


def kind_of(spec: ImporterSpec) -> str:
    """Which family of samples suits an importer: policy, wordpress, html, markdown or docx."""
    if spec.name in KINDS:
        return spec.name
    suffixes = " ".join(spec.suffixes).lower()
    for kind, keys in (
        ("policy", (".policy.md",)),
        ("docx", (".docx",)),
        ("wordpress", (".json",)),
        ("markdown", (".md", ".markdown")),
    ):
        if any(key in suffixes for key in keys):
            return kind
    return "html"


def valid_sample(kind: str) -> bytes:
    if kind == "policy":
        return native.dumps(sample_policy()).encode("utf-8")
    if kind == "wordpress":
        return _wordpress(_html_body()).encode("utf-8")
    if kind == "markdown":
        return f"# Politique\n\n## Qui sommes-nous ?\n\n{TEXT}\n\n## Données\n\n- nom ;\n".encode()
    if kind == "docx":
        return _docx_package(
            _paragraph("Qui sommes-nous ?", "Heading2") + _paragraph(TEXT) + _paragraph("Données", "Heading2")
        )
    return f"<!doctype html><html><head><title>P</title></head><body>{_html_body()}</body></html>".encode()


def million_sections(kind: str) -> bytes:
    if kind == "policy":
        header = "---\nformat: policy-editor/1\ntitle: Million\n---\n"
        return (header + "".join(f"\n## S{i} {{#s{i}}}\n" for i in range(MILLION))).encode()
    if kind == "wordpress":
        return _wordpress("".join(f"<h2>S{i}</h2>" for i in range(MILLION))).encode()
    if kind == "markdown":
        return "".join(f"## S{i}\n\n" for i in range(MILLION)).encode()
    if kind == "docx":
        return _docx_package("".join(_paragraph(f"S{i}", "Heading2") for i in range(MILLION)))
    return ("<html><body>" + "".join(f"<h2>S{i}</h2>" for i in range(MILLION)) + "</body></html>").encode()


def deep_nesting(kind: str, depth: int = 200_000) -> bytes:
    html = "<div>" * depth + "<p>profond</p>" + "</div>" * depth
    if kind == "wordpress":
        return _wordpress(html).encode()
    if kind == "docx":
        inner = "<w:tbl><w:tr><w:tc>" * 5000 + _paragraph("profond") + "</w:tc></w:tr></w:tbl>" * 5000
        return _docx_package(inner)
    if kind == "policy":
        return (native.dumps(sample_policy()) + "\n" + html + "\n").encode()
    return html.encode()


def deep_json(depth: int = 500_000) -> bytes:
    return b'{"content": {"rendered": ' + b"[" * depth + b"]" * depth + b"}}"


@functools.cache
def zip_bomb(uncompressed: int = 1024**3) -> bytes:
    """A DOCX-shaped zip whose document.xml inflates to ``uncompressed`` bytes (about 1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        chunk = b"<w:p>" + b" " * (1024 * 1024 - 5)
        opening = _document("").split("<w:body>")[0].encode() + b"<w:body>"
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(opening)
            for _ in range(uncompressed // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def malformed_utf8(sample: bytes) -> bytes:
    middle = len(sample) // 2
    bad = b"\xc3\x28 \xa0\xa1 \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xc0\xaf \xff"
    return sample[:middle] + bad + sample[middle:]


def re_encoded(sample: bytes, encoding: str) -> bytes:
    try:
        return sample.decode("utf-8").encode(encoding, "replace")
    except UnicodeDecodeError:
        return sample  # binary formats stay as they are


@dataclass(frozen=True)
class Case:
    """One hostile input: a name and how to write it into a folder (returns the file)."""

    name: str
    write: Callable[[Path], Path]


def cases(spec: ImporterSpec) -> list[Case]:
    """Every hostile input for ``spec``, named after the problem it carries."""
    kind = kind_of(spec)
    suffix = spec.suffixes[0]
    sample = valid_sample(kind)
    rng = random.Random(1)

    def data(name: str, make: Callable[[], bytes]) -> Case:
        def write(folder: Path) -> Path:
            file = folder / f"{name}{suffix}"
            file.write_bytes(make())
            return file

        return Case(name, write)

    def huge(folder: Path) -> Path:
        file = folder / f"huge{suffix}"
        with file.open("wb") as out:
            while out.tell() < HUGE_BYTES:
                out.write(sample * max(1, (1 << 20) // len(sample)))
        return file

    return [
        data("valid", lambda: sample),
        data("empty", lambda: b""),
        data("truncated_half", lambda: sample[: len(sample) // 2]),
        data("truncated_end", lambda: sample[:-7]),
        data("binary", lambda: rng.randbytes(65536)),
        data("nul_bytes", lambda: sample.replace(b" ", b"\x00", 5)),
        data("utf16", lambda: re_encoded(sample, "utf-16")),
        data("latin1", lambda: re_encoded(sample, "cp1252")),
        data("malformed_utf8", lambda: malformed_utf8(sample)),
        data("deep_html", lambda: deep_nesting(kind)),
        data("deep_json", deep_json),
        data("zip_bomb", zip_bomb),
        data("million_sections", lambda: million_sections(kind)),
        Case("huge_100MB", huge),
    ]


CHILD = r"""
import json, resource, sys, time, traceback
memory, cpu, path, name = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
start = time.monotonic()
from editor.errors import PolicyEditorError
from editor.importers import import_file
report = {}
try:
    result = import_file(path, name)
    report = {"outcome": "ok", "sections": sum(1 for _ in result.policy.walk()),
              "notices": [n.message() for n in result.notices][:5]}
except PolicyEditorError as error:
    report = {"outcome": "error", "code": error.code, "message": error.message(), "path": error.path}
except MemoryError:
    report = {"outcome": "crash", "error": "MemoryError"}
except BaseException as error:
    report = {"outcome": "crash", "error": repr(error)[:300], "traceback": traceback.format_exc()[-3000:]}
report["seconds"] = round(time.monotonic() - start, 2)
report["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print("REPORT " + json.dumps(report), flush=True)
"""


def run_bounded(path: Path, importer: str) -> dict:
    """Import ``path`` with ``importer`` in a child process within the limits; the child's report.

    A crash of the child (signal, MemoryError, an exception other than PolicyEditorError, no
    report) or going past the time limit gives ``outcome`` "crash" or "timeout".
    """
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(MEMORY_LIMIT), str(int(TIME_LIMIT)), str(path), importer],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            env=dict(os.environ, PYTHONHASHSEED="0"),
        )
    except subprocess.TimeoutExpired:
        return {"outcome": "timeout", "seconds": time.monotonic() - started}
    for line in done.stdout.splitlines():
        if line.startswith("REPORT "):
            report = json.loads(line[len("REPORT ") :])
            report["returncode"] = done.returncode
            return report
    return {"outcome": "crash", "returncode": done.returncode, "stderr": done.stderr[-3000:]}


CLI_CHILD = r"""
import resource, sys
memory, cpu = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
from editor.cli import main
sys.exit(main(sys.argv[3:]))
"""


@dataclass(frozen=True)
class CliRun:
    """What one bounded run of the command line did."""

    returncode: int | None  # None: killed at the wall-clock timeout
    stderr: str
    seconds: float  # wall clock
    cpu_seconds: float  # CPU time of the child (what a loaded machine does not inflate)


def run_cli_bounded(args: list[str], memory: int, cpu: int, timeout: float) -> CliRun:
    """``policy-editor ARGS`` in a child process limited to ``memory`` bytes of address space,
    ``cpu`` seconds of CPU time and ``timeout`` seconds of wall-clock time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CLI_CHILD, str(memory), str(cpu), *args],
            capture_output=True,
            text=True,
            errors="backslashreplace",
            timeout=timeout,
            env=dict(os.environ, PYTHONHASHSEED="0"),
            stdin=subprocess.DEVNULL,
        )
        code: int | None = done.returncode
        stderr = done.stderr
    except subprocess.TimeoutExpired as expired:
        code = None
        stderr = (
            (expired.stderr or b"").decode("utf-8", "backslashreplace")
            if isinstance(expired.stderr, bytes)
            else (expired.stderr or "")
        )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return CliRun(code, stderr, time.monotonic() - started, cpu_used)
