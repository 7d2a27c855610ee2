"""Export options: each exporter declares them; they are parsed and checked once into an ExportContext.

An exporter module lists its options in ``OPTIONS`` (name, kind, default, accepted values, one
line of help); the CLI help and the GUI export dialog list them from there. :func:`export_context`
turns raw ``NAME=VALUE`` text (or already typed values) into one frozen :class:`ExportContext`;
a wrong name or value is an :class:`~editor.errors.ExportFailed` naming the option and what it
accepts. Adding an option is one :class:`Option` entry in the exporter plus one field here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from editor.errors import ExportFailed
from editor.model.policy import Policy
from editor.render.context import RenderContext
from editor.typography.profiles import PROFILES

_TRUE = frozenset({"1", "true", "yes", "on", "oui"})
_FALSE = frozenset({"0", "false", "no", "off", "non"})
#: The ``profile`` value that turns typography off (the text exactly as typed).
NO_TYPOGRAPHY = "none"
#: ``profile`` choices: the typography profiles, and none.
PROFILE_CHOICES = (*PROFILES, NO_TYPOGRAPHY)


@dataclass(frozen=True)
class Option:
    """One export option: ``kind`` is ``bool``, ``choice``, ``date``, ``datetime`` or ``path``."""

    name: str
    kind: str
    help: str
    default: Any = None
    choices: tuple[str, ...] = ()

    def accepted(self) -> str:
        """What the option accepts, in words (for errors and help)."""
        return {
            "bool": "true, false",
            "choice": ", ".join(self.choices),
            "date": "a date YYYY-MM-DD",
            "datetime": "a date and time YYYY-MM-DDTHH:MM:SS",
            "path": "a file path",
        }[self.kind]

    def parse(self, value: Any) -> Any:
        """The typed value of ``value`` (text from the command line, or already typed)."""
        try:
            return _PARSERS[self.kind](self, value)
        except (ValueError, TypeError):
            raise ExportFailed(
                "export.bad_option", option=self.name, value=str(value), accepted=self.accepted()
            ) from None


def _bool(_option: Option, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(text)


def _choice(option: Option, value: Any) -> str:
    text = str(value).strip()
    if text not in option.choices:
        raise ValueError(text)
    return text


def _date(_option: Option, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def _datetime(_option: Option, value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).strip())


def _path(_option: Option, value: Any) -> str:
    text = str(value)
    if not text.strip():
        raise ValueError(text)
    return text


_PARSERS = {"bool": _bool, "choice": _choice, "date": _date, "datetime": _datetime, "path": _path}

# The options several exporters share, declared once.
PROFILE = Option(
    "profile",
    "choice",
    "typography profile (nbsp: U+00A0 only, none: text as typed); default the policy's own",
    choices=PROFILE_CHOICES,
)
TOC = Option("toc", "bool", "include the table of contents", default=True)
UPDATED = Option("updated", "date", "the date shown as last update; default the policy's updated date")


@dataclass(frozen=True)
class ExportContext:
    """Everything an export depends on besides the policy, parsed and checked once.

    ``render`` carries the typography profile and locale every renderer uses; the other fields
    are the exporters' options (an exporter reads only those it declares).
    """

    format: str
    render: RenderContext = field(default_factory=RenderContext)
    toc: bool = True
    page_breaks: bool = False
    updated: dt.date | None = None
    reference_doc: str | None = None
    keep_builder: bool = False
    now: dt.datetime | None = None


#: The ExportContext fields that are options (all but ``format`` and ``render``; ``profile`` sets ``render``).
CONTEXT_FIELDS = frozenset(f.name for f in fields(ExportContext)) - {"format", "render"}


def parse_assignments(items: Sequence[str]) -> dict[str, str]:
    """``["toc=false", ...]`` (the CLI's ``--option`` values) as a dict; a missing ``=`` is an error."""
    options: dict[str, str] = {}
    for item in items:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise ExportFailed("export.option_syntax", text=item)
        options[name.strip()] = value
    return options


def export_context(
    policy: Policy, format_name: str, declared: Sequence[Option], options: Mapping[str, Any] | None = None
) -> ExportContext:
    """Check ``options`` against the ``declared`` options of ``format_name`` and type them."""
    by_name = {option.name: option for option in declared}
    values: dict[str, Any] = {}
    profile: str | None = policy.meta.profile
    for name, raw in (options or {}).items():
        option = by_name.get(name)
        if option is None:
            accepted = ", ".join(sorted(by_name)) or "none"
            raise ExportFailed("export.unknown_option", format=format_name, option=name, accepted=accepted)
        value = option.parse(raw)
        if name == "profile":
            profile = None if value == NO_TYPOGRAPHY else value
        else:
            values[name] = value
    for option in declared:
        if option.name not in values and option.name != "profile" and option.default is not None:
            values[option.name] = option.default
    render = RenderContext(profile=profile, locale=policy.meta.locale)
    return ExportContext(format=format_name, render=render, **values)
