"""One export context: declared options, parsed and checked once; the profile reaches every exporter."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from editor import native
from editor.cli import main
from editor.errors import ExportFailed
from editor.exporters import EXPORTERS, context_for_export, export_bytes, exporter_names, exporter_options
from editor.exporters.frame import build_frame
from editor.exporters.options import CONTEXT_FIELDS, ExportContext, Option, parse_assignments
from editor.model import Metadata, Policy, Section

NNBSP, NBSP = "\u202f", "\u00a0"
POLICY = Policy(
    Metadata(title="Politique", locale="fr-FR", profile="fine", version="2.0", updated=dt.date(2026, 3, 1)),
    (
        Section("droits", "Vos droits ?", 2, "Écrivez-nous ! Le délai est « court » ; 10 000 demandes."),
        Section("cookies", "Cookies", 3, "Oui ?"),
        Section("contact", "Contact", 2, "Voir ci-dessus."),
    ),
)


def _text(name: str, options: dict[str, object]) -> str:
    """Every text an export carries, decoded (JSON strings unescaped, DOCX body XML)."""
    data = export_bytes(POLICY, name, options)
    if name == "docx":
        document = docx.Document(io.BytesIO(data))
        return "\n".join(paragraph.text for paragraph in document.paragraphs)
    if name.startswith("wp-"):
        page = json.loads(data)
        return json.dumps([page["title"], page["content"]], ensure_ascii=False)
    return data.decode("utf-8")


def _with_profile() -> list[str]:
    return [name for name in exporter_names() if "profile" in {option.name for option in exporter_options(name)}]


def test_every_exporter_that_renders_declares_the_profile() -> None:
    assert set(_with_profile()) == {"html", "html-fragment", "docx", "wp-page", "wp-update"}


@pytest.mark.parametrize("name", ["html", "html-fragment", "docx", "wp-page", "wp-update"])
def test_the_profile_reaches_every_exporter(name: str) -> None:
    fine = _text(name, {"profile": "fine"})
    nbsp = _text(name, {"profile": "nbsp"})
    typed = _text(name, {"profile": "none"})
    assert NNBSP in fine
    assert NNBSP not in nbsp and f"droits{NBSP}?" in nbsp.replace("&nbsp;", NBSP)
    assert NNBSP not in typed and "droits ?" in typed
    assert _text(name, {}) == fine  # the policy's own profile is the default


@pytest.mark.parametrize("name", exporter_names())
def test_options_are_declared_once_with_help(name: str) -> None:
    for option in exporter_options(name):
        assert isinstance(option, Option) and option.help
        assert option.name == "profile" or option.name in CONTEXT_FIELDS
        if option.default is not None:
            assert option.parse(option.default) == option.default


def test_context_fields_are_all_declared_somewhere() -> None:
    declared = {option.name for name in exporter_names() for option in exporter_options(name)}
    assert declared - {"profile"} == set(CONTEXT_FIELDS)


@pytest.mark.parametrize(
    ("name", "options", "words"),
    [
        ("html", {"profile": "nsbp"}, ["“profile”", "“nsbp”", "fine, nbsp, none"]),
        ("html", {"toc": "maybe"}, ["“toc”", "“maybe”", "true, false"]),
        ("html", {"updated": "2026-13-01"}, ["“updated”", "YYYY-MM-DD"]),
        ("wp-page", {"now": "yesterday"}, ["“now”", "YYYY-MM-DDTHH:MM:SS"]),
        ("wp-update", {"toc": "false"}, ["wp-update", "“toc”", "keep_builder, profile"]),
        ("md", {"profile": "fine"}, ["md", "“profile”", "none"]),
        ("docx", {"reference_doc": "  "}, ["“reference_doc”", "a file path"]),
    ],
)
def test_a_wrong_option_names_it_and_what_it_accepts(name: str, options: dict[str, str], words: list[str]) -> None:
    with pytest.raises(ExportFailed) as caught:
        export_bytes(POLICY, name, options)
    for word in words:
        assert word in caught.value.message()


def test_options_are_typed_once() -> None:
    context = context_for_export(
        POLICY, "html", {"toc": "non", "page_breaks": "yes", "updated": "2026-04-02", "profile": "none"}
    )
    assert context == ExportContext(
        "html",
        dataclasses.replace(context.render, profile=None),
        toc=False,
        page_breaks=True,
        updated=dt.date(2026, 4, 2),
    )
    assert context.render.profile is None and context.render.locale == "fr-FR"
    assert context_for_export(POLICY, "wp-page", {"now": "2025-01-01T00:00:00"}).now == dt.datetime(2025, 1, 1)
    assert context_for_export(POLICY, "wp-update", {}).keep_builder is False
    assert context_for_export(POLICY, "html", {"toc": True}).toc is True


def test_an_option_is_name_equals_value() -> None:
    assert parse_assignments(["toc=false", "updated=2026-01-01"]) == {"toc": "false", "updated": "2026-01-01"}
    with pytest.raises(ExportFailed, match="NAME=VALUE"):
        parse_assignments(["toc"])


def test_cli_wrong_option_exits_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "p.policy.md"
    source.write_text(native.dumps(POLICY), encoding="utf-8")
    target = tmp_path / "page.json"
    assert main(["convert", str(source), str(target), "--option", "profile=nsbp"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "“profile”" in err[0] and "fine, nbsp, none" in err[0]
    assert err[0].startswith(f"policy-editor: {target}: ")
    assert not target.exists()
    page = tmp_path / "page.html"
    assert main(["convert", str(source), str(page), "--keep-builder"]) == 2
    assert "html has no option “keep_builder”" in capsys.readouterr().err and not page.exists()
    assert main(["convert", str(source), str(target), "--option", "profile=nbsp"]) == 0
    assert NNBSP not in json.dumps(json.loads(target.read_bytes()), ensure_ascii=False)


def test_cli_help_lists_every_declared_option() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "convert", "--help"], capture_output=True, text=True, check=True
    )
    for spec in EXPORTERS:
        assert f"  {spec.name}:" in result.stdout
        for option in exporter_options(spec.name):
            assert option.name in result.stdout and option.help.split()[0] in result.stdout


def test_html_and_docx_share_one_title_and_contents_frame() -> None:
    context = context_for_export(POLICY, "html", {})
    frame = build_frame(POLICY, context)
    assert [(e.level, e.id) for e in frame.toc_entries()] == [(2, "droits"), (3, "cookies"), (2, "contact")]
    assert frame.updated_line == f"Dernière mise à jour{NBSP}: 1er{NBSP}mars 2026"
    page = export_bytes(POLICY, "html").decode("utf-8")
    document = docx.Document(io.BytesIO(export_bytes(POLICY, "docx")))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert paragraphs[0] == frame.plain_title == "Politique"
    assert frame.updated_line in paragraphs[1] and frame.version_line in paragraphs[1]
    assert frame.version_line in page and frame.contents_label in page
    titles = ["".join(entry.title.itertext()) for entry in frame.toc_entries() if entry.title is not None]
    assert titles[0] == f"Vos droits{NNBSP}?"
    for title in titles:
        assert title in page and title in "\n".join(paragraphs)
    assert not build_frame(POLICY, context_for_export(POLICY, "docx", {"toc": "false"})).toc
