"""The preview's QTextDocument: one QTextFrame per section, so a section is replaced in place.

Layout of the document (all frames without margin, padding or border)::

    root frame
      chunk frame            about sqrt(n) chunks of about sqrt(n) sections each
        section frame        the section's heading and body, parsed from its HTML fragment
        section frame
      chunk frame
        ...

Qt lays out the frames of a frame one after the other: after a change it walks the changed
frame's siblings to move them. Two levels of frames keep that walk to about 2*sqrt(n) frames
instead of n, which is what keeps an edit's cost flat from 30 to 3000 sections.

Nothing is loaded from anywhere: :meth:`SafeTextDocument.loadResource` answers only embedded
``data:`` images, and every other request (http images, stylesheets, fonts, local or network
files) is refused and remembered in :attr:`SafeTextDocument.blocked_urls`.
"""

from __future__ import annotations

import base64
import math
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QByteArray, QObject, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextTable,
    QTextTableCell,
)

from editor.gui.preview.cell_change import changed_cell
from editor.gui.preview.table_borders import separate_collapsed_borders

#: Decoded size above which an embedded image is not shown (a hostile page must not exhaust memory).
MAX_EMBEDDED_IMAGE_BYTES = 16 * 1024 * 1024
MIN_CHUNK = 16


def decode_data_url(url: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of a ``data:`` URL, or None when it is not one or is malformed."""
    if url[:5].lower() != "data:" or "," not in url:
        return None
    header, _, payload = url[5:].partition(",")
    params = header.split(";")
    media = params[0].strip().lower() or "text/plain"
    try:
        if any(p.strip().lower() == "base64" for p in params[1:]):
            if len(payload) * 3 // 4 > MAX_EMBEDDED_IMAGE_BYTES:
                return None
            data = base64.b64decode(unquote_to_bytes(payload), validate=False)
        else:
            data = unquote_to_bytes(payload)
    except ValueError:
        return None
    if len(data) > MAX_EMBEDDED_IMAGE_BYTES:
        return None
    return media, data


def embedded_image(kind: int, url: QUrl) -> QImage | None:
    """The image of a ``data:image/...`` URL requested as an image, else None."""
    if kind != QTextDocument.ResourceType.ImageResource.value or url.scheme().lower() != "data":
        return None
    decoded = decode_data_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    if decoded is None or not decoded[0].startswith("image/"):
        return None
    image = QImage.fromData(decoded[1])
    return None if image.isNull() else image


class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads nothing but embedded ``data:`` images."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked_urls: deque[QUrl] = deque(maxlen=200)
        self.setUndoRedoEnabled(False)

    def loadResource(self, kind: int, url: QUrl) -> object:
        kind_value = kind.value if hasattr(kind, "value") else int(kind)
        image = embedded_image(kind_value, url)
        if image is not None:
            return image
        self.blocked_urls.append(QUrl(url))
        return QByteArray()  # empty: nothing to show


def _plain_frame_format() -> QTextFrameFormat:
    fmt = QTextFrameFormat()
    fmt.setMargin(0)
    fmt.setPadding(0)
    fmt.setBorder(0)
    return fmt


def _separator_formats() -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The empty block Qt keeps after every frame, made as small as Qt allows."""
    block = QTextBlockFormat()
    block.setTopMargin(0)
    block.setBottomMargin(0)
    block.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    char = QTextCharFormat()
    char.setFontPointSize(1)
    return block, char


class SectionDocument(SafeTextDocument):
    """The preview document: a frame per section, in chunks; see the module docstring."""

    def __init__(self, parent: QObject | None = None, stylesheet: str = "", font: QFont | None = None) -> None:
        super().__init__(parent)
        self.setDefaultStyleSheet(stylesheet)
        if font is not None:
            self.setDefaultFont(font)
        self.setDocumentMargin(12)
        self._frames: dict[str, QTextFrame] = {}
        self._html: dict[str, str] = {}
        self._order: list[str] = []
        self._scratch = SafeTextDocument(self)
        self._scratch.setDefaultStyleSheet(stylesheet)
        self._frame_format = _plain_frame_format()
        self._separator_block, self._separator_char = _separator_formats()
        #: What the last :meth:`replace` changed (for the tests and the benchmark).
        self.last_patch: Patch | None = None

    # -- what is shown ---------------------------------------------------------------------------

    @property
    def section_ids(self) -> list[str]:
        """The ids of the sections shown, in document order."""
        return list(self._order)

    def frame(self, section_id: str) -> QTextFrame | None:
        return self._frames.get(section_id)

    def section_at(self, position: int) -> str | None:
        """The id of the section whose frame holds ``position`` (a document position)."""
        frame = self.frameAt(position)
        while frame is not None:
            section_id = self._id_of(frame)
            if section_id is not None:
                return section_id
            frame = frame.parentFrame()
        return None

    def _id_of(self, frame: QTextFrame) -> str | None:
        fmt = frame.frameFormat()
        value = fmt.property(_ID_PROPERTY)
        return value if isinstance(value, str) and value else None

    # -- building and patching -------------------------------------------------------------------

    def build(self, sections: Iterable[tuple[str, str]]) -> None:
        """Fill the (empty) document with ``(section id, html fragment)`` in document order."""
        entries = list(sections)
        self._frames.clear()
        self._html.clear()
        self._order = []
        self.clear()
        if not entries:
            return
        size = max(MIN_CHUNK, math.isqrt(len(entries)))
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        self._make_separator(cursor)
        root = self.rootFrame()
        for start in range(0, len(entries), size):
            cursor.setPosition(root.lastPosition())
            chunk = cursor.insertFrame(self._frame_format)
            self._make_separator(cursor)
            cursor.setPosition(chunk.lastPosition() + 1)
            self._make_separator(cursor)
            for section_id, html in entries[start : start + size]:
                cursor.setPosition(chunk.lastPosition())
                self._insert_section(cursor, section_id, html)
                self._order.append(section_id)
        cursor.endEditBlock()

    def rearrange(self, sections: Sequence[tuple[str, str]], max_moves: int) -> bool:
        """Make the document show ``sections`` by removing, inserting and patching frames in place.

        The sections that keep their relative order (the longest such run) stay where they are;
        the others are removed and inserted again, and kept sections whose HTML changed are
        patched. Returns False, changing nothing, when the document is empty or that takes more
        than ``max_moves`` insertions and removals (building again is then cheaper).
        """
        if not self._order:
            return False
        wanted = [section_id for section_id, _ in sections]
        rank = {section_id: index for index, section_id in enumerate(wanted)}
        keep = set(_longest_increasing([i for i in self._order if i in rank], rank.__getitem__))
        removals = [section_id for section_id in self._order if section_id not in keep]
        insertions = len(wanted) - len(keep)
        if len(removals) + insertions > max_moves:
            return False
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        for section_id in removals:
            frame = self._frames.pop(section_id)
            self._html.pop(section_id, None)
            cursor.setPosition(frame.firstPosition() - 1)
            cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        previous: QTextFrame | None = None
        for section_id, html in sections:
            if section_id in keep:
                frame = self._frames[section_id]
                if self._html.get(section_id) != html:
                    self.replace(section_id, html)
            else:
                if previous is None:
                    cursor.setPosition(self.rootFrame().childFrames()[0].firstPosition())
                else:
                    cursor.setPosition(previous.lastPosition() + 1)
                frame = self._insert_section(cursor, section_id, html)
            previous = frame
        self._order = wanted
        cursor.endEditBlock()
        return True

    def _insert_section(self, cursor: QTextCursor, section_id: str, html: str) -> QTextFrame:
        """A new section frame at the cursor (in a chunk), filled, with a separator after it."""
        frame_format = QTextFrameFormat(self._frame_format)
        frame_format.setProperty(_ID_PROPERTY, section_id)
        frame = cursor.insertFrame(frame_format)
        self._fill(frame, html, cursor)
        cursor.setPosition(frame.lastPosition() + 1)
        self._make_separator(cursor)
        self._frames[section_id] = frame
        self._html[section_id] = html
        return frame

    def replace(self, section_id: str, html: str) -> str:
        """Show ``html`` in a section's frame; the other sections are not touched.

        Only the blocks that differ are replaced (see :meth:`_replace_blocks`): the rest of the
        section (a table, for instance) stays, which matters because Qt rescans the frames of the
        whole document whenever a table is removed or inserted. When that cannot be done, the
        frame's whole content is replaced. When only a table cell's HTML changed (a keystroke in
        a cell), that cell alone is parsed and its blocks patched. Returns ``"cell"``, ``"block"``
        (texts replaced in place), ``"range"`` (a run of blocks replaced), ``"section"`` or
        ``"same"``; :attr:`last_patch` says which blocks.
        """
        frame = self._frames[section_id]
        shown = self._html.get(section_id)
        self._html[section_id] = html
        if shown == html:  # e.g. a space typed at the end of a paragraph
            self.last_patch = Patch("same", 0, 0, 0)
            return "same"
        if shown is not None and self._replace_cell(frame, shown, html):
            return "cell"
        self._parse(html)
        patched = self._replace_blocks(frame)
        if patched is not None:
            return patched
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._insert_scratch(frame, cursor)
        cursor.endEditBlock()
        self.last_patch = Patch("section", 0, -1, -1)
        return "section"

    def _replace_cell(self, frame: QTextFrame, shown: str, html: str) -> bool:
        """Patch the one table cell whose HTML is all that changed; False (nothing done) when the
        change is not within one cell or the cell's blocks do not keep their formats."""
        change = changed_cell(shown, html)
        if change is None:
            return False
        tables = [child for child in frame.childFrames() if isinstance(child, QTextTable)]
        if len(tables) != html.count("<table") or change.table >= len(tables):
            return False  # a table nested in another, or not shown as the HTML says
        table = tables[change.table]
        if change.row >= table.rows() or change.column >= table.columns():
            return False
        self._parse(change.html)
        parsed = [child for child in self._scratch.rootFrame().childFrames() if isinstance(child, QTextTable)]
        if len(parsed) != 1 or parsed[0].rows() != 1 or parsed[0].columns() != table.columns():
            return False
        targets = _cell_blocks(self, table.cellAt(change.row, change.column))
        sources = _cell_blocks(self._scratch, parsed[0].cellAt(0, change.column))
        if len(targets) != len(sources):
            return False
        for target, source in zip(targets, sources, strict=True):
            if target.textList() is not None or source.textList() is not None:
                return False  # a list in a cell: its items belong to a list object of the document
            if _block_format(target, False) != _block_format(source, False):
                return False
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        for target, source in zip(targets, sources, strict=True):
            if target.text() != source.text() or not _same_fragments(target, source):
                _replace_text(cursor, target, source)
        cursor.endEditBlock()
        first = targets[0].blockNumber() - self.findBlock(frame.firstPosition()).blockNumber()
        self.last_patch = Patch("cell", first, len(targets), len(sources))
        return True

    def _parse(self, html: str) -> None:
        self._scratch.setHtml(html)
        _drop_heading_size_adjustment(self._scratch)
        separate_collapsed_borders(self._scratch)  # the same lines, a third of the painting

    def _fill(self, frame: QTextFrame, html: str, cursor: QTextCursor | None = None) -> None:
        """Insert ``html`` into an empty frame."""
        self._parse(html)
        self._insert_scratch(frame, cursor or QTextCursor(self))

    def _insert_scratch(self, frame: QTextFrame, cursor: QTextCursor) -> None:
        """Insert the parsed fragment into an empty frame, keeping the first block's own format.

        Inserting a fragment merges its first block into the block at the cursor, which keeps
        its old format (a heading would become a paragraph): the format is set back afterwards.
        """
        first = self._scratch.firstBlock()
        fragment = QTextDocumentFragment(self._scratch)
        cursor.setPosition(frame.firstPosition())
        cursor.setBlockFormat(first.blockFormat())
        cursor.setBlockCharFormat(first.charFormat())
        cursor.insertFragment(fragment)
        # Qt drops the top margin of a frame's first block: the frame carries it instead.
        block_format = first.blockFormat()
        frame_format = frame.frameFormat()
        if frame_format.topMargin() != block_format.topMargin():
            frame_format.setTopMargin(block_format.topMargin())
            frame.setFrameFormat(frame_format)
        block_format.setTopMargin(0)
        cursor.setPosition(frame.firstPosition())
        cursor.setBlockFormat(block_format)

    def _replace_blocks(self, frame: QTextFrame) -> str | None:
        """Replace only the blocks of the frame that differ from the parsed fragment's.

        The two block lists (table cells included) are compared from both ends; what lies
        between the common start and the common end is the edit. When both sides have as many
        blocks there, with the same formats and places (list, table cell), their texts are
        replaced in place; otherwise the run of blocks is replaced by the fragment's (widened to
        whole lists, so items keep their list). None when the edit changes a table's shape or the
        heading's format: the caller then replaces the whole section.
        """
        old = _blocks(self.findBlock(frame.firstPosition()), frame.lastPosition())
        # The parsed fragment ends with an empty block after a last table: the frame holds no
        # such block, so the fragment's blocks end where its root frame does, as the frame's.
        new = _blocks(self._scratch.firstBlock(), self._scratch.rootFrame().lastPosition())
        old_keys = _block_keys(old, frame)
        new_keys = _block_keys(new, self._scratch.rootFrame())
        shortest = min(len(old), len(new))
        start = 0
        while start < shortest and old_keys[start] == new_keys[start]:
            start += 1
        if start == len(old) == len(new):
            self.last_patch = Patch("same", start, 0, 0)
            return "same"
        end = 0
        while end < shortest - start and old_keys[-1 - end] == new_keys[-1 - end]:
            end += 1
        old_run, new_run = old_keys[start : len(old) - end], new_keys[start : len(new) - end]
        if len(old_run) == len(new_run) and all(a.same_place(b) for a, b in zip(old_run, new_run, strict=True)):
            cursor = QTextCursor(self)
            cursor.beginEditBlock()
            for target, source in zip(old[start : len(old) - end], new[start : len(new) - end], strict=True):
                _replace_text(cursor, target, source)
            cursor.endEditBlock()
            self.last_patch = Patch("block", start, len(old_run), len(new_run))
            return "block"
        # Whole lists only: an item inserted alone would start a list of its own.
        while start > 0 and old_keys[start - 1].in_list:
            start -= 1
        while end > 0 and old_keys[len(old) - end].in_list:
            end -= 1
        old_run, new_run = old_keys[start : len(old) - end], new_keys[start : len(new) - end]
        if start == 0 or any(key.in_table for key in (*old_run, *new_run)):
            return None  # the heading's format (kept by the frame) or a table's shape changed
        if old_keys[start - 1].in_table and not (old_run and new_run):
            return None  # a block removed or inserted right after a table: not inside its last cell
        self._replace_run(old[start - 1], old[start : len(old) - end], new[start : len(new) - end])
        self.last_patch = Patch("range", start, len(old_run), len(new_run))
        return "range"

    def _replace_run(self, before: QTextBlock, targets: list[QTextBlock], sources: list[QTextBlock]) -> None:
        """Replace the blocks ``targets`` (none: insert after ``before``) by the scratch's ``sources``."""
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        if not sources:  # blocks removed: from the end of the block before to the end of the last
            cursor.setPosition(before.position() + before.length() - 1)
            cursor.setPosition(targets[-1].position() + targets[-1].length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.endEditBlock()
            return
        first, final = sources[0], sources[-1]
        if targets:  # empty the run down to its first block, which takes the first source's format
            cursor.setPosition(targets[0].position())
            cursor.setPosition(targets[-1].position() + targets[-1].length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.setBlockFormat(_block_format(first, False))
            cursor.setBlockCharFormat(first.charFormat())
        else:
            cursor.setPosition(before.position() + before.length() - 1)
            cursor.insertBlock(_block_format(first, False), first.charFormat())
        start = cursor.position()
        source_cursor = QTextCursor(self._scratch)
        source_cursor.setPosition(first.position())
        source_cursor.setPosition(final.position() + final.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertFragment(QTextDocumentFragment(source_cursor))
        block = self.findBlock(start)
        following = block.next()
        if not block.text() and first.text() and following.isValid() and following.text() == first.text():
            # A fragment that starts with a list item is inserted as new blocks: join the first
            # one to the emptied block, which keeps the format set above.
            cursor.setPosition(block.position() + block.length() - 1)
            cursor.setPosition(following.position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            block = self.findBlock(start)
        _restore_list(block, first)
        cursor.endEditBlock()

    def _make_separator(self, cursor: QTextCursor) -> None:
        cursor.setBlockFormat(self._separator_block)
        cursor.setBlockCharFormat(self._separator_char)


#: A user property of section frame formats holding the section id.
_ID_PROPERTY = QTextFrameFormat.Property.UserProperty.value + 1


def _drop_heading_size_adjustment(document: QTextDocument) -> None:
    """Headings get Qt's own size step on top of the CSS font size; keep the CSS size only."""
    adjustment = QTextFormat.Property.FontSizeAdjustment.value
    size = QTextFormat.Property.FontPointSize.value
    block = document.firstBlock()
    while block.isValid():
        if block.blockFormat().headingLevel():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(adjustment) and fmt.hasProperty(size):
                    fmt.clearProperty(adjustment)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                it += 1
        block = block.next()


def _cell_blocks(document: QTextDocument, cell: QTextTableCell) -> list[QTextBlock]:
    """The blocks of a table cell (an empty cell has one, at its first position)."""
    blocks = []
    block = document.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        blocks.append(block)
        block = block.next()
    return blocks


def _blocks(block: QTextBlock, end: int) -> list[QTextBlock]:
    """The blocks from ``block`` up to position ``end`` (table cells included, in order)."""
    blocks = []
    while block.isValid() and block.position() < end:
        blocks.append(block)
        block = block.next()
    return blocks


@dataclass(frozen=True)
class Patch:
    """What the last :meth:`SectionDocument.replace` did: ``kind`` (as returned), the index of
    the first block replaced in the section's frame, and how many blocks went and came."""

    kind: str
    first: int
    removed: int
    inserted: int


class _BlockKey:
    """What a block shows, for comparing the frame's blocks with the parsed fragment's."""

    __slots__ = ("block", "format", "in_list", "in_table", "list_key", "place", "text")

    def __init__(self, block: QTextBlock, first: bool, table: QTextTable | None = None) -> None:
        self.block = block
        self.text = block.text()
        self.format = _block_format(block, first)
        text_list = block.textList()
        self.in_list = text_list is not None
        self.list_key = None if text_list is None else (text_list.format(), text_list.itemNumber(block))
        self.in_table = table is not None
        if table is None:
            self.place: tuple[int, ...] | None = None
        else:
            cell = table.cellAt(block.position())
            self.place = (table.rows(), table.columns(), cell.row(), cell.column())

    def same_place(self, other: _BlockKey) -> bool:
        """Same format and place: the text can be replaced in place."""
        return self.format == other.format and self.list_key == other.list_key and self.place == other.place

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _BlockKey):
            return NotImplemented
        return self.text == other.text and self.same_place(other) and _same_fragments(self.block, other.block)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{self.text[:30]!r} list={self.list_key is not None} place={self.place}>"


def _block_keys(blocks: list[QTextBlock], frame: QTextFrame) -> list[_BlockKey]:
    """The keys of a frame's blocks; the frame's tables (its child frames) give the cells' places."""
    tables = [child for child in frame.childFrames() if isinstance(child, QTextTable)]
    keys = []
    for index, block in enumerate(blocks):
        position = block.position()
        table = next((t for t in tables if t.firstPosition() <= position <= t.lastPosition()), None)
        keys.append(_BlockKey(block, index == 0, table))
    return keys


def _replace_text(cursor: QTextCursor, target: QTextBlock, source: QTextBlock) -> None:
    """Put ``source``'s text runs (with their formats and images) in place of ``target``'s text."""
    cursor.setPosition(target.position())
    cursor.setPosition(target.position() + target.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    # Text run by text run: a fragment of a list item would bring its block along.
    it = source.begin()
    while not it.atEnd():
        piece = it.fragment()
        fmt = piece.charFormat()
        if fmt.isImageFormat():
            for _ in piece.text():
                cursor.insertImage(fmt.toImageFormat())
        else:
            cursor.insertText(piece.text(), fmt)
        it += 1


def _restore_list(block: QTextBlock, source: QTextBlock) -> None:
    """The first inserted block took the format set before the insertion, without its list: put
    it in the list the fragment's next item joined, or in a new one."""
    source_list = source.textList()
    if source_list is None or block.textList() is not None:
        return
    sibling, following = source.next(), block.next()
    sibling_list, following_list = sibling.textList(), following.textList()
    same_list = sibling_list is not None and sibling_list.objectIndex() == source_list.objectIndex()
    if same_list and following_list is not None:
        following_list.add(block)
    else:
        QTextCursor(block).createList(source_list.format())


def _block_format(block: QTextBlock, first: bool) -> QTextBlockFormat:
    """A block's format without what differs between two documents showing the same thing."""
    fmt = QTextBlockFormat(block.blockFormat())
    fmt.clearProperty(QTextFormat.Property.ObjectIndex.value)
    if first:
        fmt.clearProperty(QTextFormat.Property.BlockTopMargin.value)
    return fmt


def _same_block(a: QTextBlock, b: QTextBlock, first: bool) -> bool:
    """Same text, block format and text runs (ignoring what only differs between documents)."""
    return a.text() == b.text() and _block_format(a, first) == _block_format(b, first) and _same_fragments(a, b)


def _same_fragments(a: QTextBlock, b: QTextBlock) -> bool:
    left, right = a.begin(), b.begin()
    while not left.atEnd() and not right.atEnd():
        x, y = left.fragment(), right.fragment()
        if x.length() != y.length() or x.charFormat() != y.charFormat():
            return False
        left += 1
        right += 1
    return left.atEnd() and right.atEnd()


def _longest_increasing(items: list[str], rank: Callable[[str], int]) -> list[str]:
    """The longest subsequence of ``items`` whose ranks increase (patience sorting)."""
    tails: list[int] = []  # index in items of the smallest tail of each length
    previous: list[int] = [-1] * len(items)
    for index, item in enumerate(items):
        value = rank(item)
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if rank(items[tails[middle]]) < value:
                low = middle + 1
            else:
                high = middle
        previous[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    result = []
    index = tails[-1] if tails else -1
    while index != -1:
        result.append(items[index])
        index = previous[index]
    return result[::-1]
