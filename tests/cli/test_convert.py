"""``policy-editor convert``: the help lists every format's options, and a conversion imports only
the importer and the exporter it uses (the export's speed is mostly its imports)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.exporters import EXPORTERS, exporter_options
from editor.importers import IMPORTERS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CANONICAL = FIXTURES / "native" / "canonical.policy.md"
#: A Markdown file without raw HTML (HTML in a Markdown file is converted by the HTML importer's modules).
MARKDOWN = FIXTURES / "markdown" / "dialect.md"

#: Run convert's own parser and run() in a fresh interpreter, then list what got imported.
CHILD = """
import argparse, json, sys
from editor.cli import convert
parser = argparse.ArgumentParser()
convert.add_arguments(parser)
assert convert.run(parser.parse_args(sys.argv[1:])) == 0
print(json.dumps(sorted(sys.modules)))
"""


def test_help_lists_the_options_of_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    out = capsys.readouterr().out
    assert "options of each format (--option NAME=VALUE):" in out
    for spec in EXPORTERS:
        assert f"  {spec.name}:" in out
        for option in exporter_options(spec.name):
            assert f"    {option.name} " in out


def _imported(tmp_path: Path, source: Path, suffix: str) -> set[str]:
    out = tmp_path / f"out{suffix}"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(source), str(out)], capture_output=True, text=True, check=True
    )
    assert out.stat().st_size > 0
    return set(json.loads(result.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    ("source", "reader"), [(CANONICAL, "editor.importers.native"), (MARKDOWN, "editor.importers.markdown")]
)
@pytest.mark.parametrize(("suffix", "used"), [(".html", "editor.exporters.html"), (".docx", "editor.exporters.docx")])
def test_a_conversion_imports_only_the_formats_it_uses(
    tmp_path: Path, source: Path, reader: str, suffix: str, used: str
) -> None:
    modules = _imported(tmp_path, source, suffix)
    assert used in modules and reader in modules
    unused = {spec.module for spec in EXPORTERS if spec.module != used}
    unused |= {spec.module for spec in IMPORTERS if spec.module != reader}
    assert not unused & modules
    assert not {name for name in modules if name.startswith("editor.importers.html")}
    # nor what only other commands need: the WordPress client, legal tools, translation, the GUI
    assert not {name for name in modules if name.startswith(("editor.wordpress", "editor.legal", "editor.xliff"))}
    assert not {name for name in modules if name.split(".")[0] in ("PySide6", "mammoth", "keyring", "spellchecker")}
    # nor the entry-point scan of installed packages, nor what xml.sax.saxutils or pymdown-extensions'
    # magiclink brought (urllib.request, with http.client, ssl and email)
    assert "importlib.metadata" not in modules and "xml.sax" not in modules
    assert not {"pymdownx", "urllib.request", "http.client", "ssl", "email"} & modules
    # nor the model's operations (the editor's, not a conversion's)
    assert "editor.model.ops" not in modules
    if suffix == ".html":
        assert "docx" not in modules and "lxml" not in modules
