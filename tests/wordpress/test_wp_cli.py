"""``policy-editor wp ...`` against the real local WordPress: exit codes 0 / 1 / 2, one line per error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor.cli import main
from editor.native import load
from editor.wordpress.origin import Origin

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(wordpress: dict[str, str], no_keyring, monkeypatch: pytest.MonkeyPatch, capsys):
    """Run the command; returns (exit code, stdout, stderr). The site is added first."""

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.delenv("POLICY_EDITOR_WP_PASSWORD", raising=False)
    code, out, err = run("wp", "add-site", wordpress["url"], "--user", "admin", stdin=wordpress["admin"] + "\n")
    assert code == 0, err
    assert "Site Admin" in out and "may edit pages: yes" in out
    assert "no system keyring" in err
    monkeypatch.setenv("POLICY_EDITOR_WP_PASSWORD", wordpress["admin"])
    return run


def test_sites_never_show_the_password(cli, wordpress: dict[str, str], app_home: Path) -> None:
    code, out, _ = cli("wp", "sites")
    assert code == 0 and out.startswith(wordpress["url"] + "\tadmin")
    assert wordpress["admin"] not in out
    for path in app_home.rglob("*"):
        if path.is_file():
            assert wordpress["admin"] not in path.read_text(encoding="utf-8", errors="replace")


def test_pull_push_status_and_conflict(cli, wordpress: dict[str, str], site_request, tmp_path: Path) -> None:
    page = site_request("POST", "/wp/v2/pages", {"title": "CLI", "status": "draft",
        "content": "<!-- wp:paragraph -->\n<p>Premier texte.</p>\n<!-- /wp:paragraph -->"})  # fmt: skip
    target = tmp_path / "cli.policy.md"
    code, out, _ = cli("wp", "pages")
    assert code == 0 and f"{page['id']}\tdraft\t" in out and out.count("\n") >= 2
    code, _, err = cli("wp", "pull", str(page["id"]), "-o", str(target))
    assert code == 0, err
    assert cli("wp", "status", str(target))[0] == 0
    target.write_text(target.read_text(encoding="utf-8") + "\nAjout local.\n", encoding="utf-8")
    code, out, _ = cli("wp", "status", str(target))
    assert (code, out.strip()) == (1, f"{target}: changed locally")
    code, out, err = cli("wp", "push", str(target))
    assert code == 0, err
    assert out.startswith(f"updated page {page['id']} as draft: ")
    assert Origin.of(load(target)).modified_gmt == site_request("GET", f"/wp/v2/pages/{page['id']}")["modified_gmt"]
    assert cli("wp", "status", str(target))[0] == 0

    site_request("POST", f"/wp/v2/pages/{page['id']}", {"content": "<p>Changé ailleurs.</p>"})
    code, out, err = cli("wp", "status", str(target))
    assert code == 1 and "changed on the site" in out and "{+Changé ailleurs.+}" in err
    saved = target.read_bytes()
    code, _, err = cli("wp", "push", str(target))
    assert code == 1
    assert "nothing was sent" in err and "{+Changé ailleurs.+}" in err and "--force" in err
    assert target.read_bytes() == saved
    assert site_request("GET", f"/wp/v2/pages/{page['id']}?context=edit")["content"]["raw"] == "<p>Changé ailleurs.</p>"
    code, out, err = cli("wp", "push", str(target), "--force", "--status", "publish")
    assert code == 0, err
    assert "as publish" in out


def test_a_wrong_password_is_one_line_and_exit_2(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POLICY_EDITOR_WP_PASSWORD", "wrong wrong wrong")
    code, out, err = cli("wp", "pull", "2", "-o", str(tmp_path / "x.policy.md"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "(401)" in err and "wrong wrong" not in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.policy.md").exists()


def test_push_of_a_policy_that_was_never_pulled_needs_a_site(cli, tmp_path: Path) -> None:
    source = tmp_path / "new.policy.md"
    source.write_text("---\nformat: policy-editor/1\ntitle: Neuve\n---\n\n## Un {#un}\n\nTexte.\n", encoding="utf-8")
    code, _, err = cli("wp", "push", str(source))
    assert code == 2 and "was not pulled" in err
    code, out, err = cli("wp", "push", str(source), "--new")
    assert code == 0, err
    assert out.startswith("created page ") and " as draft: " in out
    assert Origin.of(load(source)) is not None
