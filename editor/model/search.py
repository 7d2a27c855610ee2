"""Finding and replacing text across the sections of a policy (titles and bodies).

:class:`SearchOptions` holds the options a writer expects (match case, whole word, regular
expression, "any space": a space in the pattern matches U+0020, U+00A0 and U+202F alike);
:func:`compile_pattern` turns a pattern and options into one regular expression, :func:`find_all`
lists every match in document order with its context, :func:`step` picks the next (or previous)
one from where the cursor is (F3 / Shift+F3), and :func:`replace_all` builds one
:class:`~editor.model.replace_all.ReplaceAll` operation (one undo step) with the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from editor.errors import PolicyEditorError
from editor.model.policy import Policy, Section
from editor.model.replace_all import ReplaceAll, SectionText

#: The spaces a space of the pattern stands for in "any space" mode.
ANY_SPACE = "[ \u00a0\u202f]"
#: Characters of context shown on each side of a match.
CONTEXT = 30

Field = Literal["title", "body"]


@dataclass(frozen=True)
class SearchOptions:
    match_case: bool = False
    whole_word: bool = False
    regex: bool = False
    any_space: bool = False


@dataclass(frozen=True)
class Match:
    """One match: where it is, and the text around it for a results list."""

    section_id: str
    field: Field
    start: int
    end: int
    before: str
    text: str
    after: str


def _spaces_to_any(pattern: str) -> str:
    """A regex with each space outside a character class (escaped or not) made :data:`ANY_SPACE`."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            pair = pattern[index : index + 2]
            out.append(ANY_SPACE if pair == "\\ " and not in_class else pair)
            index += 2
            continue
        if in_class:
            in_class = char != "]" or out[-1] == "["
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        else:
            out.append(ANY_SPACE if char == " " else char)
        index += 1
    return "".join(out)


def compile_pattern(pattern: str, options: SearchOptions) -> re.Pattern[str] | None:
    """The regular expression for ``pattern``; None for an empty pattern; a PolicyEditorError
    (``search.bad_pattern``) for an invalid regular expression."""
    if not pattern:
        return None
    source = pattern if options.regex else re.escape(pattern)
    if options.any_space:
        source = _spaces_to_any(source)
    if options.whole_word:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    flags = 0 if options.match_case else re.IGNORECASE
    try:
        return re.compile(source, flags)
    except re.error as error:
        raise PolicyEditorError("search.bad_pattern", pattern=pattern, reason=str(error)) from None


def _matches(regex: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    return (match for match in regex.finditer(text) if match.end() > match.start())


def _fields(section: Section) -> tuple[tuple[Field, str], ...]:
    return (("title", section.title), ("body", section.body))


def find_all(
    policy: Policy, pattern: str, options: SearchOptions = SearchOptions(), section_ids: Iterable[str] | None = None
) -> list[Match]:
    """Every non-empty match in titles and bodies, in document order (only ``section_ids`` if given)."""
    regex = compile_pattern(pattern, options)
    if regex is None:
        return []
    wanted = None if section_ids is None else set(section_ids)
    found: list[Match] = []
    for section in policy.walk():
        if wanted is not None and section.id not in wanted:
            continue
        for field, text in _fields(section):
            for match in _matches(regex, text):
                start, end = match.span()
                before = text[max(0, start - CONTEXT) : start].rsplit("\n", 1)[-1]
                after = text[end : end + CONTEXT].split("\n", 1)[0]
                found.append(Match(section.id, field, start, end, before, match.group(0), after))
    return found


def _replace(regex: re.Pattern[str], text: str, replacement: str, literal: bool) -> tuple[str, int]:
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        if match.end() == match.start():
            return ""
        count += 1
        return replacement if literal else match.expand(replacement)

    try:
        return regex.sub(one, text), count
    except (re.error, IndexError) as error:
        raise PolicyEditorError("search.bad_pattern", pattern=replacement, reason=str(error)) from None


def replace_all(
    policy: Policy,
    pattern: str,
    replacement: str,
    options: SearchOptions = SearchOptions(),
    section_ids: Iterable[str] | None = None,
) -> tuple[ReplaceAll | None, int]:
    """One operation replacing every match (in ``section_ids`` only, if given) and the number of
    replacements; (None, 0) when nothing matches. With ``regex``, ``\\1`` and ``\\g<name>`` work."""
    regex = compile_pattern(pattern, options)
    if regex is None:
        return None, 0
    wanted = None if section_ids is None else set(section_ids)
    texts: list[SectionText] = []
    total = 0
    for section in policy.walk():
        if wanted is not None and section.id not in wanted:
            continue
        title, in_title = _replace(regex, section.title, replacement, not options.regex)
        body, in_body = _replace(regex, section.body, replacement, not options.regex)
        if in_title or in_body:
            texts.append(SectionText(section.id, title, body))
            total += in_title + in_body
    return (ReplaceAll(tuple(texts)) if texts else None), total


def replace_match(policy: Policy, match: Match, pattern: str, replacement: str, options: SearchOptions) -> ReplaceAll:
    """The operation replacing one match found by :func:`find_all` (the Replace button)."""
    regex = compile_pattern(pattern, options)
    section = policy.find(match.section_id)
    if regex is None or section is None:
        raise PolicyEditorError("search.stale_match")
    text = section.title if match.field == "title" else section.body
    found = regex.match(text, match.start)
    if found is None or found.end() != match.end:
        raise PolicyEditorError("search.stale_match")
    new = replacement if not options.regex else found.expand(replacement)
    edited = text[: match.start] + new + text[match.end :]
    title, body = (edited, section.body) if match.field == "title" else (section.title, edited)
    return ReplaceAll((SectionText(section.id, title, body),))


@dataclass(frozen=True)
class Place:
    """Where the cursor (or selection) is: a section's title or body, from ``start`` to ``end``."""

    section_id: str
    field: Field
    start: int
    end: int


def step(policy: Policy, matches: list[Match], here: Place | None, backward: bool = False) -> int | None:
    """The index in ``matches`` (document order, as :func:`find_all` gives them) of the next match
    after ``here`` (the first one starting at or after its end), or with ``backward`` the last one
    starting before its start, wrapping round the document; None when there is no match.
    Without ``here``, the first (or last) match."""
    if not matches:
        return None
    if here is None:
        return len(matches) - 1 if backward else 0
    order = {section.id: index for index, section in enumerate(policy.walk())}

    def key(section_id: str, field: Field, offset: int) -> tuple[int, int, int]:
        return order.get(section_id, -1), 0 if field == "title" else 1, offset

    if backward:
        limit = key(here.section_id, here.field, here.start)
        before = [i for i, m in enumerate(matches) if key(m.section_id, m.field, m.start) < limit]
        return before[-1] if before else len(matches) - 1
    limit = key(here.section_id, here.field, here.end)
    after = (i for i, m in enumerate(matches) if key(m.section_id, m.field, m.start) >= limit)
    return next(after, 0)
