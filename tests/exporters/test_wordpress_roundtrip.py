"""Properties: importing what wp-page or wp-update wrote gives back the same outline and text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.exporters import export_bytes
from editor.model import Metadata, Policy, Section
from editor.render import RenderContext, body_tree
from editor.wordpress.importer import import_bytes

VOCABULARY = (
    "données personnelles traitement responsable durée conservation cookies droit accès effacement "
    "l’utilisateur société Exemple SAS RGPD 2024 1er 13 mois à où être déjà ça «\u00a0cité\u00a0» 10\u202f000 "
    "snake_case a*b [note] {x} #1 x-y"
)
WORDS = st.sampled_from(VOCABULARY.split())
PLAIN = RenderContext(profile=None)


def _words(draw: st.DrawFn, low: int, high: int) -> str:
    """Words as Markdown text (escaped, so ``#1`` or ``a*b`` stay text)."""
    return escaped(" ".join(draw(st.lists(WORDS, min_size=low, max_size=high))))


@st.composite
def inline(draw: st.DrawFn) -> str:
    text = _words(draw, 1, 4)
    kind = draw(st.sampled_from(["plain", "bold", "italic", "link", "anchor"]))
    if kind == "bold":
        return f"**{_words(draw, 1, 3).strip()}** {text}"
    if kind == "italic":
        return f"*{_words(draw, 1, 2)}* {text}"
    if kind == "link":
        return f"[{_words(draw, 1, 2)}](https://exemple.fr/page) {text}"
    if kind == "anchor":
        return f"voir [la suite](#suite) {text}"
    return text


def escaped(text: str) -> str:
    return re.sub(r"([\\`*_\[\]{}#])", r"\\\1", text)


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["paragraph", "paragraph", "list", "ordered", "table", "quote"]))
    if kind == "paragraph":
        return " ".join(draw(st.lists(inline(), min_size=1, max_size=3)))
    if kind in ("list", "ordered"):
        marker = "1. " if kind == "ordered" else "- "
        items = []
        for _ in range(draw(st.integers(1, 3))):
            items.append(marker + _words(draw, 1, 4))
            if draw(st.booleans()):
                items.append("    - " + _words(draw, 1, 3))
        return "\n".join(items)
    if kind == "table":
        rows = [
            "| " + " | ".join(_words(draw, 1, 2).replace("|", "") for _ in range(2)) + " |"
            for _ in range(draw(st.integers(1, 3)))
        ]
        return rows[0] + "\n|---|---|\n" + "\n".join(rows[1:])
    return "> " + _words(draw, 2, 5)


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    counter = iter(range(1000))
    taken: set[str] = set()

    def section(level: int, depth: int) -> Section:
        number = next(counter)
        section_id = f"s{number}"
        taken.add(section_id)
        title = _words(draw, 1, 5).replace("\\", "") or "Titre"
        body = "\n\n".join(draw(st.lists(block(), max_size=3)))
        children = []
        if depth and level < 6:
            children = [section(level + 1, depth - 1) for _ in range(draw(st.integers(0, 2)))]
        return Section(section_id, title, level, body, tuple(children))

    tops = [section(2, 2) for _ in range(draw(st.integers(1, 3)))]
    tops.append(Section("suite", "Suite", 2, "Fin."))
    meta = Metadata(
        title=_words(draw, 1, 4) or "Politique",
        locale=draw(st.sampled_from(["fr-FR", "en-GB"])),
        slug="politique",
        status="draft",
        profile=draw(st.sampled_from(["fine", "nbsp"])),
    )
    return Policy(meta, tuple(tops))


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def section_words(section: Section) -> list[str]:
    return words(section.title) + words("".join(body_tree(section.body, PLAIN).itertext()))


def outline(policy: Policy) -> list[tuple[str, int, list[str]]]:
    return [(s.id, s.level, words(s.title)) for s in policy.walk()]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policies(), st.sampled_from(["wp-page", "wp-update"]))
def test_import_of_export_has_the_same_outline_and_text(policy: Policy, fmt: str) -> None:
    again = import_bytes(export_bytes(policy, fmt, {}), "page.json").policy
    assert outline(again) == outline(policy)
    assert words(again.meta.title) == words(policy.meta.title)
    for before, after in zip(policy.walk(), again.walk(), strict=True):
        assert section_words(after) == section_words(before)
    fixed = {"now": "2025-01-01T00:00:00"} if fmt == "wp-page" else {}
    assert export_bytes(again, fmt, fixed) == export_bytes(again, fmt, fixed)
