"""The one catalogue of error and notice texts: code -> plain English words for legal staff.

Every text is marked with :func:`QT_TRANSLATE_NOOP` (context ``messages``), a no-op here that
``pyside6-lupdate`` recognises by name, so the GUI translates the very same entries
(``editor.gui.messages``) and the CLI prints them in English. An entry may also carry a technical
``detail`` (English, never translated): what was repaired and how, for the log and the command
line; the user sees the plain text. The core does not import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The translation context of every catalogue text.
CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged (translated by the GUI)."""
    return text


@dataclass(frozen=True)
class Entry:
    """``text``: what the user must know, in plain words; ``detail``: the technical account, if any."""

    text: str
    detail: str = ""


CATALOGUE: dict[str, Entry] = {
    # -- the .policy.md format -------------------------------------------------------------------
    "native.decode": Entry(QT_TRANSLATE_NOOP("messages", "the file is not UTF-8 text ({detail})")),
    "native.no_header": Entry(QT_TRANSLATE_NOOP("messages", "the file does not start with a “---” metadata header")),
    "native.header_unclosed": Entry(QT_TRANSLATE_NOOP("messages", "the metadata header is not closed by a “---” line")),
    "native.header_line": Entry(QT_TRANSLATE_NOOP("messages", "this header line is not “key: value”: {text}")),
    "native.header_duplicate": Entry(QT_TRANSLATE_NOOP("messages", "the header key “{key}” appears twice")),
    "native.header_value": Entry(QT_TRANSLATE_NOOP("messages", "bad value for “{key}”: {detail}")),
    "native.level_jump": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "a level {level} heading follows a level {previous} heading: a level can only go one deeper"
        )
    ),
    "native.duplicate_id": Entry(QT_TRANSLATE_NOOP("messages", "the section id “{id}” is used twice")),
    "native.bad_id": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)"
        )
    ),
    "native.format_version": Entry(
        QT_TRANSLATE_NOOP("messages", "this file was written by a newer Policy Editor (format {version})")
    ),
    # -- model operations ------------------------------------------------------------------------
    "op.unknown_section": Entry(QT_TRANSLATE_NOOP("messages", "there is no section with the id “{id}”")),
    "op.duplicate_id": Entry(QT_TRANSLATE_NOOP("messages", "the section id “{id}” is already used")),
    "op.bad_id": Entry(QT_TRANSLATE_NOOP("messages", "“{id}” is not a valid section id")),
    "op.outdent_top": Entry(QT_TRANSLATE_NOOP("messages", "a top-level section cannot be outdented")),
    "op.indent_first": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "the first section of a level cannot be indented: there is no section above it to go under"
        )
    ),
    "op.level_jump": Entry(
        QT_TRANSLATE_NOOP("messages", "a level {level} section cannot hold a level {child_level} subsection")
    ),
    "op.level_range": Entry(
        QT_TRANSLATE_NOOP("messages", "heading levels go from 1 to 6; this would make level {level}")
    ),
    "op.move_into_itself": Entry(
        QT_TRANSLATE_NOOP("messages", "a section cannot be moved into itself or into one of its subsections")
    ),
    "op.bad_position": Entry(QT_TRANSLATE_NOOP("messages", "position {index} is outside 0..{size}")),
    "op.no_next": Entry(QT_TRANSLATE_NOOP("messages", "there is no next section to merge with")),
    "op.no_heading": Entry(QT_TRANSLATE_NOOP("messages", "line {line} of the section is not a heading")),
    "op.move_edge": Entry(QT_TRANSLATE_NOOP("messages", "the section is already at the edge of its level")),
    # -- files -----------------------------------------------------------------------------------
    "file.not_found": Entry(QT_TRANSLATE_NOOP("messages", "the file does not exist")),
    "file.is_directory": Entry(QT_TRANSLATE_NOOP("messages", "this is a folder, not a file")),
    "file.unreadable": Entry(QT_TRANSLATE_NOOP("messages", "the file cannot be read ({detail})")),
    "file.unwritable": Entry(QT_TRANSLATE_NOOP("messages", "the file cannot be written ({detail})")),
    "file.too_large": Entry(
        QT_TRANSLATE_NOOP("messages", "the file is too large ({size} bytes; the limit is {limit})")
    ),
    "file.read_only": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "cannot be written: the folder or file is read-only or you lack permission ({detail})"
        )
    ),
    "file.disk_full": Entry(QT_TRANSLATE_NOOP("messages", "cannot be written: the disk is full ({detail})")),
    "file.folder_missing": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "cannot be written: the folder “{folder}” does not exist (was it moved, or the drive removed?)"
        )
    ),
    "file.device_gone": Entry(
        QT_TRANSLATE_NOOP("messages", "cannot be written: the drive is not available ({detail})")
    ),
    "format.unknown_input": Entry(QT_TRANSLATE_NOOP("messages", "this kind of file cannot be opened (known: {known})")),
    "format.unknown_output": Entry(QT_TRANSLATE_NOOP("messages", "unknown output format “{format}” (known: {known})")),
    "import.failed": Entry(QT_TRANSLATE_NOOP("messages", "{detail}")),
    "import.too_many_sections": Entry(
        QT_TRANSLATE_NOOP("messages", "the document has {count} sections; more than {limit} cannot be a policy")
    ),
    "recovery.unreadable": Entry(QT_TRANSLATE_NOOP("messages", "the recovery file cannot be read ({detail})")),
    "recovery.format": Entry(QT_TRANSLATE_NOOP("messages", "this is not a recovery file of this version ({detail})")),
    # -- exports ---------------------------------------------------------------------------------
    "export.unknown_option": Entry(
        QT_TRANSLATE_NOOP("messages", "{format} has no option “{option}” (its options: {accepted})")
    ),
    "export.bad_option": Entry(
        QT_TRANSLATE_NOOP("messages", "the option “{option}” cannot be “{value}” (accepted: {accepted})")
    ),
    "export.option_syntax": Entry(QT_TRANSLATE_NOOP("messages", "an option is written NAME=VALUE, not “{text}”")),
    "docx.reference_unreadable": Entry(QT_TRANSLATE_NOOP("messages", "the Word template cannot be read ({detail})")),
    "docx.reference_invalid": Entry(
        QT_TRANSLATE_NOOP("messages", "the Word template is not a Word .docx file ({detail})")
    ),
    "wp.no_builder": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "--keep-builder needs a policy imported from a WPBakery page; this one has no builder layout to keep",
        )
    ),
    # -- typography (the typo command) -----------------------------------------------------------
    "typo.unknown_profile": Entry(
        QT_TRANSLATE_NOOP("messages", "unknown typography profile “{profile}” (known: {known})")
    ),
    "typo.unknown_format": Entry(QT_TRANSLATE_NOOP("messages", "unknown text format “{format}” (known: {known})")),
    "typo.decode": Entry(QT_TRANSLATE_NOOP("messages", "the file is not UTF-8 text ({detail})")),
    "typo.options": Entry(QT_TRANSLATE_NOOP("messages", "--check and --diff cannot be used together")),
    "typo.stdin": Entry(QT_TRANSLATE_NOOP("messages", "standard input cannot be read ({detail})")),
    # -- find and replace (writing aids) ---------------------------------------------------------
    "search.bad_pattern": Entry(QT_TRANSLATE_NOOP("messages", "invalid regular expression “{pattern}”: {reason}")),
    "search.stale_match": Entry(QT_TRANSLATE_NOOP("messages", "the text changed since the search: search again")),
    # -- reading text files ----------------------------------------------------------------------
    "text.empty": Entry(QT_TRANSLATE_NOOP("messages", "the file is empty")),
    "text.binary": Entry(QT_TRANSLATE_NOOP("messages", "this is a binary file, not {kind}")),
    "text.unknown_charset": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page names a character set this program does not know; it was read as {used}: "
            "check the accented letters",
        ),
        "the page declares an unknown character set {charset!r}; read as {used}",
    ),
    "text.not_utf8": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file does not say how its letters are encoded; it was read as Windows-1252: "
            "check the accented letters",
        ),
        "the file is not UTF-8 and declares no character set; read as Windows-1252",
    ),
    "text.replaced": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} character(s) could not be read and show as “�”: correct them by hand"),
        "{count} byte sequence(s) are not valid {charset} and were replaced by U+FFFD",
    ),
    # -- HTML pages ------------------------------------------------------------------------------
    "html.no_text": Entry(QT_TRANSLATE_NOOP("messages", "the page has no text to import")),
    "html.dropped": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} active element(s) such as scripts, forms or embedded frames were left out: "
            "they are never imported",
        ),
        "removed {count} <{tag}> element(s): active or embedded content is never imported",
    ),
    "html.handlers": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} hidden script(s) attached to the text were removed; the text is kept"),
        "removed {count} event handler attribute(s) (onclick, onload, ...)",
    ),
    "html.too_deep": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "{count} part(s) of the page were nested too deeply; their text is kept without that layout"
        ),
        "{count} element(s) nested deeper than {limit} levels were flattened (their text is kept)",
    ),
    "html.level_jump": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "a heading skipped a level; it was placed one level below the heading before it: check the outline",
        ),
        "heading level {level} follows level {previous}: imported as level {used}",
    ),
    "html.empty_heading": Entry(
        QT_TRANSLATE_NOOP("messages", "an empty heading was left out"), "an empty h{level} heading was left out"
    ),
    "html.unsafe_link": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} link(s) that would run a program were kept as plain text"),
        "{count} link(s) with an unsafe target (javascript:, data:, ...) kept as plain text",
    ),
    "html.image_dropped": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} image(s) could not be kept; their descriptions are kept instead"),
        "{count} image(s) with an unsupported source left out (their alt text is kept)",
    ),
    # -- Markdown files --------------------------------------------------------------------------
    "md.no_text": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no text to import",
        )
    ),
    "md.deep_brackets": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} square bracket(s) nested too deeply were read as plain text"),
        "{count} square bracket(s) nested deeper than {limit} levels were read as plain text",
    ),
    # -- Word documents --------------------------------------------------------------------------
    "docx.not_docx": Entry(QT_TRANSLATE_NOOP("messages", "this is not a Word .docx document ({detail})")),
    "docx.corrupt": Entry(QT_TRANSLATE_NOOP("messages", "the Word document is damaged and cannot be read ({detail})")),
    "docx.encrypted": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the Word document is password-protected: open it in Word, remove the password "
            "(File > Info > Protect Document) and save it again",
        )
    ),
    "docx.legacy_doc": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx"
        )
    ),
    "docx.zip_bomb": Entry(
        QT_TRANSLATE_NOOP("messages", "the document would expand to an unreasonable size ({detail}); it was not opened")
    ),
    "docx.too_large": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document is far larger than a policy ({detail}); it was not read",
        )
    ),
    "docx.no_text": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document has no text to import",
        )
    ),
    "docx.revisions": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document has tracked changes ({count}: {insertions} insertion(s), {deletions} deletion(s), "
            "{moves} move(s)): they were imported as accepted (insertions kept, deletions left out); check "
            "the text against Word's final version",
        )
    ),
    "docx.comments": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document has {count} comment(s); comments are not imported",
        )
    ),
    "docx.bold_headings": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from short bold lines (not in a heading style); check the outline",
        )
    ),
    "docx.no_headings": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document uses no heading styles and has no bold title lines: it was imported as a single section",
        )
    ),
    "docx.unknown_styles": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "paragraph styles without a meaning here were imported as plain paragraphs: {styles}",
        )
    ),
    # -- WordPress exports: errors ---------------------------------------------------------------
    "wp.empty": Entry(QT_TRANSLATE_NOOP("messages", "the file is empty")),
    "wp.binary": Entry(QT_TRANSLATE_NOOP("messages", "this is a binary file, not a WordPress JSON export")),
    "wp.not_json": Entry(
        QT_TRANSLATE_NOOP("messages", "this is not JSON (it should start with '{{' or '['; found {found!r})")
    ),
    "wp.bad_json": Entry(
        QT_TRANSLATE_NOOP("messages", "the JSON is broken at column {column} ({detail}) and cannot be repaired")
    ),
    "wp.not_a_page": Entry(
        QT_TRANSLATE_NOOP("messages", "this JSON is not a WordPress page or post (no 'content' field; found {found})")
    ),
    "wp.empty_list": Entry(QT_TRANSLATE_NOOP("messages", "the JSON is an empty list: the lookup found no page")),
    "wp.many_pages": Entry(
        QT_TRANSLATE_NOOP("messages", "the JSON holds {count} pages; export one page (or a lookup that finds one)")
    ),
    "wp.error_response": Entry(
        QT_TRANSLATE_NOOP("messages", "this is a WordPress error response ({code}: {message}), not a page")
    ),
    "wp.protected": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page is password-protected and its content is not in the export "
            "(export it with ?context=edit and the password)",
        )
    ),
    "wp.no_text": Entry(QT_TRANSLATE_NOOP("messages", "the page content is empty")),
    # -- WordPress exports: what the import repaired or could not keep ----------------------------
    "wp.encoding": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "the file was not saved as UTF-8; it was read as Windows-1252: check the accented letters"
        ),
        "the file is not UTF-8; it was read as Windows-1252",
    ),
    "wp.raw_newlines": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the export was damaged by {count} line break(s) in the wrong place; it was repaired, the text is complete",
        ),
        "{count} raw line break(s) inside JSON strings were accepted as text",
    ),
    "wp.truncated": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file is incomplete: it stops at line {line}, and whatever came after is missing. "
            "Get a complete export before publishing.",
        ),
        "the file is cut off at line {line} inside {inside}; it was closed there and everything after it is missing",
    ),
    "wp.cut_off": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page was cut off after “{title}”: the text after it is missing. "
            "Get a complete export before publishing.",
        ),
        "the export ends inside this section: its end is missing",
    ),
    "wp.rebuilt_tag": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "a heading, paragraph or list damaged in the export was repaired: check that it reads as intended",
        ),
        "rebuilt a missing <{tag}> from its surviving </{tag}>",
    ),
    "wp.rebuilt_link": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "a link to {url} damaged in the export was repaired: check that it covers the right words"
        ),
        "rebuilt a missing link to {url} from its surviving </a>",
    ),
    "wp.orphan_closer": Entry(
        QT_TRANSLATE_NOOP("messages", "damaged formatting was removed; the text is kept"),
        "removed a </{tag}> whose opening tag is lost (the text is kept)",
    ),
    "wp.rebuilt_breaks": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} line break(s) in repaired paragraphs were kept as line breaks"),
        "{count} line break(s) inside rebuilt paragraphs were read as <br /> (wpautop wrote one before every such "
        "newline)",
    ),
    "wp.block_comments": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} leftover WordPress editor marker(s) were removed; the text is kept"),
        "removed {count} stray block-editor comment(s) (<!-- wp:... -->) from the content",
    ),
    "wp.dynamic_block": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} block(s) “{name}” are filled in by WordPress when the page is shown: their text "
            "is not in the export and was not imported",
        ),
        "{count} dynamic block(s) <!-- wp:{name} /--> have no text in the page source and were not imported",
    ),
    "wp.texturized_quotes": Entry(
        QT_TRANSLATE_NOOP("messages", "{count} page-builder setting(s) damaged by curly quotes were repaired"),
        "repaired {count} shortcode attribute quote(s) that wptexturize had curled",
    ),
    "wp.unknown_shortcode": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} WordPress code(s) “[{tag}]” were kept as they are, in square brackets: "
            "check whether the page still needs them",
        ),
        "kept {count} [{tag}] shortcode(s) as text (not a known page-builder element)",
    ),
    "wp.raw_html_undecodable": Entry(
        QT_TRANSLATE_NOOP("messages", "a block of raw HTML in the page builder could not be read; it is kept as text"),
        "a [vc_raw_html] block could not be decoded; it is kept as text",
    ),
    "wp.unclosed_shortcode": Entry(
        QT_TRANSLATE_NOOP("messages", "the page-builder code “[{tag}]” is not closed: the page may be damaged"),
        "[{tag}] is not closed (the content ends first)",
    ),
    "wp.builder_merged": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page had {count} page-builder text blocks; publishing back into the page builder "
            "puts the edited text in one block",
        ),
        "the page had {count} WPBakery text blocks; a keep-builder export puts the edited content in one",
    ),
    "wp.content_string": Entry(
        QT_TRANSLATE_NOOP("messages", "the page text was not where WordPress usually puts it; it was read anyway"),
        "the content is a plain string, not WordPress's {{rendered}} object; read as HTML",
    ),
    "wp.embed_shape": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "this export holds the page's title and settings but not its text: export the page again with its content",
        ),
        "this is the embed shape, which has no content: only the title and fields were read",
    ),
    "docx.headings_outline": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from paragraph outline levels (text pasted from a web page or Google "
            "Docs); check the outline",
        )
    ),
    "docx.headings_numbering": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from numbered list items; check the outline",
        )
    ),
    "docx.headings_pattern": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from numbered lines (Article 3, 1.2, III., Chapitre...); check the outline",
        )
    ),
    "docx.headings_size": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from lines in a larger font; check the outline",
        )
    ),
    "docx.headings_underline": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from underlined lines; check the outline",
        )
    ),
    "docx.headings_caps": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} heading(s) found from lines in capitals; check the outline",
        )
    ),
    "docx.heading_levels": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "heading levels were guessed from {count} kinds of heading repeated through the document "
            "(numbering depth, font size, style of the line)",
        )
    ),
    "docx.lead_ins": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} emphasised line(s) ending with a colon were kept as text (lead-ins), not headings",
        )
    ),
    "docx.title_guessed": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the first line was taken as the policy title: {title}",
        )
    ),
    "docx.date_line": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the line under the title was read into the document properties: {line}",
        )
    ),
    "docx.date_line_kept": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the line under the title looks like a date or version but could not be read; it was kept as text: {line}",
        )
    ),
    "docx.preformatted": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} preformatted paragraph(s) were kept as code blocks, line by line",
        )
    ),
    "docx.images_dropped": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} picture(s) left out ({size} larger than {limit} MB, {total} beyond {total_limit} MB of "
            "pictures in all, {format} in a format web pages and Word do not both show (EMF, WMF, SVG, "
            "TIFF...), {unreadable} unreadable); their alternative text is kept",
        )
    ),
    "docx.language_from_text": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the document declares the language {declared} but its text is in {used}; it was imported as {used}",
        )
    ),
    "md.html": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} paragraph(s) with HTML tags were converted to Markdown (tags are shown as text otherwise)",
        )
    ),
    "md.reference_inlined": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} reference link(s) defined in another section were written inline (each section stands alone)",
        )
    ),
    "md.title_markup": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the markup in heading {title!r} was removed: titles are plain text",
        )
    ),
    "md.level_jump": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "heading level {level} follows level {previous}: imported as level {used}",
        )
    ),
    "md.empty_heading": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "an empty level-{level} heading was left out",
        )
    ),
    "md.front_matter": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the front matter gives the title and language; its other keys were left out ({keys})",
        )
    ),
    "wp.texturized_marks": Entry(
        QT_TRANSLATE_NOOP(
            "messages", "{count} page-builder setting(s) damaged by WordPress's typography were repaired"
        ),
        "repaired {count} character(s) in shortcode attributes that wptexturize had changed (& written &#038;, "
        "-- written as a dash, 300x200 written with ×, ...)",
    ),
    "html.bold_headings": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page has no headings: {count} short bold paragraph(s) were taken as section headings; "
            "check the outline",
        )
    ),
    "html.formatting_dropped": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} underlined, struck-through, highlighted, subscript or superscript passage(s) were kept "
            "as plain text; check their meaning",
        )
    ),
    "legal.checklist": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the checklist is not valid: {detail}",
        )
    ),
    "legal.version_label": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "“{label}” cannot be a version label (use letters, digits, “.”, “-” or “_”)",
        )
    ),
    "legal.version_exists": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "version “{label}” is already published; a published version never changes",
        )
    ),
    "legal.version_unknown": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "there is no published version “{label}” (published: {known})",
        )
    ),
    "legal.version_altered": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the snapshot of version “{label}” was changed after it was published ({file})",
        )
    ),
    "legal.versions_index": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the index of published versions cannot be read ({detail})",
        )
    ),
    "legal.version_write": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the snapshot cannot be written ({detail})",
        )
    ),
    "cli.publish_native": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "only a .policy.md file can be published (convert it first)",
        )
    ),
    "text.utf16_no_bom": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no byte-order mark; read as {charset} from its byte pattern",
        )
    ),
    "wp.content_shape": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the content is {found}, not text or WordPress's {{rendered}} object: no text was read from it "
            "(it is kept for export)",
        )
    ),
    "file.not_regular": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "this is {kind}, not a file: only ordinary files can be opened",
        )
    ),
    "file.symlink_loop": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the path is a symbolic link that loops (it points back to itself)",
        )
    ),
    "import.too_deep": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file is nested too deeply to be read",
        )
    ),
    "nesting.lists": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} line(s) nested deeper than {limit} list levels were moved up to level {limit}",
        )
    ),
    "nesting.quotes": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} line(s) quoted deeper than {limit} levels were kept at {limit} levels",
        )
    ),
    "nesting.emphasis": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} emphasis marker(s) past the first {limit} of a paragraph were read as text",
        )
    ),
    "nesting.brackets": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} square bracket(s) nested too deeply or never closed were read as text",
        )
    ),
    "nesting.links": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} link or image opening(s) never closed were read as text",
        )
    ),
    "nesting.long_paragraphs": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} paragraph(s) longer than {limit} characters are kept as typed, without Markdown formatting",
        )
    ),
    "text.surrogates": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} lone surrogate character(s) (invalid Unicode) were replaced by U+FFFD",
        )
    ),
    "text.nul": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{count} NUL character(s) were replaced by U+FFFD",
        )
    ),
    "import.number_too_long": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "a number in the file has {digits} digits; more than {limit} cannot be a real value",
        )
    ),
    "save.unexpected": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "cannot be saved because of an internal error ({detail})",
        )
    ),
    "wp.site.bad_url": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "“{url}” is not a web address (for example https://example.org)",
        )
    ),
    "wp.site.plain_http": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: plain http is refused except for localhost and 127.0.0.1: the application password would "
            "cross the network unencrypted; use the site’s https:// address",
        )
    ),
    "wp.site.unknown": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "no WordPress site {url} is set up; add it first",
        )
    ),
    "wp.site.none": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "no WordPress site is set up; add one first",
        )
    ),
    "wp.site.ambiguous": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "several WordPress sites are set up ({sites}); choose one",
        )
    ),
    "wp.site.no_password": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "no application password for {user} at {url}: there is no system keyring to keep it",
        )
    ),
    "wp.site.empty_password": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the application password is empty",
        )
    ),
    "wp.http.unauthorized": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site refused the user name or application password (401); check them in the user’s "
            "profile, Application Passwords",
        )
    ),
    "wp.http.forbidden": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the user may not do this on the site (403: {detail})",
        )
    ),
    "wp.http.not_found": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the page does not exist on the site any more (404; deleted or moved to the trash)",
        )
    ),
    "wp.http.no_page": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site has no page “{ref}”",
        )
    ),
    "wp.http.html": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site answered with a web page instead of REST API data ({detail}); a security "
            "plugin, a maintenance page or a wrong address is in the way",
        )
    ),
    "wp.http.rest_disabled": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages",
        )
    ),
    "wp.http.timeout": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site did not answer within {seconds} s",
        )
    ),
    "wp.http.tls": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the secure connection failed ({detail}); the site’s certificate is not trusted",
        )
    ),
    "wp.http.connect": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: cannot reach the site ({detail})",
        )
    ),
    "wp.http.redirect": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site redirects to {target}; credentials are never sent to another address: use that "
            "address for the site if it is the right one",
        )
    ),
    "wp.http.server": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site failed with a server error ({status}); this request changed nothing, try again later",
        )
    ),
    "wp.http.status": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site refused the request ({status}: {detail})",
        )
    ),
    "wp.http.bad_json": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "{url}: the site’s answer is not valid JSON ({detail})",
        )
    ),
    "wp.cancelled": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "cancelled; the step that was running changed nothing on the site",
        )
    ),
    "wp.push.not_pulled": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "this policy was not pulled from a WordPress site; name the site (--site on the command line) "
            "to create a new page",
        )
    ),
    "wp.push.cut_off": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the import of this page was cut off (section “{section}” is incomplete): pushing would replace "
            "the page with a shortened text; confirm first (--allow-incomplete on the command line)",
        )
    ),
    "wp.push.conflict": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, "
            "pulled at {ours} UTC); nothing was sent",
        )
    ),
    "wp.push.other_site": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "this policy comes from {origin}, not from {site}",
        )
    ),
    "wp.push.elementor": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "the page was built with Elementor, which shows its own saved layout: the text was sent, but "
            "visitors see it only once the page is edited with Elementor or switched back to the block editor",
        )
    ),
    "wp.media.type": Entry(
        QT_TRANSLATE_NOOP(
            "messages",
            "embedded image {index} is not an image type WordPress accepts ({mime})",
        )
    ),
    # -- document properties ---------------------------------------------------------------------
    "meta.bad_slug": Entry(
        QT_TRANSLATE_NOOP("messages", "the slug “{value}” may hold only lower-case letters, digits and hyphens")
    ),
    "meta.bad_date": Entry(QT_TRANSLATE_NOOP("messages", "“{value}” is not a real date (YYYY-MM-DD)")),
    "meta.bad_locale": Entry(
        QT_TRANSLATE_NOOP("messages", "“{value}” is not a known locale (a language among {known}, e.g. fr-FR)")
    ),
    "meta.bad_profile": Entry(QT_TRANSLATE_NOOP("messages", "“{value}” is not a typography profile ({known})")),
    # -- policy families and XLIFF ----------------------------------------------------------------
    "locales.name": Entry(QT_TRANSLATE_NOOP("messages", "the file name has no locale: expected NAME.LOCALE.policy.md")),
    "locales.no_targets": Entry(QT_TRANSLATE_NOOP("messages", "there is no translation of this policy beside it")),
    "locales.exists": Entry(QT_TRANSLATE_NOOP("messages", "this translation exists already")),
    "xliff.parse": Entry(QT_TRANSLATE_NOOP("messages", "not an XLIFF 1.2 file ({detail})")),
    "xliff.no_source": Entry(QT_TRANSLATE_NOOP("messages", "the source policy {source} cannot be found")),
}
