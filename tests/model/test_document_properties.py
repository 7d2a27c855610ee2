"""Document properties: checked field by field into one Metadata; the export date option."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.errors import OperationError
from editor.export_service import export_bytes
from editor.model import Metadata, Policy, Section
from editor.model.properties import (
    checked_metadata,
    stamped_for_export,
    update_on_export,
    with_update_on_export,
)

BASE = Metadata(title="Politique", locale="fr-FR")


def test_every_field_is_applied() -> None:
    values = {
        "title": " Politique de confidentialité ",
        "slug": "politique-2026",
        "locale": "en-GB",
        "status": "published",
        "version": "v3",
        "effective": "2026-03-01",
        "updated": "2026-02-28",
        "organisation": "ACME",
        "profile": "nbsp",
    }
    meta = checked_metadata(BASE, values)
    assert meta.title == "Politique de confidentialité"
    assert (meta.slug, meta.locale, meta.status, meta.version) == ("politique-2026", "en-GB", "published", "v3")
    assert meta.effective == dt.date(2026, 3, 1) and meta.updated == dt.date(2026, 2, 28)
    assert (meta.organisation, meta.profile) == ("ACME", "nbsp")


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("slug", "Politique", "meta.bad_slug"),
        ("slug", "a b", "meta.bad_slug"),
        ("slug", "-a", "meta.bad_slug"),
        ("effective", "2026-02-30", "meta.bad_date"),
        ("updated", "01/03/2026", "meta.bad_date"),
        ("locale", "xx-YY", "meta.bad_locale"),
        ("locale", "french", "meta.bad_locale"),
        ("profile", "none", "meta.bad_profile"),
    ],
)
def test_a_bad_field_is_named(field: str, value: str, code: str) -> None:
    with pytest.raises(OperationError) as caught:
        checked_metadata(BASE, {field: value})
    assert caught.value.code == code
    assert value in caught.value.message()


def test_empty_dates_clear_them() -> None:
    meta = checked_metadata(Metadata(updated=dt.date(2020, 1, 1)), {"updated": " "})
    assert meta.updated is None


def test_update_on_export_is_kept_per_document_and_stamps_today() -> None:
    meta = with_update_on_export(BASE, True)
    assert update_on_export(meta) and not update_on_export(BASE)
    today = dt.date(2026, 12, 7)
    assert stamped_for_export(meta, today).updated == today
    assert stamped_for_export(BASE, today) == BASE
    assert not update_on_export(with_update_on_export(meta, False))


def test_the_update_line_uses_the_documents_date_never_today() -> None:
    section = (Section("a", "A", body="texte"),)
    dated = Policy(Metadata(title="P", updated=dt.date(2024, 5, 1)), section)
    page = export_bytes(dated, "html", {}).decode()
    assert "Dernière mise à jour" in page and "mai 2024" in page
    undated = Policy(Metadata(title="P"), section)
    page = export_bytes(undated, "html", {}).decode()
    assert "Dernière mise à jour" not in page and "dcterms.modified" not in page
