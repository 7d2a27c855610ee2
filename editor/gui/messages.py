"""Translated texts for the core's error and notice codes.

The core raises errors with a code and parameters (editor.errors); this module turns them into
the user's language with ``tr()``. Codes this table does not know yet fall back to the core's
English template (:func:`editor.errors.describe`), so a new code is never shown raw.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.errors import Notice, PolicyEditorError, describe


def _templates() -> dict[str, str]:
    """Templates by code (built on each call, so a language switch applies at once)."""
    return {
        "native.decode": QCoreApplication.translate("messages", "the file is not UTF-8 text ({detail})"),
        "native.no_header": QCoreApplication.translate(
            "messages", "the file does not start with a “---” metadata header"
        ),
        "native.header_unclosed": QCoreApplication.translate(
            "messages", "the metadata header is not closed by a “---” line"
        ),
        "native.header_line": QCoreApplication.translate("messages", "this header line is not “key: value”: {text}"),
        "native.header_duplicate": QCoreApplication.translate("messages", "the header key “{key}” appears twice"),
        "native.header_value": QCoreApplication.translate("messages", "bad value for “{key}”: {detail}"),
        "native.level_jump": QCoreApplication.translate(
            "messages", "a level {level} heading follows a level {previous} heading: a level can only go one deeper"
        ),
        "native.duplicate_id": QCoreApplication.translate("messages", "the section id “{id}” is used twice"),
        "native.bad_id": QCoreApplication.translate(
            "messages", "the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)"
        ),
        "native.format_version": QCoreApplication.translate(
            "messages", "this file was written by a newer Policy Editor (format {version})"
        ),
        "op.unknown_section": QCoreApplication.translate("messages", "there is no section with the id “{id}”"),
        "op.duplicate_id": QCoreApplication.translate("messages", "the section id “{id}” is already used"),
        "op.bad_id": QCoreApplication.translate("messages", "“{id}” is not a valid section id"),
        "op.outdent_top": QCoreApplication.translate("messages", "a top-level section cannot be outdented"),
        "op.indent_first": QCoreApplication.translate(
            "messages", "the first section of a level cannot be indented: there is no section above it to go under"
        ),
        "op.level_jump": QCoreApplication.translate(
            "messages", "a level {level} section cannot hold a level {child_level} subsection"
        ),
        "op.level_range": QCoreApplication.translate(
            "messages", "heading levels go from 1 to 6; this would make level {level}"
        ),
        "op.move_into_itself": QCoreApplication.translate(
            "messages", "a section cannot be moved into itself or into one of its subsections"
        ),
        "op.bad_position": QCoreApplication.translate("messages", "position {index} is outside 0..{size}"),
        "op.no_next": QCoreApplication.translate("messages", "there is no next section to merge with"),
        "op.no_heading": QCoreApplication.translate("messages", "line {line} of the section is not a heading"),
        "op.move_edge": QCoreApplication.translate("messages", "the section is already at the edge of its level"),
        "file.not_found": QCoreApplication.translate("messages", "the file does not exist"),
        "file.is_directory": QCoreApplication.translate("messages", "this is a folder, not a file"),
        "file.unreadable": QCoreApplication.translate("messages", "the file cannot be read ({detail})"),
        "file.unwritable": QCoreApplication.translate("messages", "the file cannot be written ({detail})"),
        "file.too_large": QCoreApplication.translate(
            "messages", "the file is too large ({size} bytes; the limit is {limit})"
        ),
        "format.unknown_input": QCoreApplication.translate(
            "messages", "this kind of file cannot be opened (known: {known})"
        ),
        "format.unknown_output": QCoreApplication.translate(
            "messages", "unknown output format “{format}” (known: {known})"
        ),
        "import.failed": QCoreApplication.translate("messages", "{detail}"),
        # the importers' notices and errors (shown in the import banner)
        "html.dropped": QCoreApplication.translate(
            "messages", "removed {count} <{tag}> element(s): active or embedded content is never imported"
        ),
        "html.handlers": QCoreApplication.translate(
            "messages", "removed {count} event handler attribute(s) (onclick, onload, ...)"
        ),
        "html.too_deep": QCoreApplication.translate(
            "messages", "{count} element(s) nested deeper than {limit} levels were flattened (their text is kept)"
        ),
        "html.level_jump": QCoreApplication.translate(
            "messages", "heading level {level} follows level {previous}: imported as level {used}"
        ),
        "html.empty_heading": QCoreApplication.translate("messages", "an empty h{level} heading was left out"),
        "html.unsafe_link": QCoreApplication.translate(
            "messages", "{count} link(s) with an unsafe target (javascript:, data:, ...) kept as plain text"
        ),
        "html.image_dropped": QCoreApplication.translate(
            "messages", "{count} image(s) with an unsupported source left out (their alt text is kept)"
        ),
        "wp.rebuilt_tag": QCoreApplication.translate(
            "messages", "rebuilt a missing <{tag}> from its surviving </{tag}>"
        ),
        "wp.rebuilt_link": QCoreApplication.translate(
            "messages", "rebuilt a missing link to {url} from its surviving </a>"
        ),
        "wp.orphan_closer": QCoreApplication.translate(
            "messages", "removed a </{tag}> whose opening tag is lost (the text is kept)"
        ),
        "wp.rebuilt_breaks": QCoreApplication.translate(
            "messages",
            "{count} line break(s) inside rebuilt paragraphs were read as <br /> (wpautop wrote one before every such newline)",  # noqa: E501 - one translatable literal
        ),
        "wp.block_comments": QCoreApplication.translate(
            "messages", "removed {count} stray block-editor comment(s) (<!-- wp:... -->) from the content"
        ),
        "wp.dynamic_block": QCoreApplication.translate(
            "messages",
            "{count} dynamic block(s) <!-- wp:{name} /--> have no text in the page source and were not imported",
        ),
        "wp.empty": QCoreApplication.translate("messages", "the file is empty"),
        "wp.binary": QCoreApplication.translate("messages", "this is a binary file, not a WordPress JSON export"),
        "wp.not_json": QCoreApplication.translate(
            "messages", "this is not JSON (it should start with '{{' or '['; found {found!r})"
        ),
        "wp.bad_json": QCoreApplication.translate(
            "messages", "the JSON is broken at column {column} ({detail}) and cannot be repaired"
        ),
        "wp.encoding": QCoreApplication.translate("messages", "the file is not UTF-8; it was read as Windows-1252"),
        "wp.raw_newlines": QCoreApplication.translate(
            "messages", "{count} raw line break(s) inside JSON strings were accepted as text"
        ),
        "wp.truncated": QCoreApplication.translate(
            "messages",
            "the file is cut off at line {line} inside {inside}; it was closed there and everything after it is missing",  # noqa: E501 - one translatable literal
        ),
        "wp.texturized_quotes": QCoreApplication.translate(
            "messages", "repaired {count} shortcode attribute quote(s) that wptexturize had curled"
        ),
        "wp.unknown_shortcode": QCoreApplication.translate(
            "messages", "kept {count} [{tag}] shortcode(s) as text (not a known page-builder element)"
        ),
        "wp.raw_html_undecodable": QCoreApplication.translate(
            "messages", "a [vc_raw_html] block could not be decoded; it is kept as text"
        ),
        "wp.unclosed_shortcode": QCoreApplication.translate(
            "messages", "[{tag}] is not closed (the content ends first)"
        ),
        "wp.builder_merged": QCoreApplication.translate(
            "messages",
            "the page had {count} WPBakery text blocks; a keep-builder export puts the edited content in one",
        ),
        "wp.not_a_page": QCoreApplication.translate(
            "messages", "this JSON is not a WordPress page or post (no 'content' field; found {found})"
        ),
        "wp.empty_list": QCoreApplication.translate("messages", "the JSON is an empty list: the lookup found no page"),
        "wp.many_pages": QCoreApplication.translate(
            "messages", "the JSON holds {count} pages; export one page (or a lookup that finds one)"
        ),
        "wp.error_response": QCoreApplication.translate(
            "messages", "this is a WordPress error response ({code}: {message}), not a page"
        ),
        "wp.protected": QCoreApplication.translate(
            "messages",
            "the page is password-protected and its content is not in the export (export it with ?context=edit and the password)",  # noqa: E501 - one translatable literal
        ),
        "wp.no_text": QCoreApplication.translate("messages", "the page content is empty"),
        "wp.cut_off": QCoreApplication.translate("messages", "the export ends inside this section: its end is missing"),
        "wp.content_string": QCoreApplication.translate(
            "messages", "the content is a plain string, not WordPress's {{rendered}} object; read as HTML"
        ),
        "wp.embed_shape": QCoreApplication.translate(
            "messages", "this is the embed shape, which has no content: only the title and fields were read"
        ),
        "text.empty": QCoreApplication.translate("messages", "the file is empty"),
        "text.binary": QCoreApplication.translate("messages", "this is a binary file, not {kind}"),
        "text.unknown_charset": QCoreApplication.translate(
            "messages", "the page declares an unknown character set {charset!r}; read as {used}"
        ),
        "text.not_utf8": QCoreApplication.translate(
            "messages", "the file is not UTF-8 and declares no character set; read as Windows-1252"
        ),
        "text.replaced": QCoreApplication.translate(
            "messages", "{count} byte sequence(s) are not valid {charset} and were replaced by U+FFFD"
        ),
        "html.no_text": QCoreApplication.translate("messages", "the page has no text to import"),
        "md.no_text": QCoreApplication.translate("messages", "the file has no text to import"),
        "md.deep_brackets": QCoreApplication.translate(
            "messages", "{count} square bracket(s) nested deeper than {limit} levels were read as plain text"
        ),
        "docx.not_docx": QCoreApplication.translate("messages", "this is not a Word .docx document ({detail})"),
        "docx.corrupt": QCoreApplication.translate(
            "messages", "the Word document is damaged and cannot be read ({detail})"
        ),
        "docx.encrypted": QCoreApplication.translate(
            "messages",
            "the Word document is password-protected: open it in Word, remove the password (File > Info > Protect Document) and save it again",  # noqa: E501 - one translatable literal
        ),
        "docx.legacy_doc": QCoreApplication.translate(
            "messages", "this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx"
        ),
        "docx.zip_bomb": QCoreApplication.translate(
            "messages", "the document would expand to an unreasonable size ({detail}); it was not opened"
        ),
        "docx.revisions": QCoreApplication.translate(
            "messages",
            "the document has tracked changes ({count}): they were imported as accepted (insertions kept, deletions left out); check the text against Word's final version",  # noqa: E501 - one translatable literal
        ),
        "docx.comments": QCoreApplication.translate(
            "messages", "the document has {count} comment(s); comments are not imported"
        ),
        "docx.bold_headings": QCoreApplication.translate(
            "messages",
            "the document uses no heading styles: {count} short bold paragraph(s) were taken as section headings; check the outline",  # noqa: E501 - one translatable literal
        ),
        "docx.no_headings": QCoreApplication.translate(
            "messages",
            "the document uses no heading styles and has no bold title lines: it was imported as a single section",
        ),
        "docx.unknown_styles": QCoreApplication.translate(
            "messages", "paragraph styles without a meaning here were imported as plain paragraphs: {styles}"
        ),
        "docx.no_text": QCoreApplication.translate("messages", "the document has no text to import"),
        "docx.too_large": QCoreApplication.translate(
            "messages", "the document is far larger than a policy ({detail}); it was not read"
        ),
    }


def describe_code(code: str, params: dict[str, Any]) -> str:
    """The translated text of a code, or the core's English text for codes not translated yet."""
    template = _templates().get(code)
    if template is None and code.startswith("wp."):
        from editor.gui.wp_messages import wordpress_templates

        template = wordpress_templates().get(code)
    if template is None:
        return describe(code, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return describe(code, params)


def error_text(error: PolicyEditorError) -> str:
    """One line naming the file (and line) and the problem, in the user's language."""
    reason = describe_code(error.code, error.params)
    if error.path is not None and error.line is not None:
        return QCoreApplication.translate("messages", "{path}, line {line}: {reason}").format(
            path=error.path, line=error.line, reason=reason
        )
    if error.path is not None:
        return QCoreApplication.translate("messages", "{path}: {reason}").format(path=error.path, reason=reason)
    if error.line is not None:
        return QCoreApplication.translate("messages", "line {line}: {reason}").format(line=error.line, reason=reason)
    return reason


def notice_text(notice: Notice) -> str:
    reason = describe_code(notice.code, notice.params)
    return (
        QCoreApplication.translate("messages", "{where}: {reason}").format(where=notice.where, reason=reason)
        if notice.where
        else reason
    )
