"""Published versions: snapshots next to the document, listed, and never changed afterwards."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from editor import native
from editor.cli import main
from editor.legal.versions import VersionError, is_read_only, list_versions, load_version, publish, versions_dir
from editor.model import EditBody, Metadata, Policy, Section

WHEN = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def _policy() -> Policy:
    return Policy(Metadata(title="Politique", locale="fr-FR"), (Section("droits", "Vos droits", 2, "Droit d’accès."),))


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "politique.policy.md"
    native.save(_policy(), path)
    return path


def test_publish_records_a_readable_snapshot_and_sets_the_dates(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    published, version = publish(_policy(), path, "1.0", "Marie Curie", "Première version", WHEN)
    assert published.meta.version == "1.0" and published.meta.updated == dt.date(2026, 3, 1)
    folder = versions_dir(path)
    assert folder == tmp_path / "politique.versions"
    assert (folder / "1.0.policy.md").read_text(encoding="utf-8") == native.dumps(published)
    index = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    assert index["versions"][0] == {
        "label": "1.0",
        "published": "2026-03-01T10:00:00+00:00",
        "author": "Marie Curie",
        "note": "Première version",
        "file": "1.0.policy.md",
        "sha256": version.sha256,
    }
    assert list_versions(path) == [version]
    assert load_version(path, "1.0") == published


def test_versions_are_listed_oldest_first(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    policy = _policy()
    publish(policy, path, "1.0", when=WHEN)
    edited = EditBody("droits", "Droit d’accès et de rectification.").apply(policy).policy
    publish(edited, path, "1.1", when=WHEN + dt.timedelta(days=30))
    assert [v.label for v in list_versions(path)] == ["1.0", "1.1"]
    assert load_version(path, "1.0").find("droits").body == "Droit d’accès."


def test_a_published_snapshot_never_changes(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    publish(_policy(), path, "1.0", when=WHEN)
    snapshot = versions_dir(path) / "1.0.policy.md"
    index = versions_dir(path) / "index.toml"
    before, index_before = snapshot.read_bytes(), index.read_bytes()
    assert is_read_only(snapshot)
    changed = EditBody("droits", "Autre texte.").apply(_policy()).policy
    with pytest.raises(VersionError, match="already published"):
        publish(changed, path, "1.0", when=WHEN)
    assert snapshot.read_bytes() == before and index.read_bytes() == index_before
    # Someone edits the snapshot by hand: reading it says so instead of returning altered text.
    snapshot.chmod(0o644)
    snapshot.write_text(native.dumps(changed), encoding="utf-8")
    with pytest.raises(VersionError, match="changed after it was published"):
        load_version(path, "1.0")


def test_a_new_version_only_appends_to_the_index(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    publish(_policy(), path, "1.0", when=WHEN)
    index = versions_dir(path) / "index.toml"
    first = index.read_text(encoding="utf-8")
    publish(_policy(), path, "2.0", note="Refonte", when=WHEN)
    assert index.read_text(encoding="utf-8").startswith(first)


@pytest.mark.parametrize("label", ["", "../evil", "a/b", "x" * 41, " 1.0"])
def test_bad_labels_are_refused_and_nothing_is_written(tmp_path: Path, label: str) -> None:
    path = _saved(tmp_path)
    with pytest.raises(VersionError):
        publish(_policy(), path, label)
    assert not versions_dir(path).exists()


def test_cli_publish_list_and_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _saved(tmp_path)
    assert main(["versions", str(path), "--publish", "1.0", "--by", "Marie", "--note", "Initiale"]) == 0
    assert native.load(path).meta.version == "1.0"
    edited = replace(native.load(path), sections=(Section("droits", "Vos droits", 2, "Droit d’accès complet."),))
    native.save(edited, path)
    assert main(["versions", str(path), "--publish", "1.1"]) == 0
    assert main(["versions", str(path), "--publish", "1.1"]) == 2
    capsys.readouterr()
    assert main(["versions", str(path)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith("1.0") and "Marie  Initiale" in listing[0] and listing[1].startswith("1.1")
    assert main(["compare", f"{path}@1.0", f"{path}@1.1"]) == 0
    assert "Section modifiée\u00a0: « Vos droits »" in capsys.readouterr().out
    out = tmp_path / "redline.docx"
    assert main(["compare", f"{path}@1.0", str(path), "-o", str(out), "--author", "DPO"]) == 0
    assert out.read_bytes()[:2] == b"PK"
    assert main(["compare", f"{path}@9.9", str(path)]) == 2
    assert "no published version “9.9”" in capsys.readouterr().err


def test_cli_publishes_only_native_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    markdown = tmp_path / "politique.md"
    markdown.write_text("# Politique\n\n## Droits\n\nTexte.\n", encoding="utf-8")
    assert main(["versions", str(markdown), "--publish", "1.0"]) == 2
    assert "only a .policy.md file can be published" in capsys.readouterr().err
    assert not versions_dir(markdown).exists()
