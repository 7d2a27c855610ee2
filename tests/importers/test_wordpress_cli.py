"""The command line on WordPress files: convert both ways, outline, warnings, and clean failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor import native
from editor.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wordpress"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "page.json"
    shutil.copyfile(FIXTURES / "design-sample.damaged.json", target)
    return target


def test_convert_json_to_native_prints_every_repair(sample: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.policy.md"
    assert main(["convert", str(sample), str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    warnings = [line for line in err if line.startswith(f"{sample}: warning: ")]
    assert any("the file is cut off at line 38 inside content.rendered" in line for line in warnings)
    assert any("rebuilt a missing <h2> from its surviving </h2>" in line for line in warnings)
    assert any("the export ends inside this section" in line for line in warnings)
    assert err[-1] == f"{out}: written as policy"
    policy = native.load(out)
    assert policy.meta.title == "Politique de confidentialité" and len(list(policy.walk())) == 7


def test_outline_json_on_a_wordpress_file(sample: Path, capsys) -> None:
    assert main(["outline", str(sample), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["level"], row["title"]) for row in rows][:3] == [
        (2, ""),
        (2, "Les renseignements que nous recueillons"),
        (3, "Renseignements relatifs à l’inscription"),
    ]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("wp-page", lambda page: page["id"] == 4518 and "wp-block-heading" in page["content"]["rendered"]),
        ("wp-update", lambda body: body["content"].startswith("<!-- wp:paragraph -->")),
    ],
)
def test_convert_to_wordpress_formats(sample: Path, tmp_path: Path, fmt: str, check) -> None:
    out = tmp_path / "out.json"
    assert main(["convert", str(sample), str(out), "--to", fmt]) == 0
    data = out.read_bytes()
    assert data.isascii() and check(json.loads(data))


def test_json_suffix_means_wp_page_and_keep_builder_flag(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "exported.json"
    assert main(["convert", str(sample), str(out)]) == 0
    assert "modified_gmt" in json.loads(out.read_bytes())
    update = tmp_path / "update.json"
    assert main(["convert", str(sample), str(update), "--to", "wp-update", "--keep-builder"]) == 0
    assert json.loads(update.read_bytes())["content"].startswith("[vc_row][vc_column][vc_column_text]")


def test_convert_native_to_markdown_and_back(sample: Path, tmp_path: Path) -> None:
    md = tmp_path / "plain.md"
    assert main(["convert", str(sample), str(md)]) == 0
    assert md.read_text(encoding="utf-8").startswith("# Politique de confidentialité\n")
    back = tmp_path / "back.policy.md"
    assert main(["convert", str(md), str(back)]) == 0
    first = tmp_path / "first.policy.md"
    assert main(["convert", str(sample), str(first)]) == 0
    expected = [(s.id, s.level, s.title) for s in native.load(first).walk()]
    assert [(s.id, s.level, s.title) for s in native.load(back).walk()] == expected


@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "bad").glob("*.json")))
def test_bad_input_exit_2_one_line_nothing_written(name: str, tmp_path: Path, capsys) -> None:
    source = tmp_path / name
    shutil.copyfile(FIXTURES / "bad" / name, source)
    out = tmp_path / "out.policy.md"
    assert main(["convert", str(source), str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"policy-editor: {source}:") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_keep_builder_without_builder_fails_cleanly(tmp_path: Path, capsys) -> None:
    out = tmp_path / "update.json"
    source = FIXTURES / "gutenberg-edit.json"
    assert main(["convert", str(source), str(out), "--to", "wp-update", "--keep-builder"]) == 2
    assert "--keep-builder needs a policy imported from a WPBakery page" in capsys.readouterr().err
    assert not out.exists()
