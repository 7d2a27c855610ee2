"""The one place the installers take the application's identity from.

The package name comes from ``pyproject.toml`` (``[project] name``) and the version from
``editor.__version__`` (which pyproject also reads). Everything else an installer needs (the
name people see, the reverse-DNS id, the MIME type of ``.policy.md``) is defined here once; the
PyInstaller spec, the .deb, the AppStream file, the Inno Setup command line and the macOS
Info.plist are all filled from :func:`app`.
"""

from __future__ import annotations

import ast
import plistlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "packaging"
DIST = ROOT / "dist"

#: The one-folder bundle must stay under this many bytes (uncompressed, Linux).
SIZE_TARGET = 120 * 1024 * 1024


@dataclass(frozen=True)
class App:
    name: str  # the package and command name: policy-editor
    version: str
    display_name: str
    summary: str
    app_id: str  # reverse DNS: AppStream id, macOS bundle id
    mime_type: str  # our own type for *.policy.md
    extension: str
    homepage: str  # AppStream <url> and screenshot base; set to where the project is published
    publisher: str
    maintainer: str  # Debian's Maintainer field: "Name <address>"

    @property
    def bundle_dir(self) -> Path:
        return DIST / self.name

    @property
    def mac_app_name(self) -> str:
        return self.display_name.replace(" ", "") + ".app"


def _version() -> str:
    """``editor.__version__``, read without importing the package (the spec runs outside the venv's path)."""
    tree = ast.parse((ROOT / "editor" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise LookupError("editor/__init__.py defines no __version__ string")


def app() -> App:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return App(
        name=project["name"],
        version=_version(),
        display_name="Policy Editor",
        summary="Edit a website's legal policy as structured sections",
        app_id="io.github.policyeditor.PolicyEditor",
        mime_type="text/x-policy-editor",
        extension=".policy.md",
        homepage="https://github.com/policyeditor/policy-editor",
        publisher="Policy Editor",
        maintainer="Policy Editor maintainers <packaging@policy-editor.invalid>",
    )


def runtime_requirements() -> list[str]:
    """The distribution names of pyproject's runtime dependencies (``PySide6-Essentials``, ...)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = []
    for spec in project["dependencies"]:
        name = spec
        for stop in "<>=!~[; ":
            name = name.split(stop, 1)[0]
        names.append(name.strip())
    return names


def render(template: Path, application: App | None = None, **extra: str) -> str:
    """``template`` with ``@name@``, ``@version@``, ``@app_id@``... replaced by the App's values
    (and ``@KEY@`` by each ``extra`` value)."""
    application = application or app()
    text = template.read_text(encoding="utf-8")
    values = {field: str(getattr(application, field)) for field in application.__dataclass_fields__}
    values.update(mac_app_name=application.mac_app_name, **extra)
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.search(r"@[a-z_]+@", text)
    if leftover:
        raise KeyError(f"{template}: unknown placeholder {leftover.group()}")
    return text


def info_plist(application: App | None = None) -> dict:
    """The macOS Info.plist entries (packaging/macos/Info.plist filled in) for the spec's BUNDLE."""
    return plistlib.loads(render(PACKAGING / "macos" / "Info.plist", application).encode("utf-8"))
