"""One rule for every input path: text normalised, numbers bounded, only regular files, safe XML."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor import native
from editor.cli import main
from editor.errors import ImportFailed
from editor.exporters import export_file
from editor.importers import boundary, import_bytes, import_file
from editor.storage import read_bytes
from tests.safety.hostile import _docx_package, _paragraph, _wordpress


def _page(content: object, **fields: object) -> bytes:
    page = {"id": 3, "title": {"rendered": "Politique"}, "content": content, **fields}
    return json.dumps(page).encode()


def test_lone_surrogate_in_wordpress_is_replaced_with_a_notice(tmp_path: Path) -> None:
    data = _page({"rendered": "<h2>Cookies</h2><p>a\ud800b \udfff</p>"}, slug="x\udbff")
    result = import_bytes(data, "page.json")
    # two in the body, the slug's in the metadata and in the origin record
    assert [n.params["count"] for n in result.notices if n.code == "text.surrogates"] == [4]
    text = native.dumps(result.policy)
    text.encode("utf-8")  # would raise UnicodeEncodeError before
    assert "a\ufffdb \ufffd" in text
    export_file(result.policy, tmp_path / "out.html", None, {})
    assert "a\ufffdb" in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_cli_converts_a_page_with_a_lone_surrogate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "page.json"
    source.write_bytes(_page({"rendered": "<h2>A</h2><p>x\ud800y</p>"}))
    assert main(["convert", str(source), str(tmp_path / "out.policy.md")]) == 0
    assert "lone surrogate" in capsys.readouterr().err
    assert main(["outline", str(source)]) == 0


def test_nul_in_a_policy_file_never_reaches_the_export(tmp_path: Path) -> None:
    source = tmp_path / "doc.policy.md"
    source.write_bytes(b"---\nformat: policy-editor/1\ntitle: T\x00\n---\n\n## A {#a}\n\nx\x00y\x00\n")
    result = import_file(source)
    assert [n.params["count"] for n in result.notices if n.code == "text.nul"] == [3]
    export_file(result.policy, tmp_path / "out.html", None, {})
    assert b"\x00" not in (tmp_path / "out.html").read_bytes()


def test_wordpress_id_with_100000_digits_is_refused_before_conversion(tmp_path: Path) -> None:
    source = tmp_path / "page.json"
    source.write_bytes(_wordpress("<h2>A</h2>").replace('"id": 3', '"id": ' + "9" * 100_000, 1).encode())
    with pytest.raises(ImportFailed) as caught:
        import_file(source)
    assert caught.value.code == "import.number_too_long"
    assert caught.value.path == str(source)
    assert main(["convert", str(source), str(tmp_path / "out.html")]) == 2
    assert not (tmp_path / "out.html").exists()


def test_long_but_sane_integers_are_kept() -> None:
    result = import_bytes(_page({"rendered": "<h2>A</h2>"}, author=12345678901234567890), "page.json")
    assert result.policy.origin["page"]["author"] == 12345678901234567890


@pytest.mark.parametrize("content", [[1, 2], 5, {"rendered": ["a"], "protected": False}])
def test_wordpress_content_of_another_shape_warns_and_is_kept(content: object) -> None:
    result = import_bytes(_page(content), "page.json")
    assert any(n.code == "wp.content_shape" for n in result.notices)
    assert result.policy.origin["page"]["content"] == content


@pytest.mark.parametrize("content", [[1, 2], 5, {"rendered": ["a"], "protected": False}])
def test_wordpress_content_of_another_shape_comes_back_on_export(tmp_path: Path, content: object) -> None:
    source = tmp_path / "page.json"
    source.write_bytes(_page(content))
    policy_file = tmp_path / "page.policy.md"
    assert main(["convert", str(source), str(policy_file)]) == 0
    assert main(["convert", str(policy_file), str(tmp_path / "back.json"), "--to", "wp-page"]) == 0
    assert json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))["content"] == content


def test_wordpress_content_of_another_shape_gives_way_to_written_sections(tmp_path: Path) -> None:
    policy = import_bytes(_page([1, 2]), "page.json").policy
    written = native.loads(native.dumps(policy) + "\n## Nouvelle {#nouvelle}\n\nTexte écrit.\n", "page.policy.md")
    export_file(written, tmp_path / "back.json", "wp-page")
    content = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))["content"]
    assert "Texte écrit." in content["rendered"]


def test_symlink_loop_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.md"
    os.symlink(tmp_path / "other.md", loop)
    os.symlink(loop, tmp_path / "other.md")
    with pytest.raises(ImportFailed) as caught:
        read_bytes(loop)
    assert caught.value.code == "file.symlink_loop"
    assert main(["convert", str(loop), str(tmp_path / "out.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "loop.md" in err and "loops" in err


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            import_file(pipe)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(30)  # a generous ceiling; the refusal takes microseconds
    if reader.is_alive():  # unblock the reader so the test run can go on
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
        pytest.fail("reading a named pipe blocked")
    assert isinstance(outcome[0], ImportFailed) and outcome[0].code == "file.not_regular"
    assert "named pipe" in outcome[0].message()


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_device_is_refused(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(ImportFailed) as caught:
        import_file(device, "markdown")
    assert caught.value.code == "file.not_regular"


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_file(tmp_path / ".", "markdown")
    assert caught.value.code == "file.is_directory"


def test_doctype_after_the_first_4kb_of_a_docx_part_is_refused() -> None:
    filler = _paragraph("x" * 5000)
    package = _docx_package(filler)
    doctype = b'<!DOCTYPE w:document [<!ENTITY e "boom">]>'
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b"?>" + b" " * 5000 + doctype, 1)
            target.writestr(info.filename, data)
    with pytest.raises(ImportFailed) as caught:
        import_bytes(out.getvalue(), "doc.docx")
    assert "DTD" in caught.value.message()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(encoding: str) -> None:
    data = "## Données\n\nNous collectons vos données.\n".encode(encoding)
    result = import_bytes(data, "doc.md")
    assert [section.title for section in result.policy.walk()] == ["Données"]
    assert any(n.code == "text.utf16_no_bom" for n in result.notices)


def test_binary_is_still_binary() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_bytes(bytes(range(256)) * 16, "doc.md")
    assert caught.value.code == "text.binary"


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_the_quick_check_finds_what_the_pattern_finds(text: str) -> None:
    """Lone surrogates and NUL are found by the two C scans exactly as by the pattern."""
    assert boundary._has_bad(text) == bool(boundary._BAD.search(text))


@pytest.mark.parametrize("text", ["", "abc", "é\x00", "\ud800", "a\udfffb", "\U0001f600", "déjà vu"])
def test_the_quick_check_on_examples(text: str) -> None:
    assert boundary._has_bad(text) == bool(boundary._BAD.search(text))
