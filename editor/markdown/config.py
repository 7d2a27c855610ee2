"""The one Python-Markdown configuration of the dialect (renderer and importer alike).

Bodies are Markdown only: raw HTML is shown as text (never interpreted), which keeps imported
or pasted markup inert; e-mail autolinks are plain ``mailto:`` links (no entity obfuscation).
Beyond Python-Markdown's own extensions: lists as CommonMark reads them (:mod:`.lists`), and
bare URLs, ``www.`` and e-mail addresses linked (:mod:`.bare_links`, :class:`BareMailProcessor`;
never inside code or an existing link).
"""

from __future__ import annotations

import importlib
import re
import sys
import xml.etree.ElementTree as etree
from types import ModuleType

import markdown
from markdown.blockprocessors import ReferenceProcessor, SetextHeaderProcessor
from markdown.extensions.def_list import DefListProcessor
from markdown.inlinepatterns import AUTOMAIL_RE, InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from editor.markdown import bare_links
from editor.markdown.list_processors import DialectListsExtension
from editor.markdown.needles import install as install_needles
from editor.markdown.syntax import is_list_item

#: Python-Markdown's own extensions of the dialect (``markdown.extensions.NAME``), given as
#: instances: a name would have Python-Markdown scan every installed package's entry points first.
EXTENSIONS = ("attr_list", "tables", "fenced_code", "def_list", "abbr")


class MailtoProcessor(InlineProcessor):
    """``<name@example.org>`` -> ``<a href="mailto:name@example.org">name@example.org</a>``."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # noqa: N802
        address = m.group(1).removeprefix("mailto:")
        link = etree.Element("a", {"href": "mailto:" + address})
        link.text = markdown.util.AtomicString(address)
        return link, m.start(0), m.end(0)


class EscapedReferenceProcessor(ReferenceProcessor):
    """Link reference definitions whose label honours backslash escapes, as CommonMark reads them.

    Python-Markdown takes ``[\\]:](https://x.fr)`` (a link whose text is ``]:``) for the definition
    of a label ``\\`` and drops the line; the label here ends at the first unescaped ``]``.
    """

    RE = re.compile(
        r"^[ ]{0,3}\[((?:[^\[\]\\\n]|\\.)*)\]:[ ]*(?:\n[ ]*)?([^\s]+)[ ]*(?:\n[ ]*)?"
        r"""((["'])(.*)\4[ ]*|\((.*)\)[ ]*)?$""",
        re.MULTILINE,
    )


class ParagraphSetextProcessor(SetextHeaderProcessor):
    """A setext heading's text is a paragraph line, never a list item (the dialect's rule, as in
    :mod:`.sections`): Python-Markdown reads ``- a`` above an empty item ``-`` as a heading "- a"."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return super().test(parent, block) and not is_list_item(block.split("\n", 1)[0])


class TightDefinitionProcessor(DefListProcessor):
    """A definition (``: text``) belongs to the term on the line just above it, or continues a
    definition list; after a blank line below an ordinary paragraph it is a paragraph that starts
    with a colon (Python-Markdown would turn that paragraph into the definition of the one above,
    so HTML ``<p>9</p><p>: 9</p>`` could not be written in the dialect)."""

    def test(self, parent: etree.Element, block: str) -> bool:
        match = self.RE.search(block)
        if match is None or not super().test(parent, block):
            return False
        if match.start() > 0:
            return True  # term lines above, in the same block
        previous = self.lastChild(parent)
        return previous is not None and previous.tag == "dl"


#: A bare e-mail address (an apostrophe may be part of it: ``o'neill@example.org``).
BARE_MAIL = (
    r"(?i)(?<![\w.+'’@/-])(?P<mail>[a-z0-9_+-](?:[a-z0-9_+'-]|\.(?!\.))*"
    r"@(?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w@-])"
)


class BareMailProcessor(InlineProcessor):
    """A bare ``name@example.org`` -> a plain ``mailto:`` link, never inside a link (it replaces
    pymdown-extensions' magiclink's, whose entity obfuscation our element-tree renderers cannot carry)."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # noqa: N802
        address = m.group("mail")
        link = etree.Element("a", {"href": "mailto:" + address})
        link.text = AtomicString(address)
        return link, m.start(0), m.end(0)


#: A block of text longer than this is shown as typed, without inline Markdown: Python-Markdown's
#: inline pass grows faster than linearly with the number of inline elements in one block, and no
#: real paragraph comes near this size (a hostile one would freeze the preview).
MAX_INLINE_BLOCK = 20_000


class LargeBlockGuard(Treeprocessor):
    """Mark oversized text blocks as atomic so the inline patterns skip them."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.text and len(element.text) > MAX_INLINE_BLOCK:
                element.text = AtomicString(element.text)


def _extension_module(name: str) -> ModuleType:
    """Python-Markdown's extension module ``name``, imported without Pygments.

    ``fenced_code`` imports ``codehilite``, which imports Pygments and its lexer and formatter
    tables (about 6 ms) whenever Pygments is installed (pytest brings it into a developer's venv),
    although the dialect never highlights code. While the extension loads, an import of Pygments
    fails as if it were absent; Pygments stays importable for the rest of the process."""
    module_name = f"markdown.extensions.{name}"
    if module_name in sys.modules or "pygments" in sys.modules:
        return importlib.import_module(module_name)
    sys.modules["pygments"] = None  # type: ignore[assignment] - the import system's "not importable"
    try:
        return importlib.import_module(module_name)
    finally:
        del sys.modules["pygments"]


def create_markdown(*, raw_html: bool = False) -> markdown.Markdown:
    """A Markdown instance of the dialect (not thread-safe: one per thread).

    ``raw_html=True`` reads HTML tags as HTML instead of text: only the Markdown importer uses
    it, to rewrite the HTML a file carries into the dialect.
    """
    own = [_extension_module(name).makeExtension() for name in EXTENSIONS]
    md = markdown.Markdown(extensions=[*own, DialectListsExtension()], output_format="html")
    if not raw_html:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
    bare_links.install(md)
    md.inlinePatterns.register(MailtoProcessor(AUTOMAIL_RE, md), "automail", 110)
    mail = BareMailProcessor(BARE_MAIL, md)
    md.inlinePatterns.register(mail, "magic-mail", 84.9)
    md.parser.blockprocessors.register(EscapedReferenceProcessor(md.parser), "reference", 15)
    md.parser.blockprocessors.register(ParagraphSetextProcessor(md.parser), "setextheader", 60)
    md.parser.blockprocessors.register(TightDefinitionProcessor(md.parser), "deflist", 25)
    md.treeprocessors.register(LargeBlockGuard(md), "large_block_guard", 25)
    install_needles(md)
    return md
