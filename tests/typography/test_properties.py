"""Hypothesis properties of the engine: idempotence, lossless profile round trip, protected
spans unchanged, only spaces, quotes, apostrophes and dots ever change, check() agrees with
fix(), and no input makes it crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.typography import check, fix

FORMATS = ["text", "markdown", "html"]

SNIPPETS = [
    "Note",
    " ",
    "\u00a0",
    "\u202f",
    "\u2009",
    ":",
    ";",
    "!",
    "?",
    "?!",
    "...",
    ".",
    ",",
    "'",
    '"',
    "«",
    "»",
    "“",
    "”",
    "’",
    "l'",
    "aujourd'hui",
    "1 500",
    "20%",
    " € ",
    "3 ans",
    "10 h 30",
    "M. Dupont",
    "n° 78",
    "etc...",
    " - ",
    "https://x.fr/a?b=1;c#!d",
    "www.x.fr/p?q",
    "dpo@x.fr",
    "o'neill@x.fr",
    "12:30",
    "1:2",
    "C:\\x",
    ":)",
    ";-)",
    ":yum:",
    "`a:b`",
    "```\n",
    "    ",
    "\n",
    "\n\n",
    '[t](https://u.fr "T: t")',
    "<https://a.fr>",
    "[r]: /x",
    "[^1]:",
    "|:--|",
    "<!-- c: d -->",
    "<em>",
    "</em>",
    '<a href="?a=1&amp;b">',
    "</a>",
    "&amp;",
    "&nbsp;",
    "<code>",
    "</code>",
    '<span lang="en">',
    "</span>",
    "<pre>",
    "</pre>",
    "**",
    "*",
    "_",
    "é",
    "É",
    "x",
    "2",
    "(",
    ")",
    "[",
    "]",
    "{#id}",
    "\\:",
    "\ue000",
    "\ue003",
    "<",
    ">",
    "&",
]
junk = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.characters(codec="utf-8")), max_size=40).map("".join)
fmt = st.sampled_from(FORMATS)
profile = st.sampled_from(["fine", "nbsp"])

#: What the engine may ever insert or remove.
MAY_CHANGE = set(" \u00a0\u202f\u2009\"'’«»“”.…")

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(junk, fmt, profile)
def test_fix_is_idempotent(text: str, kind: str, name: str) -> None:
    once = fix(text, name, kind)
    assert fix(once, name, kind) == once


@FAST
@given(junk, fmt)
def test_profiles_round_trip(text: str, kind: str) -> None:
    fine, nbsp = fix(text, "fine", kind), fix(text, "nbsp", kind)
    assert fix(fine, "nbsp", kind) == nbsp
    assert fix(nbsp, "fine", kind) == fine


@FAST
@given(junk, fmt, profile)
def test_only_spaces_quotes_apostrophes_and_dots_change(text: str, kind: str, name: str) -> None:
    fixed = fix(text, name, kind)
    assert _without(fixed, MAY_CHANGE) == _without(text, MAY_CHANGE)


def _without(text: str, chars: set[str]) -> str:
    return "".join(char for char in text if char not in chars)


@FAST
@given(junk, fmt, profile)
def test_check_findings_rebuild_the_fixed_text(text: str, kind: str, name: str) -> None:
    findings = sorted(check(text, name, kind), key=lambda f: (f.offset, f.length))
    out, position = [], 0
    for finding in findings:
        assert 0 <= finding.offset <= finding.offset + finding.length <= len(text)
        if finding.replacement is None:
            continue
        assert finding.offset >= position
        out.append(text[position : finding.offset] + finding.replacement)
        position = finding.offset + finding.length
    out.append(text[position:])
    assert "".join(out) == fix(text, name, kind)


PROTECTED = {
    "text": [
        "https://x.fr/a?b=1;c&d#!e",
        "www.exemple.fr/p?q=1:2",
        "o'neill@exemple.fr",
        "12:30",
        "27001:2022",
        "C:\\Users\\x",
        ":-)",
        ":yum:",
        "mailto:dpo@x.fr",
    ],
    "markdown": ['`l\'a: "b"...`', "<https://x.fr/?a=1>", "<dpo@x.fr>", "https://x.fr/a?b=1;c"],
    "html": [
        '<code>l\'a: "b"...</code>',
        '<a title="Note : \'x\'" href="?a&amp;b">',
        "&amp;",
        '<!-- a: "b" -->',
        '<span lang="en">Note: "x"...</span>',
        '<script>a = "b";</script>',
    ],
}
plain = st.lists(st.sampled_from([s for s in SNIPPETS if not set(s) & set("`<>&[]\\\ue000\ue003")]), max_size=12)


@FAST
@given(plain, plain, st.data())
@pytest.mark.parametrize("kind", FORMATS)
def test_protected_spans_come_back_unchanged(kind: str, before: list[str], after: list[str], data) -> None:
    token = data.draw(st.sampled_from(PROTECTED[kind]))
    text = "".join(before) + " " + token + " " + "".join(after)
    for name in ("fine", "nbsp"):
        assert token in fix(text, name, kind)


@settings(max_examples=300, deadline=None)
@given(st.text(), fmt, profile)
def test_never_crashes_on_junk(text: str, kind: str, name: str) -> None:
    assert isinstance(fix(text, name, kind), str)
    assert isinstance(check(text, name, kind), list)
