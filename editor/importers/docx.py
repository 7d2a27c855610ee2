"""Importer for Word documents (.docx): mammoth turns styles into HTML, then the shared HTML-to-sections code.

Why mammoth: it reads a document by its *styles* (a heading is a paragraph styled Heading 2, not
big bold text), keeps lists with their nesting, links, bold/italic and tables, embeds pictures,
takes tracked changes as accepted (insertions kept, deletions dropped) and leaves comments out;
the style map below adds pandoc's and French Word's style names. The package is checked first
(:mod:`editor.importers.docx_package`: encrypted, old .doc, not a .docx, zip bomb).

Documents without heading styles fall back to short bold paragraphs as headings, with a notice.
Tracked changes and comments are reported. The locale comes from the document's proofing
language; the title from its Title paragraph or its properties.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import mammoth
from lxml import etree

from editor.errors import ImportFailed, Notice, register_messages
from editor.importers import ImportResult
from editor.importers.docx_package import Package, open_package
from editor.importers.html_sections import html_to_policy

register_messages(
    {
        "docx.revisions": "the document has tracked changes ({count}): they were imported as accepted "
        "(insertions kept, deletions left out); check the text against Word's final version",
        "docx.comments": "the document has {count} comment(s); comments are not imported",
        "docx.bold_headings": "the document uses no heading styles: {count} short bold paragraph(s) were "
        "taken as section headings; check the outline",
        "docx.no_headings": "the document uses no heading styles and has no bold title lines: "
        "it was imported as a single section",
        "docx.unknown_styles": "paragraph styles without a meaning here were imported as plain paragraphs: {styles}",
        "docx.no_text": "the document has no text to import",
        "docx.too_large": "the document is far larger than a policy ({detail}); it was not read",
    }
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_NAMES = {
    level: (f"Heading {level}", f"heading {level}", f"Titre {level}", f"titre {level}", f"Überschrift {level}")
    for level in range(1, 7)
}
_STYLE_LINES = [
    "p[style-name='Title'] => h1.document-title:fresh",
    "p[style-name='title'] => h1.document-title:fresh",
    "p[style-name='Titre'] => h1.document-title:fresh",
    *(f"p[style-name='{name}'] => h{level}:fresh" for level, names in _HEADING_NAMES.items() for name in names),
    *(f"p.Heading{level} => h{level}:fresh" for level in range(1, 7)),
    *(f"p.Titre{level} => h{level}:fresh" for level in range(1, 7)),
    "p[style-name='Block Text'] => blockquote > p:fresh",
    "p[style-name='Quote'] => blockquote > p:fresh",
    "p[style-name='Intense Quote'] => blockquote > p:fresh",
    "p[style-name='Citation'] => blockquote > p:fresh",
    "p[style-name='Source Code'] => pre:separator('\\n')",
    "r[style-name='Verbatim Char'] => code",
    "r[style-name='Hyperlink'] =>",
    "r[style-name='Lien hypertexte'] =>",
    "p[style-name='TOC Heading'] => !",
    "p[style-name='En-tête de table des matières'] => !",
    *(f"p[style-name='toc {level}'] => !" for level in range(1, 10)),
    *(f"p[style-name='TOC {level}'] => !" for level in range(1, 10)),
    *(f"p[style-name='Table des matières {level}'] => !" for level in range(1, 10)),
]
#: Paragraph styles that are ordinary text (mammoth warns about them; they are not worth a notice).
#: They are deliberately not in the style map: a mapped style would hide the paragraph's list numbering.
PLAIN_STYLES = frozenset(
    {
        "body text", "first paragraph", "compact", "corps de texte", "normal (web)", "date", "author",
        "list paragraph", "paragraphe de liste", "subtitle", "sous-titre", "list bullet", "list number",
        "text body", "textbody", "default", "standard", "footnote text", "caption", "légende",
    }
)  # fmt: skip
STYLE_MAP = "\n".join(_STYLE_LINES)
#: Our own DOCX export writes the update line as the Subtitle: generated, not content.
OWN_EXPORT_STYLE_MAP = STYLE_MAP + "\np[style-name='Subtitle'] => !"
GENERAL_STYLE_MAP = STYLE_MAP

_UNKNOWN_STYLE = re.compile(r"Unrecognised paragraph style: '?(.+?)'? \(Style ID")
_BOLD_PARAGRAPH = re.compile(r"<p><strong>([^<]{1,150})</strong>(?:\s|&nbsp;)*</p>")
_HEADING_TAG = re.compile(r"<h[1-6][ >]")
_TITLE = re.compile(r'<h1 class="document-title">(.*?)</h1>', re.DOTALL)
_LEADING_ANCHORS = re.compile(r'((?:<a id="[^"<>]*"></a>)*)<h([1-6])>((?:<a id="[^"<>]*"></a>)*)')
_ANCHOR_ID = re.compile(r'<a id="([^"<>]*)"></a>')
MAX_BOLD_HEADING_WORDS = 18
#: A 150,000-word policy has a 1.6 MB document.xml and 2,500 paragraphs; mammoth needs about 40
#: times the XML size in memory. These limits are far beyond any policy and keep that bounded.
MAX_DOCUMENT_XML = 24 * 1024 * 1024
MAX_PARAGRAPHS = 60_000


def import_bytes(data: bytes, path: str) -> ImportResult:
    package = open_package(data, path)
    notices: list[Notice] = []
    document_xml = package.get("word/document.xml") or b""
    _check_size(document_xml, path)
    revisions = sum(document_xml.count(tag) for tag in (b"<w:ins ", b"<w:del ", b"<w:moveFrom ", b"<w:moveTo "))
    if revisions:
        notices.append(Notice("docx.revisions", {"count": revisions}, "content"))
    comments = (package.get("word/comments.xml") or b"").count(b"<w:comment ")
    if comments:
        notices.append(Notice("docx.comments", {"count": comments}, "content"))

    own_export = b"Policy Editor" in (package.get("docProps/app.xml") or b"")
    try:
        result = mammoth.convert_to_html(
            package.as_zip(), style_map=OWN_EXPORT_STYLE_MAP if own_export else GENERAL_STYLE_MAP
        )
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - mammoth raises KeyError, ValueError, XML errors on damaged parts
        raise ImportFailed("docx.corrupt", path=path, detail=f"{type(error).__name__}: {error}") from None
    html = result.value
    unknown = sorted(
        {
            match.group(1)
            for message in result.messages
            if (match := _UNKNOWN_STYLE.search(message.message)) and match.group(1).lower() not in PLAIN_STYLES
        }
    )
    if unknown:
        shown = ", ".join(unknown[:8]) + (", ..." if len(unknown) > 8 else "")
        notices.append(Notice("docx.unknown_styles", {"styles": shown}, "styles"))

    html = _bookmarks_into_headings(html)
    if not _HEADING_TAG.search(html):
        html, count = _bold_paragraphs_as_headings(html)
        notices.append(Notice("docx.bold_headings", {"count": count}) if count else Notice("docx.no_headings", {}))

    properties = _core_properties(package)
    html, styled_title = _take_title(html)
    locale = _proofing_language(package) or properties.get("language") or "fr-FR"
    title = styled_title or properties.get("title") or None
    imported = html_to_policy(html, path=path, title=title, locale=_normal_locale(locale))
    policy = imported.policy
    if not policy.sections and not policy.meta.title:
        raise ImportFailed("docx.no_text", path=path)
    meta = policy.meta
    updates: dict[str, str] = {}
    if properties.get("version") and not meta.version:
        updates["version"] = properties["version"]
    if properties.get("company") and not meta.organisation:
        updates["organisation"] = properties["company"]
    if updates:
        policy = replace(policy, meta=replace(meta, **updates))
    return ImportResult(policy, (*notices, *imported.notices))


def _check_size(document_xml: bytes, path: str) -> None:
    """Refuse, before reading it, a body no policy has: the reader would need gigabytes for it."""
    if len(document_xml) > MAX_DOCUMENT_XML:
        detail = f"{len(document_xml) // (1024 * 1024)} MB of text and markup"
        raise ImportFailed("docx.too_large", path=path, detail=detail)
    paragraphs = document_xml.count(b"<w:p>") + document_xml.count(b"<w:p ")
    if paragraphs > MAX_PARAGRAPHS:
        raise ImportFailed("docx.too_large", path=path, detail=f"{paragraphs} paragraphs")


def _take_title(html: str) -> tuple[str, str]:
    """The first Title-styled paragraph is the policy title, not a section: (html without it, title)."""
    match = _TITLE.search(html)
    if match is None:
        return html, ""
    title = " ".join(unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())
    others = _TITLE.sub(lambda m: f"<p><strong>{m.group(1)}</strong></p>", html[match.end() :])
    return html[: match.start()] + others, title


def _bookmarks_into_headings(html: str) -> str:
    """Word bookmarks (mammoth writes them as ``<a id>`` just before the heading) become the heading's id.

    The section then keeps the bookmark's name as its id (a DOCX we exported comes back with the
    same section ids) and links to the bookmark land on that section, not on the one before.
    """

    def move(match: re.Match[str]) -> str:
        names = _ANCHOR_ID.findall(match.group(1) + match.group(3))
        chosen = next((name for name in names if not name.startswith("_")), None)
        level = match.group(2)
        anchors = "".join(f'<a id="{name}"></a>' for name in names if name != chosen)
        heading = f'<h{level} id="{chosen}">' if chosen else f"<h{level}>"
        return heading + anchors

    return _LEADING_ANCHORS.sub(move, html)


def _bold_paragraphs_as_headings(html: str) -> tuple[str, int]:
    count = 0

    def promote(match: re.Match[str]) -> str:
        nonlocal count
        text = match.group(1).strip()
        if not text or len(text.split()) > MAX_BOLD_HEADING_WORDS:
            return match.group(0)
        count += 1
        return f"<h2>{text}</h2>"

    return _BOLD_PARAGRAPH.sub(promote, html), count


def _xml(package: Package, name: str) -> etree._Element | None:
    data = package.get(name)
    if not data:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


def _core_properties(package: Package) -> dict[str, str]:
    found: dict[str, str] = {}
    core = _xml(package, "docProps/core.xml")
    if core is not None:
        for element in core:
            name = etree.QName(element).localname
            if name in {"title", "language", "version", "subject"} and element.text and element.text.strip():
                found[name] = element.text.strip()
    app = _xml(package, "docProps/app.xml")
    if app is not None:
        for element in app:
            if etree.QName(element).localname == "Company" and element.text and element.text.strip():
                found["company"] = element.text.strip()
    return found


def _proofing_language(package: Package) -> str:
    """``w:lang`` of the style defaults, else of the Normal style: the language Word proof-reads in."""
    styles = _xml(package, "word/styles.xml")
    if styles is None:
        return ""
    for path in (f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr/{{{W}}}lang",):
        lang = styles.find(path)
        if lang is not None and lang.get(f"{{{W}}}val"):
            return lang.get(f"{{{W}}}val", "")
    return ""


def _normal_locale(value: str) -> str:
    """``fr-FR`` from ``fr-fr``/``fr_FR``/``fr``; anything unreadable gives ``fr-FR``."""
    match = re.fullmatch(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?", value.strip())
    if not match:
        return "fr-FR"
    language = match.group(1).lower()
    region = (match.group(2) or {"en": "GB"}.get(language, language)).upper()
    return f"{language}-{region}"
