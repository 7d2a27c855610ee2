"""Protected spans of HTML: tags (attribute values included), entities, comments (WordPress
block comments too), CDATA and doctype, the content of code, pre, kbd, samp, script, style and
textarea, and every element whose ``lang`` is not French.

Inline tags become OPEN/CLOSE sentinels (quotes pair across them, a space may follow a closing
one), block tags become BREAK, void inline elements (img, input) a WORD. Entities that are
spaces (``&nbsp;``, ``&#8239;``) become SPACE so rules count them as the space they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.typography.chars import BREAK, CLOSE, OPEN, SPACE, WORD
from editor.typography.mask_text import text_spans_in
from editor.typography.masking import Masked, Span, build, gaps

INLINE = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "label",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)
VOID_INLINE = frozenset(["img", "input", "wbr", "select", "button", "meter", "progress", "output", "svg", "math"])
#: Elements whose content is never typography (inline ones become a WORD, others a BREAK).
CODE_INLINE = frozenset(["code", "kbd", "samp", "tt"])
CODE_BLOCK = frozenset(["pre", "script", "style", "textarea", "listing", "xmp", "plaintext", "noscript", "template"])
RAW_TEXT = frozenset(["script", "style", "textarea", "xmp", "plaintext"])

_SPACE_ENTITY = re.compile(
    r"&(?:nbsp|NonBreakingSpace|thinsp|ThinSpace|#0*160|#0*8239|#0*8201|#[xX]0*(?:a0|A0|202[fF]|2009));"
)

_TAG = r"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s/>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*(/?)>"
MARKUP_RE = re.compile(
    r"[<&](?:(?<=<)(?:!--.*?(?:-->|\Z)|!\[CDATA\[.*?(?:\]\]>|\Z)|[!?][^>]*>)|(?<=&)(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    "|" + _TAG,
    re.S,
)
_LANG_RE = re.compile(r"(?:^|\s)(?:xml:)?lang\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))", re.I)


@lru_cache(maxsize=64)
def _tag_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(name)}(?=[\s/>])[^>]*>", re.I)


def _element_end(text: str, name: str, start: int, end: int) -> int:
    """Where the element opened just before ``start`` closes (after its end tag), or ``end``."""
    if name in RAW_TEXT:
        close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(text, start, end)
        return close.end() if close else end
    depth = 1
    for match in _tag_re(name).finditer(text, start, end):
        if match.group(1):
            depth -= 1
            if depth == 0:
                return match.end()
        elif not match.group(0).endswith("/>"):
            depth += 1
    return end


def _inline_comment(token: str) -> bool:
    """A one-line comment inside a sentence reads like nothing: the text around it is one run.
    WordPress block comments and multi-line comments separate blocks."""
    return token.startswith("<!--") and "\n" not in token and not token[4:].lstrip().startswith(("wp:", "/wp:"))


def _is_foreign(attributes: str) -> bool:
    match = _LANG_RE.search(attributes)
    if not match:
        return False
    value = next(group for group in match.groups() if group is not None).strip().lower()
    return bool(value) and not (value == "fr" or value.startswith("fr-") or value.startswith("fr_"))


def markup_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Tags, comments, entities and protected elements of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    done = start
    for match in MARKUP_RE.finditer(text, start, end):
        if match.start() < done:
            continue
        token = match.group(0)
        name = (match.group(2) or "").lower()
        if token[0] == "&":
            spans.append((match.start(), match.end(), SPACE if _SPACE_ENTITY.fullmatch(token) else WORD))
        elif not name:  # comment, CDATA, doctype, processing instruction
            spans.append((match.start(), match.end(), WORD if _inline_comment(token) else BREAK))
        elif match.group(1):  # end tag
            spans.append((match.start(), match.end(), CLOSE if name in INLINE else BREAK))
        else:
            self_closing = bool(match.group(4))
            foreign = _is_foreign(match.group(3) or "")
            if (name in CODE_INLINE or name in CODE_BLOCK or foreign) and not self_closing:
                stop = _element_end(text, name, match.end(), end)
                inline = name in CODE_INLINE or name in INLINE or name in VOID_INLINE
                spans.append((match.start(), stop, WORD if inline else BREAK))
                done = stop
                continue
            if name in INLINE:
                spans.append((match.start(), match.end(), OPEN))
            elif name in VOID_INLINE:
                spans.append((match.start(), match.end(), WORD))
            else:
                spans.append((match.start(), match.end(), BREAK))
        done = match.end()
    return spans


def html_spans(text: str) -> list[Span]:
    """Every protected span of an HTML text: markup first, then URLs and the like in the text."""
    spans = markup_spans(text)
    spans.extend(text_spans_in(text, gaps(0, len(text), spans)))
    spans.sort()
    return spans


def mask_html(text: str) -> Masked:
    return build(text, html_spans(text))
