"""Word counts of a document kept up to date in time proportional to what changed.

Sections are immutable and shared between versions of a policy, so a section whose title and
body are the same objects as last time keeps its cached count; only edited sections are counted
again (counting 3000 sections on every keystroke would not keep up with typing).
"""

from __future__ import annotations

from editor.model.policy import Policy, count_words


class WordCounter:
    """Per-section and total word counts of the latest policy it was given."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[str, str, int]] = {}
        self.total = 0

    def update(self, policy: Policy, section_ids: tuple[str, ...] | None = None) -> None:
        """Recount: only ``section_ids`` when given (text edits), else every section whose text changed."""
        if section_ids is not None and all(i in self._cache for i in section_ids):
            for section_id in section_ids:
                section = policy.find(section_id)
                if section is not None:
                    self.total += self._count(section.id, section.title, section.body) - self._cache_words(section_id)
                    self._store(section.id, section.title, section.body)
            return
        fresh: dict[str, tuple[str, str, int]] = {}
        total = 0
        for section in policy.walk():
            cached = self._cache.get(section.id)
            if cached is not None and cached[0] is section.title and cached[1] is section.body:
                fresh[section.id] = cached
            else:
                fresh[section.id] = (
                    section.title,
                    section.body,
                    count_words(section.title) + count_words(section.body),
                )
            total += fresh[section.id][2]
        self._cache = fresh
        self.total = total

    def section_words(self, section_id: str) -> int:
        return self._cache_words(section_id)

    def _cache_words(self, section_id: str) -> int:
        cached = self._cache.get(section_id)
        return 0 if cached is None else cached[2]

    def _count(self, _section_id: str, title: str, body: str) -> int:
        return count_words(title) + count_words(body)

    def _store(self, section_id: str, title: str, body: str) -> None:
        self._cache[section_id] = (title, body, self._count(section_id, title, body))
