"""Importer for ordinary Markdown files (.md, .markdown; ``.policy.md`` is the native format).

The text is kept as written: the file is split at its headings (ATX and setext, never inside
code; :mod:`editor.markdown.sections`) and each body is the text between two headings, byte for
byte. Only what the dialect cannot hold is rewritten, each time with a notice:

- raw HTML (the dialect shows tags as text): the paragraph that holds it is converted to Markdown;
- a reference link whose definition is in another section (each section renders on its own):
  the link is written inline, and a definition left unused is removed;
- a heading title with markup (titles are plain text): its text is kept;
- a heading two levels deeper than the previous one: imported one level below it;
- an empty heading: left out.

A leading ``# Title`` (the only level-1 heading, with no id) is the document title; a leading
YAML front matter block gives the title and language when it has ``title:`` / ``lang:`` keys
and is not imported as text. So ``convert x.md y.md`` gives back the same bytes for any file in
the dialect's own shape (what the ``md`` exporter writes).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from editor.errors import ImportFailed, Notice, Where
from editor.importers import MAX_SECTIONS, ImportResult
from editor.importers.outline import UNTITLED_ID, place
from editor.importers.text_decoding import decode_document
from editor.markdown.config import create_markdown
from editor.markdown.guard import guard_text
from editor.markdown.sections import Heading, find_headings
from editor.markdown.syntax import fence_states, is_list_item
from editor.model.ids import is_valid_id, unique_id
from editor.model.policy import Metadata, Policy, Section, normalize_body

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: The front matter keys the importer uses (the title and the language).
_FRONT_MATTER_USED = {"title", "lang", "locale", "language"}
_KEY = re.compile(r"^([A-Za-z_-]+):[ \t]*(.*?)[ \t]*$", re.MULTILINE)
#: An HTML tag or comment (autolinks such as ``<https://...>`` and ``<a@b.fr>`` are not tags).
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_TITLE_MARKUP = re.compile(r"[*_`<>&\\\[]")
#: What would make a title line a list item, quote or heading (escaped: a title is one line of text).
_BLOCK_START = re.compile(r"^([ \t]*)([-+*>#]|\d+[.)])(?=[ \t]|$)")
#: A link reference definition: label, destination, optional title.
_DEFINITION = re.compile(
    r"^ {0,3}\[([^\]\n^][^\]\n]*)\]:[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+(\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"
)
#: ``[text][label]``, ``[text][]`` or ``[label]`` not followed by ``(``, ``[`` or ``:``.
_REFERENCE = re.compile(r"(?<![\]\\!])\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\]|(?![(\[:]))")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` pairs of a leading front matter block, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    values = {key.lower(): value.strip("\"'") for key, value in _KEY.findall(match.group(1))}
    return values, text[match.end() :]


@dataclass
class _Open:
    """A section being built: its heading facts, verbatim body and subsections."""

    title: str
    level: int
    wanted_id: str | None
    body: str = ""
    children: list[_Open] = field(default_factory=list)
    id: str = ""

    def build(self) -> Section:
        return Section(self.id, self.title, self.level, self.body, tuple(child.build() for child in self.children))

    def walk(self) -> list[_Open]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found


class _Rewriter:
    """Rewrites what the dialect cannot hold, counting each kind for the notices."""

    def __init__(self, path: str, locale: str) -> None:
        self.path = path
        self.locale = locale
        self.html_blocks = 0
        self._markdown = None

    def _html(self, text: str) -> str:
        if self._markdown is None:
            self._markdown = create_markdown(raw_html=True)
        self._markdown.reset()
        return self._markdown.convert(text)  # brackets and nesting were bounded by the guard

    def title(self, title: str) -> str:
        """A heading title as plain text (its markup rendered away)."""
        if not _TITLE_MARKUP.search(title):
            return title
        inline_only = _BLOCK_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", title)
        return " ".join(html.unescape(re.sub(r"<[^>]*>", "", self._html(inline_only))).split())

    def body(self, body: str) -> str:
        """``body`` with each paragraph holding HTML tags (outside code) converted to Markdown."""
        if "<" not in body:
            return body
        chunks = _chunks(body.split("\n"))
        if not any(has_html for _, has_html in chunks):
            return body
        parts = []
        for lines, has_html in chunks:
            text = "\n".join(lines)
            if has_html:
                self.html_blocks += 1
                indent = min(len(line) - len(line.lstrip(" ")) for line in lines)  # a list item's paragraph
                rendered = self._html("\n".join(line[indent:] for line in lines))
                from editor.importers.html_sections import html_to_policy  # only for HTML: its import is not free

                result = html_to_policy(rendered, path=self.path, title="", locale=self.locale)
                converted = "\n\n".join(part for s in result.policy.walk() for part in (s.title, s.body) if part)
                text = "\n".join(" " * indent + line if line else line for line in converted.split("\n"))
            parts.append(text)
        return "\n".join(parts)


def _chunks(lines: list[str]) -> list[tuple[list[str], bool]]:
    """The body's lines in runs separated by blank lines and list items; whether each run holds
    HTML outside code.

    Blank lines are runs of their own (never HTML), so joining the runs with newlines gives the
    body back.
    """
    runs: list[tuple[list[str], bool]] = []
    current: list[str] = []
    code: list[bool] = []
    for line, fenced in fence_states(lines):
        if not line.strip() and not fenced:
            if current:
                runs.append((current, _holds_html(current, code)))
            runs.append(([line], False))
            current, code = [], []
            continue
        if current and not fenced and is_list_item(line):  # each item is converted on its own
            runs.append((current, _holds_html(current, code)))
            current, code = [], []
        current.append(line)
        code.append(fenced)
    if current:
        runs.append((current, _holds_html(current, code)))
    return runs


def _holds_html(lines: list[str], fenced: list[bool]) -> bool:
    if any(fenced) or all(line.startswith(("    ", "\t")) for line in lines):
        return False
    text = _CODE_SPAN.sub("", "\n".join(lines))
    return bool(_HTML.search(text))


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def inline_foreign_references(bodies: list[str]) -> tuple[list[str], int]:
    """Write inline the reference links whose definition is in another body; remove the
    definitions that are then used nowhere in their own body. Returns the bodies and the count."""
    defined: list[dict[str, str]] = []
    everywhere: dict[str, str] = {}
    for body in bodies:
        own: dict[str, str] = {}
        for line, fenced in fence_states(body.split("\n")):
            match = None if fenced else _DEFINITION.match(line)
            if match:
                destination = match.group(2).strip("<>")
                title = f" {match.group(3)}" if match.group(3) else ""
                own.setdefault(_label(match.group(1)), f"{destination}{title}")
        defined.append(own)
        for label, target in own.items():
            everywhere.setdefault(label, target)
    if not everywhere:
        return bodies, 0
    count = 0
    moved: set[str] = set()
    result = []
    for body, own in zip(bodies, defined, strict=True):

        def inline(match: re.Match[str], own: dict[str, str] = own) -> str:
            nonlocal count
            text, label = match.group(1), match.group(2)
            key = _label(label or text)
            if key in own or key not in everywhere:
                return match.group(0)
            count += 1
            moved.add(key)
            return f"[{text}]({everywhere[key]})"

        lines = []
        for line, fenced in fence_states(body.split("\n")):
            if fenced or "[" not in line or _DEFINITION.match(line):
                lines.append(line)
            else:
                lines.append(_outside_code_spans(line, lambda part: _REFERENCE.sub(inline, part)))
        result.append("\n".join(lines))
    if not count:
        return bodies, 0
    cleaned = []
    for body in result:
        lines = body.split("\n")
        used = {_label(m.group(2) or m.group(1)) for m in _REFERENCE.finditer(body)}
        kept = [
            line
            for line in lines
            if not ((m := _DEFINITION.match(line)) and _label(m.group(1)) in moved and _label(m.group(1)) not in used)
        ]
        cleaned.append(normalize_body("\n".join(kept)) if len(kept) != len(lines) else body)
    return cleaned, count


def _outside_code_spans(line: str, change: object) -> str:
    assert callable(change)
    parts = []
    last = 0
    for match in _CODE_SPAN.finditer(line):
        parts.append(change(line[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(change(line[last:]))
    return "".join(parts)


def _locale_of(language: str) -> str:
    from editor.importers.html_file import locale_of  # the HTML importer's rule (fr -> fr-FR)

    return locale_of(f'<html lang="{language}">')


def _title_heading(headings: list[Heading], lines: list[str], title: str | None) -> Heading | None:
    """The leading level-1 heading that is the document's title, if there is one."""
    if not headings or any(line.strip() for line in lines[: headings[0].line]):
        return None
    lead = headings[0]
    if lead.level != 1 or lead.wanted_id is not None or not lead.title:
        return None
    if title is not None:
        return lead if " ".join(title.split()).casefold() == " ".join(lead.title.split()).casefold() else None
    return lead if sum(1 for heading in headings if heading.level == 1) == 1 else None


