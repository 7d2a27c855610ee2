"""Finding and loading the files of a policy family: ``NAME.LOCALE.policy.md`` side by side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from editor import native
from editor.model.policy import Policy

_NAME = re.compile(r"^(?P<stem>.+)\.(?P<locale>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)" + re.escape(native.SUFFIX) + "$")


def split_name(path: str | Path) -> tuple[str, str] | None:
    """``(stem, locale)`` of a family member's file name, or None when the name has no locale."""
    match = _NAME.match(Path(path).name)
    return (match.group("stem"), match.group("locale")) if match else None


def target_path(source: str | Path, locale: str) -> Path:
    """The file of ``locale`` in the family of ``source``."""
    source = Path(source)
    parts = split_name(source)
    stem = parts[0] if parts else source.name.removesuffix(native.SUFFIX)
    return source.with_name(f"{stem}.{locale}{native.SUFFIX}")


def family_files(path: str | Path) -> dict[str, Path]:
    """Locale -> file for every member of the family of ``path`` in its folder."""
    path = Path(path)
    parts = split_name(path)
    if parts is None:
        return {}
    found = {}
    for candidate in sorted(path.parent.glob(f"{glob_escape(parts[0])}.*{native.SUFFIX}")):
        other = split_name(candidate)
        if other and other[0] == parts[0]:
            found[other[1]] = candidate
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


@dataclass(frozen=True)
class Family:
    """The source policy and its translations, by locale."""

    source_locale: str
    source: Policy
    targets: dict[str, Policy]
    paths: dict[str, Path]


def source_locale_of(policies: dict[str, Policy]) -> str:
    """The member the others were translated from: the one with no ``translated-from`` record.

    When several (or none) qualify, the one named by a translation's ``source-locale`` header, then
    the first in name order."""
    named = {p.meta.extra.get("source-locale") for p in policies.values()} - {None}
    for locale in sorted(named):
        if locale in policies:
            return str(locale)
    plain = [locale for locale, policy in policies.items() if not policy.translated_from]
    return sorted(plain or policies)[0]


def load_family(path: str | Path, source_locale: str | None = None) -> Family:
    """Every member of the family of ``path`` (errors as ``native.load`` raises them)."""
    paths = family_files(path) or {Path(path).name: Path(path)}
    policies = {locale: native.load(file) for locale, file in paths.items()}
    source = source_locale if source_locale in policies else source_locale_of(policies)
    targets = {locale: policy for locale, policy in policies.items() if locale != source}
    return Family(source, policies[source], targets, paths)
