"""Importer for WordPress page JSON (REST API ``wp/v2/pages``), damaged exports included.

Accepts the view and edit shapes (``content.raw`` preferred when present), compact or pretty,
one page object or a one-element array (``?slug=`` lookups), with or without ``_embedded``.
Every field other than the text of the title and content is kept, in order, in the policy's
origin record so the WordPress exporters give it back untouched. The content goes through
:mod:`~editor.wordpress.content` (block comments, wpautop, damaged tags) and
:mod:`~editor.wordpress.shortcodes` (WPBakery) and is split into sections by
:func:`~editor.importers.html_sections.html_to_policy`. Every repair is a notice; a file that
cannot be read at all raises :class:`~editor.errors.ImportFailed` (nothing is guessed).
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
import urllib.parse
from dataclasses import replace
from typing import Any

from editor.errors import ImportFailed, Notice, Where
from editor.importers import ImportResult
from editor.importers.html_sections import html_to_policy
from editor.model.incomplete import CUT_OFF_KEY as INCOMPLETE_KEY
from editor.model.policy import Policy
from editor.wordpress.content import dynamic_blocks, has_blocks, rebuild_tags, strip_block_comments, wpautop
from editor.wordpress.json_repair import load_json
from editor.wordpress.shortcodes import convert_shortcodes

#: Origin key marking a cut-off section (also shown as a metadata header key).
CUT_OFF_KEY = INCOMPLETE_KEY  # the "incomplete" mark (editor.model.incomplete)

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "et",
        "est",
        "vous",
        "nous",
        "vos",
        "nos",
        "pour",
        "dans",
        "sur",
        "avec",
        "que",
        "qui",
        "pas",
        "ne",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "we",
        "our",
        "for",
        "with",
        "that",
        "this",
        "are",
        "is",
        "of",
        "to",
        "in",
        "not",
        "be",
        "by",
        "or",
    ]
)
_TAGS = re.compile(r"<[^>]*>")


def import_bytes(data: bytes, path: str) -> ImportResult:
    loaded = load_json(data, path)
    notices = list(loaded.notices)
    value = loaded.value
    was_array = isinstance(value, list)
    if was_array:
        if not value:
            raise ImportFailed("wp.empty_list", path=path)
        if len(value) > 1:
            raise ImportFailed("wp.many_pages", path=path, count=len(value))
        value = value[0]
    if not isinstance(value, dict):
        raise ImportFailed("wp.not_a_page", path=path, found=type(value).__name__)
    if "code" in value and "message" in value and "content" not in value:
        raise ImportFailed("wp.error_response", path=path, code=value.get("code"), message=value.get("message"))
    content = value.get("content")
    if content is None and "title" not in value:
        found = ", ".join(list(value)[:6]) or "an empty object"
        raise ImportFailed("wp.not_a_page", path=path, found=found)

    shape = _shape(value)
    source, from_raw = _content_source(content, notices)
    if shape == "embed":
        notices.append(Notice("wp.embed_shape", {}, Where(field="file")))
    if isinstance(content, dict) and content.get("protected") and not source.strip():
        raise ImportFailed("wp.protected", path=path)

    title = _title_text(value.get("title"))
    html, builder, content_notices = content_html(source, from_raw)
    notices.extend(content_notices)
    locale = _locale(value, title + " " + _TAGS.sub(" ", html[:20000]))
    result = html_to_policy(html, path=path, title=title, locale=locale, bold_headings=True)
    notices.extend(result.notices)
    policy = result.policy
    if not title:
        title = policy.meta.title

    origin: dict[str, Any] = {"source": "wordpress", "shape": shape, "array": was_array, "page": _page_record(value)}
    if builder is not None:
        origin["builder"] = builder
    extra: dict[str, str] = dict(policy.meta.extra)
    truncated_in_content = (
        loaded.truncated and loaded.truncated_in is not None and loaded.truncated_in[:1] == ("content",)
    )
    if loaded.truncated:
        damage: dict[str, Any] = {"truncated": True, "cut_in": ".".join(loaded.truncated_in or ())}
        sections = list(policy.walk())
        if truncated_in_content and sections:
            last = sections[-1]
            damage["cut_off_section"] = last.id
            extra[CUT_OFF_KEY] = last.id
            notices.append(Notice("wp.cut_off", {"title": last.title or last.id}, Where(section=last.id)))
        origin["damage"] = damage
    meta = replace(
        policy.meta,
        title=title,
        locale=locale,
        slug=urllib.parse.unquote(str(value.get("slug") or "")),
        status=str(value.get("status") or "draft"),
        updated=_date(value.get("modified")),
        extra=extra,
    )
    return ImportResult(Policy(meta, policy.sections, origin), tuple(notices))


def content_html(source: str, from_raw: bool) -> tuple[str, dict[str, Any] | None, list[Notice]]:
    """The HTML of a page's content, cleaned of block comments, repaired, shortcodes converted."""
    notices: list[Notice] = []
    blocks = from_raw and has_blocks(source)
    if blocks:
        notices.extend(dynamic_blocks(source))
    text, comments = strip_block_comments(source)
    if comments and not blocks:
        notices.append(Notice("wp.block_comments", {"count": comments}, Where(field="content")))
    text, repairs = rebuild_tags(text, rendered=not from_raw)
    notices.extend(repairs)
    text, record, shortcode_notices = convert_shortcodes(text)
    notices.extend(shortcode_notices)
    if from_raw and not blocks:
        text = wpautop(text)
    builder = record.as_dict() if record is not None else None
    if builder is None and re.search(r"class=\"[^\"]*\belementor\b", source):
        builder = {"kind": "elementor"}
    return text, builder, notices