def import_bytes(data: bytes, path: str) -> ImportResult:
    text, notices = decode_document(data, path, "a Markdown file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values, text = front_matter(text)
    left_out = sorted(set(values) - _FRONT_MATTER_USED)
    if left_out:
        notices.append(Notice("md.front_matter", {"keys": ", ".join(left_out)}, Where(field="front matter")))
    text = guard_text(text, notices)
    lines = text.split("\n")
    headings = find_headings(lines)
    if len(headings) > MAX_SECTIONS:
        raise ImportFailed("import.too_many_sections", path=path, count=len(headings), limit=MAX_SECTIONS)
    language = values.get("lang") or values.get("locale") or values.get("language")
    locale = _locale_of(language) if language else "fr-FR"
    doc_title = values.get("title") or None
    lead = _title_heading(headings, lines, doc_title)
    if lead is not None:
        doc_title = lead.title
    rewriter = _Rewriter(path, locale)

    def text_between(start: int, end: int) -> str:
        return normalize_body("\n".join(lines[start:end]))

    tops: list[_Open] = []
    stack: list[tuple[int, _Open]] = []  # (level in the file, section)
    preamble = text_between(0, headings[0].line if headings else len(lines))
    for number, heading in enumerate(headings):
        end = headings[number + 1].line if number + 1 < len(headings) else len(lines)
        body = text_between(heading.end, end)
        if heading is lead:
            if body:
                preamble = body if not preamble else f"{preamble}\n\n{body}"
            continue
        title = rewriter.title(heading.title)
        if title != heading.title:
            notices.append(Notice("md.title_markup", {"title": heading.title}, Where(position=heading.line + 1)))
        if not title:
            notices.append(Notice("md.empty_heading", {"level": heading.level}, Where(position=heading.line + 1)))
            target = stack[-1][1] if stack else None
            if target is None:
                preamble = body if not preamble else f"{preamble}\n\n{body}" if body else preamble
            elif body:
                target.body = body if not target.body else f"{target.body}\n\n{body}"
            continue
        place(
            _Open(title, heading.level, heading.wanted_id, body), heading.level, stack, tops, notices, "md.level_jump"
        )

    taken: set[str] = set()
    order = [node for top in tops for node in top.walk()]
    for node in order:
        wanted = node.wanted_id
        node.id = wanted if wanted and is_valid_id(wanted) and wanted not in taken else unique_id(node.title, taken)
        taken.add(node.id)
    if preamble:
        base = UNTITLED_ID.get(locale.split("-")[0].lower(), "preamble")
        untitled = _Open("", tops[0].level if tops else 2, None, preamble, id=unique_id(base, taken))
        tops.insert(0, untitled)
        order.insert(0, untitled)
    bodies, inlined = inline_foreign_references([node.body for node in order])
    if inlined:
        notices.append(Notice("md.reference_inlined", {"count": inlined}, Where(field="file")))
    for node, body in zip(order, bodies, strict=True):
        node.body = rewriter.body(body)
    if tops and not tops[0].title and not tops[0].body:
        tops.pop(0)  # a preamble that was only HTML comments
    if rewriter.html_blocks:
        notices.append(Notice("md.html", {"count": rewriter.html_blocks}, Where(field="file")))
    policy = Policy(Metadata(title=(doc_title or "").strip(), locale=locale), tuple(node.build() for node in tops))
    if not policy.sections and not policy.meta.title:
        raise ImportFailed("md.no_text", path=path)
    return ImportResult(policy, tuple(notices))
