"""The installer recipes, checked without building: one name and version everywhere, the desktop
metadata valid, the Windows and macOS recipes consistent with what the build produces."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import build
import bundle_contents
import desktop_files
import icons
import icu_data
import metadata
import pytest
import size_report

import editor

ROOT = metadata.ROOT
APP = metadata.app()


def test_name_and_version_come_from_pyproject_and_editor() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert APP.name == project["name"]
    assert APP.version == editor.__version__
    assert APP.bundle_dir == ROOT / "dist" / project["name"]


def test_the_spec_takes_name_version_and_contents_from_the_packaging_modules() -> None:
    spec = (ROOT / "packaging" / "policy-editor.spec").read_text(encoding="utf-8")
    compile(spec, "policy-editor.spec", "exec")
    for needle in (
        "name=APP.name",
        "version=APP.version",
        "bundle_identifier=APP.app_id",
        "info_plist=metadata.info_plist(APP)",
        "excludes=bundle_contents.EXCLUDED_MODULES",
        "bundle_contents.prune(",
        "bundle_contents.resource_files(",
        "pyside_support.unpack(",
        "start_path.collection_modes(start_path.first_paint_modules(",
        "module_collection_mode={**COLLECTION,",
    ):
        assert needle in spec


def test_resources_in_the_bundle_include_template_sample_icon_and_translations() -> None:
    files = {path.as_posix() for path in bundle_contents.resource_files(ROOT / "resources")}
    assert {
        "templates/reference.docx",
        "samples/politique-de-confidentialite.policy.md",
        "icons/policy-editor.svg",
        "css/policy.css",
    } <= files
    assert not any(name.startswith("screenshots/") or name.endswith(".py") for name in files)
    assert bundle_contents.shipped_languages(ROOT / "translations") == ["en", "fr"]


@pytest.mark.parametrize(
    ("dest", "left_out"),
    [
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_fr.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("lxml/includes/libxml/tree.h", True),
        ("spellchecker/resources/fr.json.gz", False),
        ("spellchecker/resources/en.json.gz", False),
        ("spellchecker/resources/de.json.gz", True),
        ("docx/templates/default-docx-template/word/styles.xml", True),
        ("docx/templates/default.docx", False),
        ("docx/templates/default-styles.xml", False),
    ],
)
def test_exclusion_rules(dest: str, left_out: bool) -> None:
    assert bundle_contents.excluded(dest, ["en", "fr"], "linux") is left_out


def test_excluded_modules_cover_the_heavy_qt_parts_and_test_tools() -> None:
    excluded = set(bundle_contents.EXCLUDED_MODULES)
    for module in ("PySide6.QtWebEngineWidgets", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia"):
        assert module in excluded
    assert {"Qt3DCore", "QtCharts"} <= {name.removeprefix("PySide6.") for name in excluded}
    assert {"pytest", "hypothesis", "tkinter"} <= excluded
    assert "multiprocessing" in excluded  # its PyInstaller runtime hook imports it at every start


def test_prune_drops_libraries_only_left_out_parts_needed() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        ("libharfbuzz.so.0", "/src/libharfbuzz.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libharfbuzz.so.0", "libpng16.so.16"],
        "/src/libqgtk3.so": ["libcairo.so.2", "libQt6Gui.so.6"],
    }
    binaries, datas, dropped = bundle_contents.prune(entries, [], ["fr"], lambda source: links.get(source, []), "linux")
    kept = {entry[0] for entry in binaries}
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libharfbuzz.so.0",  # needed by Qt, not a system library the wheel expects
        "libpython3.11.so.1.0",
    }
    assert "libcairo.so.2" in dropped  # only the GTK theme needed it
    assert "libpng16.so.16" in dropped  # left to the system, like a pip install
    assert "libQt6Network.so.6" in dropped  # a link to a library left out
    assert datas == []


def test_prune_keeps_system_libraries_on_windows() -> None:
    entries = [("libpng16.dll", "C:/src/libpng16.dll", "BINARY")]
    binaries, _datas, _dropped = bundle_contents.prune(entries, [], ["fr"], None, "win32")
    assert binaries == entries


def test_size_check_fails_past_the_target(tmp_path: Path) -> None:
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "big.so").write_bytes(b"x" * 3000)
    (tmp_path / "small").write_bytes(b"x" * 1000)
    (tmp_path / "link").symlink_to("small")
    assert size_report.total(tmp_path) == 4000
    assert size_report.largest(tmp_path, 1) == [("_internal/big.so", 3000)]
    size_report.check(tmp_path, 4000)
    with pytest.raises(SystemExit, match="over the"):
        size_report.check(tmp_path, 3999)
    assert "OVER" in size_report.report(tmp_path, 3999)
    assert metadata.SIZE_TARGET == 120 * 1024 * 1024


@pytest.fixture(scope="module")
def rendered_icons(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    out = tmp_path_factory.mktemp("icons")
    icons.build_icons(ROOT / "resources" / "icons" / f"{APP.name}.svg", out, APP.name)
    return out


def test_icons_are_rendered_from_the_svg(rendered_icons: Path) -> None:
    from PySide6.QtGui import QImage

    for size in icons.HICOLOR_SIZES:
        image = QImage(str(rendered_icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP.name}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the tile is drawn, not transparent
    ico = (rendered_icons / f"{APP.name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index in range(count):
        *_, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index])
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
    icns = (rendered_icons / f"{APP.name}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px Retina image


@pytest.fixture(scope="module")
def linux_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return desktop_files.write_desktop_files(APP, tmp_path_factory.mktemp("share"))


def test_desktop_entry_handles_our_own_mime_type_only(linux_files: dict[str, Path]) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(linux_files["desktop"], encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["MimeType"] == f"{APP.mime_type};"
    assert section["Exec"] == f"{APP.name} %f" and section["Icon"] == APP.name
    assert linux_files["desktop"].name == f"{APP.name}.desktop"


def test_mime_type_matches_policy_files_as_a_kind_of_markdown(linux_files: dict[str, Path]) -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ElementTree.parse(linux_files["mime"]).getroot().find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == APP.mime_type
    assert [glob.get("pattern") for glob in mime.findall("m:glob", namespace)] == ["*.policy.md"]
    assert mime.find("m:sub-class-of", namespace).get("type") == "text/markdown"  # type: ignore[union-attr]


def test_metainfo_has_id_screenshot_description_and_this_release(linux_files: dict[str, Path]) -> None:
    component = ElementTree.parse(linux_files["metainfo"]).getroot()
    assert component.findtext("id") == APP.app_id
    assert component.findtext("name") == APP.display_name
    assert component.find("description/p") is not None
    assert component.find("screenshots/screenshot/image") is not None
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == APP.version
    assert component.find("launchable").text == linux_files["desktop"].name  # type: ignore[union-attr]
    assert component.findtext("provides/mediatype") == APP.mime_type


def test_a_version_without_release_notes_is_refused() -> None:
    from dataclasses import replace

    with pytest.raises(LookupError, match=r"release-notes\.toml"):
        desktop_files.releases(replace(APP, version="99.0.0"))


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("desktop-file-validate", "appstreamcli", "update-mime-database")),
    reason="needs desktop-file-utils, appstream and shared-mime-info (.ci/packaging.sh installs them)",
)
def test_desktop_files_pass_the_freedesktop_validators(linux_files: dict[str, Path]) -> None:
    assert desktop_files.validate(linux_files) == []


def test_validation_reports_a_broken_desktop_entry(linux_files: dict[str, Path], tmp_path: Path) -> None:
    if not shutil.which("desktop-file-validate"):
        pytest.skip("needs desktop-file-utils")
    broken = dict(linux_files)
    broken["desktop"] = tmp_path / "broken.desktop"
    broken["desktop"].write_text("[Desktop Entry]\nName=x\n", encoding="utf-8")
    assert any("desktop-file-validate" in problem for problem in desktop_files.validate(broken))


def test_deb_control_names_the_package_and_version() -> None:
    import deb

    control = deb.control(APP, 1234, "amd64")
    assert f"Package: {APP.name}\nVersion: {APP.version}\n" in control
    assert "fonts-dejavu-core" in control and "libxcb-cursor0" in control


def test_deb_layout(tmp_path: Path, rendered_icons: Path) -> None:
    import deb

    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / APP.name).write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / APP.name).chmod(0o700)
    root = tmp_path / "root"
    deb.stage(APP, bundle, rendered_icons, root)
    launcher = root / "usr" / "bin" / APP.name
    assert f"exec /opt/{APP.name}/{APP.name} " in launcher.read_text(encoding="utf-8")
    assert launcher.stat().st_mode & 0o777 == 0o755
    assert (root / "opt" / APP.name / APP.name).stat().st_mode & 0o777 == 0o755
    assert (root / "usr/share/icons/hicolor/256x256/apps" / f"{APP.name}.png").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps" / f"{APP.name}.svg").is_file()
    assert (root / "usr/share/mime/packages" / f"{APP.name}.xml").is_file()
    assert (root / "usr/share/metainfo" / f"{APP.app_id}.metainfo.xml").is_file()


def _iss() -> str:
    return (ROOT / "packaging" / "windows" / "policy-editor.iss").read_text(encoding="utf-8")


def _iss_section(name: str) -> list[str]:
    lines, current = [], None
    for line in _iss().splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif current == name and line.strip() and not line.startswith(";"):
            lines.append(line)
    return lines


def test_inno_setup_gets_name_and_version_from_metadata(rendered_icons: Path) -> None:
    command = build.iscc_command(APP)
    defines = dict(argument[2:].split("=", 1) for argument in command if argument.startswith("/D"))
    used = set(re.findall(r"\{#(\w+)\}", _iss()))
    assert used == set(defines), "every define the script uses is passed, and nothing else"
    assert defines["AppVersion"] == APP.version and defines["AppExeName"] == APP.name
    assert defines["AppName"] == APP.display_name and defines["AssocExtension"] == ".md"
    assert Path(command[-1]).is_file()
    # the files it names: the bundle the spec writes, the icon build.py renders
    assert Path(defines["BundleDir"]) == APP.bundle_dir
    assert Path(defines["IconFile"]).name in {path.name for path in rendered_icons.iterdir()}
    assert "#error" in _iss()  # no silent default version


def test_inno_setup_is_per_user_with_start_menu_association_and_uninstaller() -> None:
    setup = dict(line.split("=", 1) for line in _iss_section("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["AppVersion"] == "{#AppVersion}" and setup["AppName"] == "{#AppName}"
    assert setup["ChangesAssociations"] == "yes"
    assert setup.get("Uninstallable", "yes") == "yes" and "UninstallDisplayIcon" in setup
    assert any(line.startswith('Name: "{autoprograms}') for line in _iss_section("Icons"))
    registry = "\n".join(_iss_section("Registry"))
    assert "{#AssocExtension}\\OpenWithProgids" in registry and "shell\\open\\command" in registry
    assert all(line.startswith("Root: HKA;") for line in _iss_section("Registry"))  # HKCU when per-user


def test_info_plist_matches_name_version_and_icon(rendered_icons: Path) -> None:
    plist = metadata.info_plist(APP)
    plistlib.dumps(plist)  # a valid property list
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == APP.version
    assert plist["CFBundleExecutable"] == APP.name
    assert plist["CFBundleIdentifier"] == APP.app_id
    assert plist["CFBundleName"] == APP.display_name
    assert (rendered_icons / plist["CFBundleIconFile"]).is_file()
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["policy.md"]
    owned = [kind for kind in plist["CFBundleDocumentTypes"] if kind["LSHandlerRank"] == "Owner"]
    assert owned[0]["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]


def test_dmg_recipe_names_the_app_the_spec_builds() -> None:
    command = build.dmg_command(APP)
    script = Path(command[1])
    assert script.is_file()
    subprocess.run(["sh", "-n", str(script)], check=True)
    assert Path(command[2]).name == APP.mac_app_name == "PolicyEditor.app"
    assert command[3].endswith(f"-{APP.version}.dmg")


def test_packaging_readme_gives_the_command_for_each_target() -> None:
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for target in ("bundle", "deb", "all", "windows", "dmg"):
        assert f"packaging/build.py {target}" in readme.replace("\\", "/")


def _package(names: list[str]) -> bytes:
    header = bytearray(32)
    struct.pack_into("<H", header, 0, 32)
    header[2:4] = icu_data.MAGIC
    header[12:16] = b"CmnD"
    return icu_data.join_items(bytes(header), [(f"icudt73l/{name}", name.encode() * 3) for name in names])


def test_icu_package_keeps_root_shared_data_and_our_languages_only() -> None:
    names = [
        "coll/de.res",
        "coll/fr.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "de__PHONEBOOK.res",
        "en_GB.res",
        "fr.res",
        "ibm-943_P15A-2003.cnv",
        "nfkc.nrm",
        "pool.res",
        "root.res",
        "supplementalData.res",
        "yue_Hant.res",
        "zone/fr_CA.res",
    ]
    header, items = icu_data.split_items(icu_data.filter_package(_package(names), ["en", "fr"]))
    assert len(header) == 32
    kept = {name.removeprefix("icudt73l/"): data for name, data in items}
    assert sorted(kept) == [
        "coll/fr.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "en_GB.res",
        "fr.res",
        "nfkc.nrm",
        "pool.res",
        "root.res",
        "supplementalData.res",
        "zone/fr_CA.res",
    ]
    assert kept["coll/fr.res"].rstrip(b"\0") == b"coll/fr.res" * 3  # contents follow their names (padded to 16)


def test_icu_package_round_trips_and_refuses_other_data() -> None:
    package = _package(["a.res", "b.icu"])
    header, items = icu_data.split_items(package)
    assert icu_data.join_items(header, items) == package
    with pytest.raises(ValueError, match="CmnD"):
        icu_data.split_items(b"\x20\x00" + b"\0" * 40)
