"""Importer for Word documents (.docx): our reading of the structure, then mammoth for the content.

Most legal documents arrive unstyled, so the structure is decided here, from everything Word
says about each paragraph (:mod:`docx_paragraphs`): headings by a scored decision
(:mod:`docx_headings`), the title and the date/version line under it (:mod:`docx_title`), list
numbers and numbered headings' labels (:mod:`docx_lists`). The decisions are written into the
document as styles of our own (:mod:`docx_marks`) and mammoth, which reads a document by its
styles, turns it into HTML: lists with their nesting, links, bold/italic, tables, tracked changes
taken as accepted (insertions kept, deletions dropped), comments left out, pictures kept as
embedded images (:mod:`docx_images`). The shared HTML-to-sections code makes the policy.

The package is checked first (:mod:`editor.importers.docx_package`: encrypted, old .doc, not a
.docx, zip bomb); extra XML parts are parsed by :mod:`editor.importers.docx_xml` only. Every
guess (headings, levels, title, date line, dropped pictures) is reported as a notice with counts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from html import unescape

import mammoth
from lxml import etree

from editor.errors import ImportFailed, Notice, Where
from editor.importers import ImportResult
from editor.importers.docx_headings import Outline, assign_levels, find_headings
from editor.importers.docx_images import ImageKeeper
from editor.importers.docx_language import text_language
from editor.importers.docx_lists import Numbering
from editor.importers.docx_marks import STYLE_MAP_LINES, finish_html, mark_paragraphs, styles_for_reader
from editor.importers.docx_package import Package, open_package
from editor.importers.docx_paragraphs import body_paragraphs, body_size
from editor.importers.docx_styles import StyleSheet
from editor.importers.docx_title import Title, find_title
from editor.importers.docx_xml import W, parse_part, parse_xml, w
from editor.importers.html_sections import html_to_policy

#: Headings, the title, tables of contents and preformatted paragraphs are decided before mammoth
#: reads the document and carry our own styles (:data:`STYLE_MAP_LINES`); the lines below map what
#: stays: quotations, code, link runs, and Title paragraphs other than the one taken as the title.
#: Keep the list short: mammoth tries every line on every paragraph.
_STYLE_LINES = [
    *STYLE_MAP_LINES,
    "p[style-name='Title'] => h1.document-title:fresh",
    "p[style-name='title'] => h1.document-title:fresh",
    "p[style-name='Titre'] => h1.document-title:fresh",
    "p[style-name='Block Text'] => blockquote > p:fresh",
    "p[style-name='Quote'] => blockquote > p:fresh",
    "p[style-name='Intense Quote'] => blockquote > p:fresh",
    "p[style-name='Citation'] => blockquote > p:fresh",
    "r[style-name='Verbatim Char'] => code",
    "r[style-name='Hyperlink'] =>",
    "r[style-name='Lien hypertexte'] =>",
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
_TITLE = re.compile(r'<h1 class="document-title">(.*?)</h1>', re.DOTALL)
_LEADING_ANCHORS = re.compile(r'((?:<a id="[^"<>]*"></a>)*)<h([1-6])>((?:<a id="[^"<>]*"></a>)*)')
_ANCHOR_ID = re.compile(r'<a id="([^"<>]*)"></a>')
#: A 150,000-word policy has a 1.6 MB document.xml and 2,500 paragraphs; mammoth needs about 40
#: times the XML size in memory. These limits are far beyond any policy and keep that bounded.
MAX_DOCUMENT_XML = 24 * 1024 * 1024
MAX_PARAGRAPHS = 60_000


def import_bytes(data: bytes, path: str) -> ImportResult:
    package = open_package(data, path)
    document_xml = package.get("word/document.xml") or b""
    _check_size(document_xml, path)
    document = parse_xml(document_xml)
    if document is None:
        raise ImportFailed("docx.corrupt", path=path, detail="word/document.xml is not well-formed XML")
    notices = _review_notices(document, package)
    properties = _core_properties(package)
    numbering = Numbering(parse_part(package, "word/numbering.xml"))
    styles = parse_part(package, "word/styles.xml")
    paragraphs = body_paragraphs(document, StyleSheet(styles), numbering)
    locale = _normal_locale(_proofing_language(styles) or properties.get("language") or "fr-FR")
    spoken = text_language(paragraph.text for paragraph in paragraphs)
    if spoken is not None and spoken != locale.split("-")[0]:
        notices.append(Notice("docx.language_from_text", {"declared": locale, "used": _normal_locale(spoken)}))
        locale = _normal_locale(spoken)
    outline = find_headings(paragraphs, body_size(paragraphs))
    title = find_title(paragraphs, outline, locale)
    outline = assign_levels(outline, paragraphs)
    dropped = {line.index for line in title.date_lines if line.parsed} if title else set()
    preformatted = mark_paragraphs(paragraphs, outline.headings, title.index if title else None, dropped)
    notices.extend(_structure_notices(outline, title, preformatted))

    marked = {**package.parts, "word/document.xml": etree.tostring(document)}
    if styles is not None:
        marked["word/styles.xml"] = styles_for_reader(styles, [marked[n] for n in _STYLED_PARTS if n in marked])
    if numbering.changed and numbering.root is not None:
        marked["word/numbering.xml"] = etree.tostring(numbering.root)
    images = ImageKeeper()
    html = _read_with_mammoth(Package(marked), path, images, notices)
    html, styled_title = _take_title(_bookmarks_into_headings(html))
    imported = html_to_policy(html, path=path, title=styled_title or properties.get("title") or None, locale=locale)
    policy = images.embed(imported.policy)
    if not policy.sections and not policy.meta.title:
        raise ImportFailed("docx.no_text", path=path)
    updates = _metadata(properties, title)
    if updates:
        policy = replace(policy, meta=replace(policy.meta, **updates))  # type: ignore[arg-type]
    return ImportResult(policy, (*notices, *imported.notices))


def _read_with_mammoth(package: Package, path: str, images: ImageKeeper, notices: list[Notice]) -> str:
    """mammoth's HTML of the marked package (list starts and code lines restored); notices appended."""
    own_export = b"Policy Editor" in (package.get("docProps/app.xml") or b"")
    try:
        result = mammoth.convert_to_html(
            package.as_zip(),
            style_map=OWN_EXPORT_STYLE_MAP if own_export else GENERAL_STYLE_MAP,
            convert_image=images.convert,
        )
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - mammoth raises KeyError, ValueError, XML errors on damaged parts
        raise ImportFailed("docx.corrupt", path=path, detail=f"{type(error).__name__}: {error}") from None
    unknown = sorted(
        {
            match.group(1)
            for message in result.messages
            if (match := _UNKNOWN_STYLE.search(message.message)) and match.group(1).lower() not in PLAIN_STYLES
        }
    )
    if unknown:
        shown = ", ".join(unknown[:8]) + (", ..." if len(unknown) > 8 else "")
        notices.append(Notice("docx.unknown_styles", {"styles": shown}, Where(field="styles")))
    if images.dropped:
        params: dict[str, object] = {name: images.dropped[name] for name in ("size", "total", "format", "unreadable")}
        params["count"] = sum(images.dropped.values())
        params["limit"] = images.max_image // (1024 * 1024)
        params["total_limit"] = images.max_total // (1024 * 1024)
        notices.append(Notice("docx.images_dropped", params, Where(field="content")))
    return finish_html(result.value)


