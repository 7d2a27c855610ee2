"""Nothing hostile in a policy survives into an export: HTML page, HTML fragment, WordPress payloads.

Each hostile snippet is put into a section body, a title and the policy title; every exporter that
produces HTML (directly or inside JSON) is run through its public API, and the HTML found in its
output is parsed: no script or active element, no event-handler attribute, no javascript:,
vbscript: or data: URL, no dangerous CSS (expression(), url() to anything, @import, behaviors).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from editor.exporters import EXPORTERS, export_bytes
from editor.model.policy import Metadata, Policy, Section

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src="https://tracker.example/pixel.gif" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="JaVaScRiPt:alert(1)">lien</a>',
    '<a href=" &#106;avascript:alert(1)">lien</a>',
    '<a href="vbscript:msgbox(1)">lien</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>',
    "[clic](javascript:alert(1))",
    "![pixel](https://tracker.example/p.gif)",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<p style="width: expression(alert(1))">x</p>',
    '<p style="behavior: url(x.htc); -moz-binding: url(x.xml#x)">x</p>',
    "<style>@import url(https://evil.example/x.css); body{background:url(https://tracker.example/b.png)}</style>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name=q><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<details open ontoggle="alert(1)">x</details>',
    '<a href="#" onclick="alert(1)" onmouseover="alert(2)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
]

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "form", "input", "button", "base", "link", "frame"}
BAD_URL = re.compile(r"^\s*(javascript|vbscript|data|livescript|mocha)\s*:", re.IGNORECASE)
BAD_CSS = re.compile(r"expression\s*\(|url\s*\(|@import|behavior\s*:|-moz-binding|javascript:", re.IGNORECASE)
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "data"}


def hostile_policy() -> Policy:
    sections = tuple(
        Section(f"s{index}", f"Titre {snippet}", 2, f"Avant {snippet} après.\n\n{snippet}")
        for index, snippet in enumerate(HOSTILE)
    )
    return Policy(Metadata(title="<script>alert('title')</script>Politique"), sections)


class Inspector(HTMLParser):
    """Collects what would be dangerous in an HTML string."""

    def __init__(self, own_css: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.own_css = own_css
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "style":
            self._in_style = True
        if tag == "meta" and any(name == "http-equiv" and (value or "").lower() == "refresh" for name, value in attrs):
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in URL_ATTRS and BAD_URL.match(value):
                self.problems.append(f"{tag} {name}={value[:40]}")
            if name == "style" and BAD_CSS.search(value):
                self.problems.append(f"{tag} style={value[:40]}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and data.strip() != self.own_css.strip() and BAD_CSS.search(data):
            self.problems.append(f"style element: {data.strip()[:60]}")


def html_strings(value: object) -> list[str]:
    """Every string inside a JSON value that contains markup."""
    if isinstance(value, str):
        return [value] if "<" in value else []
    if isinstance(value, dict):
        return [text for item in value.values() for text in html_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in html_strings(item)]
    return []


def problems_in(html: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


HTML_EXPORTERS = [spec.name for spec in EXPORTERS if spec.name.startswith(("html", "wp"))]

#: Known failures in exporters owned by other developers (strict: the test fails once they are fixed).
KNOWN: dict[str, str] = {}


def exporter_params() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN[name])) if name in KNOWN else name
        for name in HTML_EXPORTERS
    ]


def test_the_checker_finds_what_it_must() -> None:
    assert problems_in("<p onclick=x>a</p>") and problems_in('<a href=" javascript:x">a</a>')
    assert problems_in("<script>x</script>") and problems_in('<img src="data:image/svg+xml,x">')
    assert problems_in('<p style="background:url(x)">a</p>') and problems_in("<style>@import 'x';</style>")


@pytest.mark.parametrize("name", exporter_params())
def test_exports_are_sanitized(name: str) -> None:
    data = export_bytes(hostile_policy(), name, {})
    text = data.decode("utf-8")
    if name.startswith("wp"):
        documents = html_strings(json.loads(text))
        assert documents, "the payload carries no HTML content"
    else:
        documents = [text]
    problems = [problem for html in documents for problem in problems_in(html)]
    assert problems == [], f"{name}: {problems[:10]}"
    joined = "\n".join(documents)
    assert "alert(1)" not in re.sub(r"&[a-z#0-9]+;", "", joined) or "<" not in joined.split("alert(1)")[0][-1:]
    assert "Avant" in joined and "après" in joined, "the harmless text around the markup must stay"


@pytest.mark.parametrize("name", HTML_EXPORTERS)
def test_page_stylesheet_fetches_nothing(name: str) -> None:
    text = export_bytes(Policy(Metadata(title="P"), (Section("a", "A", 2, "x"),)), name, {}).decode("utf-8")
    for match in re.finditer(r"url\s*\(\s*['\"]?([^'\")]*)", text):
        assert not re.match(r"(https?:)?//", match.group(1)), f"{name} loads {match.group(1)}"
    assert "@import" not in text
