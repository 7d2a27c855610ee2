"""A word-level comparison of two versions of a page's text (what changed on the site).

Markup is reduced to its words (tags and block comments dropped, entities decoded), then the two
word lists are compared with :mod:`difflib`. The result is a list of :class:`Change` runs that
the CLI prints and the GUI colours.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|td|th|tr|div|blockquote|pre|figure)>", re.IGNORECASE)


@dataclass(frozen=True)
class Change:
    """A run of words: ``kind`` is "same", "removed" (only in ours) or "added" (only on the site)."""

    kind: str
    words: tuple[str, ...]


def words_of(markup: str) -> list[str]:
    """The words a reader sees in ``markup``."""
    text = _COMMENT.sub(" ", markup)
    text = _BLOCK_END.sub(" ", text)
    text = html.unescape(_TAGS.sub(" ", text))
    return text.split()


def compare(before: str, after: str) -> list[Change]:
    """Runs of same / removed / added words turning ``before`` into ``after`` (both markup)."""
    old, new = words_of(before), words_of(after)
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.append(Change("same", tuple(old[i1:i2])))
            continue
        if i2 > i1:
            changes.append(Change("removed", tuple(old[i1:i2])))
        if j2 > j1:
            changes.append(Change("added", tuple(new[j1:j2])))
    return changes


def changed(changes: list[Change]) -> bool:
    return any(change.kind != "same" for change in changes)


def summary(changes: list[Change], context: int = 6) -> str:
    """Plain text: ``[-removed-]`` and ``{+added+}`` runs with a few words of context around each."""
    parts: list[str] = []
    for index, change in enumerate(changes):
        words = change.words
        if change.kind == "removed":
            parts.append("[-" + " ".join(words) + "-]")
        elif change.kind == "added":
            parts.append("{+" + " ".join(words) + "+}")
        else:
            first, last = index == 0, index == len(changes) - 1
            if len(words) <= 2 * context:
                parts.append(" ".join(words))
                continue
            head = [] if first else list(words[:context])
            tail = [] if last else list(words[-context:])
            parts.append(" ".join(head + ["…"] + tail).strip())
    return " ".join(part for part in parts if part)
