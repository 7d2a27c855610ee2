"""Document properties as a form edits them: text fields checked into one new Metadata.

The Properties dialog sends the texts the user typed; :func:`checked_metadata` returns the
metadata to apply (one :class:`~editor.model.ops.SetMetadata`, one undo step) or raises an
:class:`~editor.errors.OperationError` naming the first field that is wrong: a slug with other
characters than ``a-z``, ``0-9`` and ``-``, a date that does not exist, a locale that is not
``language`` or ``language-REGION`` of a language the exports have words for, an unknown profile.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace

from editor.errors import OperationError
from editor.model.policy import PROFILES, Metadata

#: Editable fields, in form order.
FIELDS = ("title", "slug", "locale", "status", "version", "effective", "updated", "organisation", "profile")
#: Statuses a policy can have (free text in the file; the form offers these).
STATUSES = ("draft", "review", "published", "archived")
#: Languages whose words the exports print (``editor.exporters.labels``).
LANGUAGES = ("fr", "en")
#: Extra header key: set the last-updated date to today on export or publish.
UPDATE_ON_EXPORT = "update_on_export"

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LOCALE = re.compile(r"([a-z]{2})(?:-([A-Z]{2}))?")


def _date(field: str, text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise OperationError("meta.bad_date", field=field, value=text) from None


def checked_metadata(meta: Metadata, values: Mapping[str, str]) -> Metadata:
    """``meta`` with ``values`` (field -> text) applied, or OperationError for the first bad field."""
    slug = values.get("slug", meta.slug).strip()
    if slug and not _SLUG.fullmatch(slug):
        raise OperationError("meta.bad_slug", value=slug)
    locale = values.get("locale", meta.locale).strip()
    match = _LOCALE.fullmatch(locale)
    if match is None or match.group(1) not in LANGUAGES:
        raise OperationError("meta.bad_locale", value=locale, known=", ".join(LANGUAGES))
    profile = values.get("profile", meta.profile).strip()
    if profile not in PROFILES:
        raise OperationError("meta.bad_profile", value=profile, known=", ".join(PROFILES))
    effective = _date("effective", values["effective"]) if "effective" in values else meta.effective
    updated = _date("updated", values["updated"]) if "updated" in values else meta.updated
    return replace(
        meta,
        title=values.get("title", meta.title).strip(),
        slug=slug,
        locale=locale,
        status=values.get("status", meta.status).strip() or "draft",
        version=values.get("version", meta.version).strip(),
        effective=effective,
        updated=updated,
        organisation=values.get("organisation", meta.organisation).strip(),
        profile=profile,
    )


def update_on_export(meta: Metadata) -> bool:
    """True when the document asks for its last-updated date to become today on export."""
    return str(meta.extra.get(UPDATE_ON_EXPORT, "")).lower() == "true"


def with_update_on_export(meta: Metadata, on: bool) -> Metadata:
    """``meta`` with the per-document "set last-updated to today on export" option."""
    extra = {key: value for key, value in meta.extra.items() if key != UPDATE_ON_EXPORT}
    if on:
        extra[UPDATE_ON_EXPORT] = "true"
    return replace(meta, extra=extra)


def stamped_for_export(meta: Metadata, today: dt.date) -> Metadata:
    """The metadata an export uses: ``updated`` becomes ``today`` when the document asks for it."""
    return replace(meta, updated=today) if update_on_export(meta) else meta
