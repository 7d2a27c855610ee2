"""``policy-editor check``: JSON shape, exit codes (1 when a required item is missing, 2 on a bad file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "legal"


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(FIXTURES / "en-gaps.md"), "--json"])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "privacy"
    items = {item["id"]: item for item in data["items"]}
    assert items["retention"]["status"] == "suspicious"
    assert items["retention"]["section"] == "how-long-we-keep-your-data"
    assert "as long as necessary" in items["retention"]["evidence"][-1]["text"]
    assert items["right_access"] == {**items["right_access"], "status": "missing", "section": None, "evidence": []}
    assert "lawyer" in data["disclaimer"] and "complian" not in json.dumps(data).lower()


def test_exit_zero_when_nothing_required_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(FIXTURES / "fr-complete.policy.md")]) == 0
    out = capsys.readouterr().out
    assert "not legal advice" in out and "0 required item(s) missing" in out
    assert "complian" not in out.lower()


def test_kind_can_be_forced(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(FIXTURES / "fr-complete.policy.md"), "--json", "--kind", "mentions-legales"])
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "mentions-legales" and code == 1
    assert {item["id"] for item in data["items"]} >= {"publisher_identity", "host_identity"}


def test_bad_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.policy.md"
    bad.write_bytes(b"\xff\xfe not a policy")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.policy.md" in err and len(err.strip().splitlines()) == 1


def test_runs_on_a_wordpress_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = {
        "id": 3,
        "slug": "politique",
        "status": "publish",
        "title": {"rendered": "Politique de confidentialité"},
        "content": {
            "rendered": "<h2>Vos droits</h2><p>Vous disposez d’un droit d’accès et d’un droit d’opposition.</p>"
        },
    }
    path = tmp_path / "page.json"
    path.write_text(json.dumps(page), encoding="utf-8")
    main(["check", str(path), "--json"])
    items = {item["id"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert items["right_access"]["status"] == "covered"
    assert items["right_objection"]["section"] == items["right_access"]["section"]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_runs_on_word_and_html_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    """The same policy exported to Word or HTML and checked from there gives the same statuses."""
    from editor.exporters import export_file
    from editor.importers import import_file

    source = FIXTURES / "fr-complete.policy.md"
    exported = tmp_path / f"politique{suffix}"
    export_file(import_file(source).policy, exported)
    main(["check", str(source), "--json"])
    expected = {item["id"]: item["status"] for item in json.loads(capsys.readouterr().out)["items"]}
    main(["check", str(exported), "--json"])
    got = {item["id"]: item["status"] for item in json.loads(capsys.readouterr().out)["items"]}
    assert got == expected


def test_counsel_can_try_an_extended_checklist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from editor.assets import resource

    extended = resource("legal", "checklist.toml").read_text(encoding="utf-8") + (
        "\n[[items]]\n"
        'id = "bloctel"\nkind = "privacy"\nname_fr = "Bloctel"\nname_en = "Telephone opt-out list"\n'
        'heading_fr = "Démarchage téléphonique"\nheading_en = "Telephone marketing"\n'
        'definition = "The right to register on the Bloctel opt-out list."\n'
        'reference = "Code de la consommation L.223-2"\nseverity = "required"\napplies = "always"\n'
        'cues = ["bloctel", "opposition au demarchage telephonique"]\n'
    )
    path = tmp_path / "checklist.toml"
    path.write_text(extended, encoding="utf-8")
    code = main(["check", str(FIXTURES / "fr-complete.policy.md"), "--json", "--checklist", str(path)])
    items = {item["id"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert items["bloctel"]["status"] == "missing" and code == 1
    path.write_text(extended.replace('applies = "always"\ncues = ["bloctel"', 'applies = "nowhere"\ncues = ["bloctel"'))
    assert main(["check", str(FIXTURES / "fr-complete.policy.md"), "--checklist", str(path)]) == 2
    assert "unknown condition 'nowhere'" in capsys.readouterr().err