def _shape(page: dict[str, Any]) -> str:
    content = page.get("content")
    title = page.get("title")
    if (isinstance(content, dict) and "raw" in content) or (isinstance(title, dict) and "raw" in title):
        return "edit"
    if content is None:
        return "embed"
    if isinstance(content, str) and isinstance(title, str):
        return "update"
    return "view"


def _content_source(content: Any, notices: list[Notice]) -> tuple[str, bool]:
    """(text, is_raw): ``raw`` when present (the source markup), else ``rendered``."""
    if content is None:
        return "", False
    if isinstance(content, str):  # an update body (POST /wp/v2/pages) or a hand-made export
        if has_blocks(content):
            return content, True
        notices.append(Notice("wp.content_string", {}, Where(field="content")))
        return content, False
    if not isinstance(content, dict):
        notices.append(Notice("wp.content_shape", {"found": _json_kind(content)}))
        return "", False
    raw = content.get("raw")
    if isinstance(raw, str) and raw.strip():
        return raw, True
    rendered = content.get("rendered")
    if rendered is not None and not isinstance(rendered, str):
        notices.append(Notice("wp.content_shape", {"found": _json_kind(rendered)}))
        return "", False
    return (rendered if isinstance(rendered, str) else ""), False


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    return "a list" if isinstance(value, list) else "a number" if isinstance(value, int | float) else "not text"


def _is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _title_text(title: Any) -> str:
    if isinstance(title, dict):
        raw = title.get("raw")
        text = raw if isinstance(raw, str) and raw.strip() else title.get("rendered")
    else:
        text = title
    if not isinstance(text, str):
        return ""
    return " ".join(html_lib.unescape(_TAGS.sub("", text)).replace("\u00a0", "\x00").split()).replace("\x00", "\u00a0")


def _page_record(page: dict[str, Any]) -> dict[str, Any]:
    """Every field of the page in order; the text of the title and content is left out (it is the policy)."""
    record: dict[str, Any] = {}
    for key, value in page.items():
        if key in ("title", "content") and isinstance(value, dict):
            record[key] = {k: (None if k in ("raw", "rendered") and _is_text(v) else v) for k, v in value.items()}
        elif key in ("title", "content") and _is_text(value):
            record[key] = None
        elif key in ("title", "content"):
            record[key] = value  # an unexpected shape (list, number) is kept as it came
        else:
            record[key] = value
    return record


def _locale(page: dict[str, Any], sample: str) -> str:
    yoast = page.get("yoast_head_json")
    if isinstance(yoast, dict) and isinstance(yoast.get("og_locale"), str):
        match = re.fullmatch(r"([a-z]{2})[_-]([A-Z]{2})", yoast["og_locale"])
        if match:
            return f"{match.group(1)}-{match.group(2)}"
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    french = sum(1 for word in words if word in _FRENCH)
    english = sum(1 for word in words if word in _ENGLISH)
    return "en-GB" if english > french else "fr-FR"


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value[:19]).date()
    except ValueError:
        return None
