"""Short bold paragraphs read as headings, for web pages that show their headings only in bold.

Gutenberg and classic WordPress pages and saved HTML pages whose authors bolded a paragraph
instead of choosing a heading would otherwise import as one untitled section. The rule follows
the DOCX importer's for bold lines: short (at most :data:`MAX_WORDS` words and :data:`MAX_CHARS`
characters), wholly bold, and not a lead-in ending with a colon ("Nous collectons :"), which
introduces what follows and is never a heading. It applies only to a page without headings of
its own, and the importer reports every promotion with a notice: it is a guess to check.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

#: A heading is at most this many words and characters; a longer bold paragraph is emphasis.
MAX_WORDS = 20
MAX_CHARS = 200
#: The level given to a promoted paragraph.
LEVEL = 2

_BOLD = frozenset({"strong", "b"})
#: Containers whose paragraphs are document-level (not inside a list, table, quote or definition).
_CONTAINERS = frozenset(
    {"body", "div", "section", "article", "main", "header", "footer", "aside", "center", "figure", "details"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def is_heading_text(text: str) -> bool:
    """Whether a bold paragraph with this text reads as a heading: short, and not a lead-in."""
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text.strip()) > MAX_CHARS:
        return False
    return not text.rstrip().endswith((":", "："))


def has_headings(root: etree.Element) -> bool:
    """Whether the document marks headings itself: any h2-h6, or more than one h1 (one h1 is its title)."""
    h1 = 0
    for element in root.iter():
        if element.tag in _HEADINGS:
            if element.tag != "h1":
                return True
            h1 += 1
    return h1 > 1


def promote_bold_paragraphs(root: etree.Element) -> int:
    """Turn document-level paragraphs that are wholly bold and short into ``h2``; returns how many."""
    count = 0
    pending = [root]
    while pending:
        container = pending.pop()
        for child in container:
            if child.tag in _CONTAINERS:
                pending.append(child)
            elif child.tag == "p" and _wholly_bold(child) and is_heading_text("".join(child.itertext())):
                child.tag = f"h{LEVEL}"
                count += 1
    return count


def _wholly_bold(paragraph: etree.Element) -> bool:
    """All the paragraph's text is inside bold elements, and it holds no picture."""
    if (paragraph.text or "").strip() or not len(paragraph):
        return False
    children = list(paragraph)
    for index, child in enumerate(children):
        if (child.tail or "").strip():
            return False
        if child.tag == "br" and index == len(children) - 1 and index:
            continue  # a trailing break; a break between two bold lines makes two lines, not a title
        if child.tag not in _BOLD or any(inner.tag == "img" for inner in child.iter()):
            return False
    return True
