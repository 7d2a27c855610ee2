"""Hypothesis strategies for policies: titles, bodies with no-break spaces, nested sections."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from editor.model import Metadata, Policy, Section

TEXT_CHARS = st.characters(
    codec="utf-8",
    exclude_categories=("Cs",),
    include_characters="\u00a0\u202f«»’#{}\\-*_`\n ",
)
titles = st.text(TEXT_CHARS, max_size=30).map(lambda t: t.replace("\n", " "))
bodies = st.text(TEXT_CHARS, max_size=200)
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)


@st.composite
def section_trees(draw: st.DrawFn, level: int = 2, depth: int = 2, taken: set[str] | None = None) -> Section:
    taken = taken if taken is not None else set()
    section_id = draw(ids.filter(lambda value: value not in taken))
    taken.add(section_id)
    children: list[Section] = []
    if depth > 0 and level < 6:
        count = draw(st.integers(0, 2))
        children = [draw(section_trees(level + 1, depth - 1, taken)) for _ in range(count)]
    return Section(section_id, draw(titles), level, draw(bodies), tuple(children))


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    taken: set[str] = set()
    count = draw(st.integers(0, 4))
    sections = tuple(draw(section_trees(2, 2, taken)) for _ in range(count))
    meta = Metadata(
        title=draw(titles),
        locale=draw(st.sampled_from(["fr-FR", "en-GB", "fr-CA"])),
        slug=draw(st.from_regex(r"[a-z-]{0,20}", fullmatch=True)),
        status=draw(st.sampled_from(["draft", "publish", ""])),
        version=draw(titles),
        effective=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        updated=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        organisation=draw(titles),
        profile=draw(st.sampled_from(["fine", "nbsp"])),
        extra=draw(st.dictionaries(st.from_regex(r"x-[a-z]{1,8}", fullmatch=True), titles, max_size=2)),
    )
    origin = draw(
        st.dictionaries(
            st.text(TEXT_CHARS, max_size=8),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(TEXT_CHARS, max_size=20),
                lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                max_leaves=6,
            ),
            max_size=4,
        )
    )
    return Policy(meta, sections, origin)