def _metadata(properties: dict[str, str], title: Title | None) -> dict[str, object]:
    """Document properties for the policy: version and company, then the date/version line under the title."""
    updates: dict[str, object] = {}
    if properties.get("version"):
        updates["version"] = properties["version"]
    if properties.get("company"):
        updates["organisation"] = properties["company"]
    for line in title.date_lines if title else ():
        for name in ("updated", "effective", "version"):
            if getattr(line, name) and not updates.get(name):
                updates[name] = getattr(line, name)
    return updates


#: Parts whose paragraphs mammoth converts (the styles they use are the ones it is given).
_STYLED_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml")
_GUESS_CODES = {
    "outline": "docx.headings_outline",
    "numbering": "docx.headings_numbering",
    "pattern": "docx.headings_pattern",
    "size": "docx.headings_size",
    "bold": "docx.bold_headings",
    "underline": "docx.headings_underline",
    "caps": "docx.headings_caps",
}


def _review_notices(document: etree._Element, package: Package) -> list[Notice]:
    """Tracked changes and comments, counted (the text is imported as if they were accepted)."""
    counts = Counter(
        etree.QName(element).localname
        for element in document.iter(w("ins"), w("del"), w("moveFrom"), w("moveTo"))
        if element.getparent() is None or element.getparent().tag != w("rPr")  # a paragraph mark's own change
    )
    total = counts["ins"] + counts["del"] + counts["moveFrom"]
    notices: list[Notice] = []
    if total:
        params = {"count": total, "insertions": counts["ins"], "deletions": counts["del"], "moves": counts["moveFrom"]}
        notices.append(Notice("docx.revisions", params, Where(field="content")))
    comments = parse_part(package, "word/comments.xml")
    count = sum(1 for _ in comments.iter(w("comment"))) if comments is not None else 0
    if count:
        notices.append(Notice("docx.comments", {"count": count}, Where(field="content")))
    return notices


def _structure_notices(outline: Outline, title: Title | None, preformatted: int) -> list[Notice]:
    """What the heading, title and date guessing did, one notice per kind with its count."""
    notices: list[Notice] = []
    counts = outline.counts()
    for reason, code in _GUESS_CODES.items():
        if counts[reason]:
            notices.append(Notice(code, {"count": counts[reason]}))
    if not outline.headings:
        notices.append(Notice("docx.no_headings", {}))
    if outline.guessed_levels:
        notices.append(Notice("docx.heading_levels", {"count": outline.guessed_levels}))
    if outline.lead_ins:
        notices.append(Notice("docx.lead_ins", {"count": outline.lead_ins}))
    if title is not None and title.guessed:
        notices.append(Notice("docx.title_guessed", {"title": title.text}))
    for line in title.date_lines if title else ():
        code = "docx.date_line" if line.parsed else "docx.date_line_kept"
        notices.append(Notice(code, {"line": line.text}))
    if preformatted:
        notices.append(Notice("docx.preformatted", {"count": preformatted}, Where(field="content")))
    return notices


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


def _core_properties(package: Package) -> dict[str, str]:
    found: dict[str, str] = {}
    core = parse_part(package, "docProps/core.xml")
    if core is not None:
        for element in core:
            name = etree.QName(element).localname
            if name in {"title", "language", "version", "subject"} and element.text and element.text.strip():
                found[name] = element.text.strip()
    app = parse_part(package, "docProps/app.xml")
    if app is not None:
        for element in app:
            if etree.QName(element).localname == "Company" and element.text and element.text.strip():
                found["company"] = element.text.strip()
    return found


def _proofing_language(styles: etree._Element | None) -> str:
    """``w:lang`` of the style defaults: the language Word proof-reads in."""
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
