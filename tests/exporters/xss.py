"""The XSS fixture set (tests/fixtures/xss/vectors.txt) and the checks that an output is inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

VECTORS_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "xss" / "vectors.txt"

#: Elements that can run code, load something or change where the page goes.
ACTIVE_TAGS = frozenset(
    {"script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input", "button", "meta",
     "link", "base", "noscript", "template", "audio", "video", "source"}
)  # fmt: skip
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:", "tel:", "#")


def load_vectors() -> list[tuple[str, str]]:
    """(name, text) pairs from the fixture file."""
    vectors: list[tuple[str, str]] = []
    name = None
    lines: list[str] = []
    for line in VECTORS_FILE.read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            if name is not None:
                vectors.append((name, "\n".join(lines).strip("\n")))
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        vectors.append((name, "\n".join(lines).strip("\n")))
    return vectors


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {key: value or "" for key, value in attrs}))

    handle_startendtag = handle_starttag


def elements(markup: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    return parser.elements


def url_scheme(url: str) -> str:
    """The scheme a browser would see (WHATWG: leading controls/spaces stripped, tabs/newlines removed)."""
    compact = url.lstrip("".join(chr(c) for c in range(0x21))).replace("\t", "").replace("\n", "").replace("\r", "")
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", compact)
    return match.group(1).lower() if match else ""


def url_is_safe(url: str, *, image: bool = False) -> bool:
    scheme = url_scheme(url)
    if not scheme:
        return True  # relative or in-page
    if image and scheme == "data":
        return bool(re.match(r"\s*data:image/(png|jpeg|gif|webp)[;,]", url, re.IGNORECASE))
    return scheme + ":" in SAFE_LINK_SCHEMES


def inert_problems(markup: str, *, allow_page_head: bool = False) -> list[str]:
    """What in ``markup`` could run, load or navigate (empty when the markup is inert)."""
    problems = []
    allowed_head = {"meta", "style"} if allow_page_head else set()
    for tag, attrs in elements(markup):
        if tag in ACTIVE_TAGS and tag not in allowed_head:
            problems.append(f"<{tag}>")
        for key, value in attrs.items():
            if key.startswith("on"):
                problems.append(f"{tag}@{key}")
            if key == "style" and "text-align" not in value:
                problems.append(f"{tag}@style={value!r}")
            if key in {"href", "src", "action", "formaction", "xlink:href", "srcset"} and not url_is_safe(
                value, image=(tag == "img" and key == "src")
            ):
                problems.append(f"{tag}@{key}={value!r}")
            text_attribute = key in {"alt", "title", "content", "aria-label", "href", "src"}
            if "javascript" in "".join(value.split()).lower() and not text_attribute:
                problems.append(f"{tag}@{key} mentions javascript")
    return problems
