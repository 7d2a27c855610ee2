"""The live preview of the page: the whole policy as the HTML exporter renders it, kept up to date
section by section while the user types.

- What it shows: each section rendered by the shared renderer (``editor.render.html``) with the
  exporter's CSS (:func:`~editor.gui.preview.html.page_stylesheet`), sanitized, with U+202F and
  the other narrow spaces kept non-breaking (Qt's HTML parser would make them breakable).
- Incremental: each section lives in its own QTextFrame (:mod:`editor.gui.preview.document`). A
  ``body``/``title`` change re-renders only those sections and replaces their frames' content;
  ``structure``/``meta`` changes rebuild the document from the per-section cache (sections whose
  rendering did not change are not rendered again). Work per keystroke does not grow with the
  document.
- Sliced on opening: :meth:`PreviewPane.show_policy_in_slices` shows an empty page at once and
  renders after the preview's first paint, the current section and those after it first, the
  rest a few milliseconds at a time (:mod:`editor.gui.preview.slicing`), so neither the window's
  first paint nor typing waits for the whole page. Edits made meanwhile are shown as usual.
- Coalesced: changes are applied by a single-shot timer whose delay adapts to the measured cost
  (:mod:`editor.gui.preview.timing`): 0 ms while updates are fast. The update always renders the
  latest policy given, so stale results are never shown. While hidden, the preview only remembers
  what changed and catches up when shown again.
- Safe: nothing is fetched (only embedded ``data:`` images show); links open only on click, in
  the system browser, and only http(s) and mailto; ``#anchors`` scroll within the preview.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.gui.i18n import Retranslated
from editor.gui.preview.document import SectionDocument, embedded_image
from editor.gui.preview.html import preview_fragment, preview_stylesheet
from editor.gui.preview.slicing import SlicedRender
from editor.gui.preview.timing import AdaptiveDelay
from editor.model import Change, Policy, Section

if TYPE_CHECKING:
    from editor.render.context import RenderContext

#: Link schemes opened in the system browser (or mail program) when clicked.
EXTERNAL_SCHEMES = ("http", "https", "mailto")
#: A structure change moving up to this many sections (or an eighth of them) is applied in place.
MIN_MOVES = 16
#: Pixels left above a section's heading when the preview scrolls to it.
SCROLL_MARGIN = 8

SectionKey = tuple[str, int, str, str, "RenderContext"]


def context_for(policy: Policy) -> RenderContext:
    """The render pipeline (Markdown, typography) is imported by the first render, after the
    window's first paint, not when the window is built."""
    from editor.render.html import context_for as render_context_for

    return render_context_for(policy)


def section_html(section: Section, context: RenderContext) -> str:
    from editor.render.html import section_html as render_section_html

    return render_section_html(section, context)


def patched_section_html(old_body: str, new_body: str, old_html: str, context: RenderContext) -> str | None:
    from editor.render.html import body_html
    from editor.render.row_patch import patched_section_html as patched

    return patched(old_body, new_body, old_html, lambda body: body_html(body, context))


def section_key(section: Section, context: RenderContext) -> SectionKey:
    """Everything a section's rendering depends on."""
    return (section.id, section.level, section.title, section.body, context)


class PreviewPane(Retranslated, QTextBrowser):
    """The preview: ``show_policy``, ``apply_change``, ``scroll_to_section`` (see the module docstring)."""

    #: An http(s) or mailto link was clicked and handed to the system (the URL).
    link_activated = Signal(QUrl)
    #: The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.
    rendered = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.retranslate_ui()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._policy: Policy | None = None
        self._context: RenderContext | None = None
        self._shown: dict[str, tuple[SectionKey, str]] = {}
        #: The section last patched while typing: its key and its HTML before the preview's own
        #: adaptation (an edit inside one table cell then re-renders that row alone).
        self._typed: tuple[SectionKey, str] | None = None
        self._paths: dict[str, tuple[int, ...]] = {}
        self._pending: set[str] = set()
        self._follow: str | None = None
        self._rebuild_pending = False
        self.delay = AdaptiveDelay()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._document = self._new_document()
        self.setDocument(self._document)
        self._slices = SlicedRender(self.viewport(), self._render_waiting)
        self._slices.slice_starting.connect(self._before_slice)
        self._slices.slice_done.connect(self._after_slice)
        self._slices.finished.connect(self._on_slices_finished)
        self._spare: dict[str, tuple[SectionKey, str]] = {}  # earlier renderings, reused by the slices
        self._around: str | None = None
        self._slice_anchor: tuple[str, float] | None = None
        self._pinned: str | None = None  # scrolled to while slices render: kept at the top until the user scrolls
        self.verticalScrollBar().actionTriggered.connect(self._unpin)

    # -- the contract ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Preview"))
        self.setPlaceholderText(self.tr("The preview of the page appears here once the policy has sections."))

    def show_policy(self, policy: Policy) -> None:
        """Render the whole policy now (a new or reloaded document)."""
        self._slices.cancel()
        self._spare.clear()
        self._timer.stop()
        self._pending.clear()
        self._rebuild_pending = False
        self._policy = policy
        self._rebuild(keep_position=False)
        self.verticalScrollBar().setValue(0)
        self.rendered.emit(())
        # The render caches now hold this document's trees for as long as it is open: keep the
        # cyclic garbage collector from walking them again and again while the user types
        # (a full collection over a 3000-section policy takes tens of milliseconds).
        gc.collect()
        gc.freeze()

    def show_policy_in_slices(self, policy: Policy, around: str | None = None) -> None:
        """Show ``policy`` (a new or reloaded document) without holding the window: an empty page
        now; after the preview's next paint the sections, ``around`` and those after it first,
        the rest in slices. :attr:`rendered` is emitted with ``()`` once the page is complete."""
        self._slices.cancel()
        self._timer.stop()
        self._pending.clear()
        self._rebuild_pending = False
        self._follow = None
        self._policy = policy
        self._spare.update(self._shown)
        self._shown, self._paths, self._context = {}, {}, None
        self._typed = None
        self._around = around
        self._document = self._new_document()
        self.setDocument(self._document)
        self._slices.start(self._build_in_slices)

    def finish_rendering(self) -> None:
        """Render now whatever the slices have not rendered yet (a screenshot, a test)."""
        self._slices.finish()

    def is_rendering(self) -> bool:
        """Whether the page is still being built in slices (:meth:`show_policy_in_slices`)."""
        return self._slices.active()

    def rendering_remaining(self) -> int:
        """Sections the slices have still to render (0 before the page is built and once complete)."""
        return self._slices.remaining()

    def apply_change(self, policy: Policy, change: Change) -> None:
        """Bring the preview up to ``policy`` after ``change`` (re-rendering only what changed)."""
        self._policy = policy
        if change.kind in ("body", "title") and all(self._document.frame(i) for i in change.section_ids):
            self._pending.update(change.section_ids)
            self._follow = change.focus
        else:
            self._rebuild_pending = True
        self._schedule()

    def scroll_to_section(self, section_id: str) -> None:
        """Scroll so that the section's heading is at the top of the preview."""
        if self._slices.render_now(section_id):  # it was still to render: now, then what follows it
            self._slices.reset(self._document.section_ids, self._waiting_ids(), around=section_id)
        if self.has_pending_updates() and self._document.frame(section_id) is None:
            self.flush()
        top = self.section_top(section_id)
        if top is not None:
            self.verticalScrollBar().setValue(max(0, round(top) - SCROLL_MARGIN))
        # While sections above it are still to render, the page may be too short to bring it to the
        # top, and what renders above it would push it down: the slices keep it there.
        self._pinned = section_id if self._slices.active() else None

    def ensure_section_visible(self, section_id: str) -> None:
        """Scroll to the section only if no part of it is in view (the edited section stays seen)."""
        frame = self._document.frame(section_id)
        if frame is None:
            return
        top = self.section_top(section_id)
        cursor = QTextCursor(self._document)
        cursor.setPosition(frame.lastPosition())
        bottom = self.cursorRect(cursor).bottom() + self.verticalScrollBar().value()
        view_top = self.verticalScrollBar().value()
        if top is not None and (bottom < view_top or top > view_top + self.viewport().height()):
            self.scroll_to_section(section_id)

    # -- state, for the window and the tests -------------------------------------------------

    @property
    def section_document(self) -> SectionDocument:
        """The document shown (one frame per section)."""
        return self._document

    def has_pending_updates(self) -> bool:
        return self._rebuild_pending or bool(self._pending)

    def section_top(self, section_id: str) -> float | None:
        """The y of a section's heading in document coordinates, or None if it is not shown."""
        frame = self._document.frame(section_id)
        if frame is None:
            return None
        cursor = QTextCursor(self._document)
        cursor.setPosition(frame.firstPosition())
        rect = self.cursorRect(cursor)
        return rect.top() + self.verticalScrollBar().value()

    def section_at_top(self) -> str | None:
        """The id of the section shown at the top of the viewport (just below the scroll margin)."""
        inside = round(self._document.documentMargin()) + 2
        cursor = self.cursorForPosition(QPoint(inside, SCROLL_MARGIN + 4))
        return self._document.section_at(cursor.position())

    # -- updating ----------------------------------------------------------------------------

    def _schedule(self) -> None:
        if not self.isVisible():
            return  # caught up in showEvent
        if not self._timer.isActive():
            self._timer.start(self.delay.interval_ms())

    def flush(self) -> None:
        """Apply the pending changes now."""
        self._timer.stop()
        if self._policy is None or not self.has_pending_updates():
            return
        start = time.perf_counter()
        patched: list[str] | None = None
        if not self._rebuild_pending:
            patched = self._patch(sorted(self._pending))
        if patched is None:
            self._rebuild(keep_position=True)
        follow, self._follow = self._follow, None
        if follow is not None:
            self.ensure_section_visible(follow)
        self._pending.clear()
        self._rebuild_pending = False
        self.delay.record(time.perf_counter() - start)
        self.rendered.emit(tuple(patched) if patched is not None else ())

    def _patch(self, section_ids: Iterable[str]) -> list[str] | None:
        """Re-render and replace the given sections; None when one is not found (rebuild instead)."""
        assert self._policy is not None
        context = context_for(self._policy)
        if context != self._context:
            return None
        patched = []
        for section_id in section_ids:
            section = self._find(section_id)
            if section is None or self._document.frame(section_id) is None:
                return None
            key = section_key(section, context)
            shown = self._shown.get(section_id)
            if shown is not None and shown[0] == key:
                continue
            html = preview_fragment(self._typed_html(section, key, context))
            self._document.replace(section_id, html)
            self._shown[section_id] = (key, html)
            patched.append(section_id)
        return patched

    def _typed_html(self, section: Section, key: SectionKey, context: RenderContext) -> str:
        """The section's HTML; after a keystroke inside a table cell of the section patched last,
        from its previous HTML with that row rendered again (editor/render/row_patch.py)."""
        rendered = None
        if self._typed is not None:
            (*place, body, typed_context), html = self._typed  # place: id, level and title
            if place == [section.id, section.level, section.title] and typed_context == context:
                rendered = patched_section_html(body, section.body, html, context)
        if rendered is None:
            rendered = section_html(section, context)
        self._typed = (key, rendered)
        return rendered

    def _rebuild(self, keep_position: bool) -> None:
        """Show the whole policy, rendering only sections whose rendering changed."""
        assert self._policy is not None
        policy = self._policy
        context = context_for(policy)
        anchor = self._top_anchor() if keep_position else None
        sliced = self._slices.active()  # sections not shown yet stay empty, the slices render them
        entries = []
        shown: dict[str, tuple[SectionKey, str]] = {}
        paths: dict[str, tuple[int, ...]] = {}
        waiting: list[str] = []
        changed: list[str] = []
        for section, path in _walk_with_paths(policy.sections, ()):
            key = section_key(section, context)
            cached = self._shown.get(section.id)
            html = cached[1] if cached is not None and cached[0] == key else None
            if html is None and sliced:
                html = ""
                waiting.append(section.id)
                if cached is not None:
                    changed.append(section.id)
            elif html is None:
                html = preview_fragment(section_html(section, context))
            if html:
                shown[section.id] = (key, html)
            paths[section.id] = path
            entries.append((section.id, html))
        if sliced:
            ids = [section_id for section_id, _html in entries]
            self._slices.reset(ids, waiting, around=anchor[0] if anchor else self._around, first=changed)
        unchanged = context == self._context and [e[0] for e in entries] == self._document.section_ids
        if unchanged and shown.keys() == self._shown.keys() and all(self._shown[i][0] == shown[i][0] for i in shown):
            return  # e.g. metadata that does not show in the page
        moves = max(MIN_MOVES, len(entries) // 8)
        if keep_position and context == self._context and self._document.rearrange(entries, moves):
            self._shown, self._paths = shown, paths
            if anchor is not None:
                self._restore_anchor(anchor)
            return
        document = self._new_document()
        document.build(entries)
        self._document = document
        self._shown, self._paths, self._context = shown, paths, context
        self.setDocument(document)  # deletes the previous document (its parent is this widget)
        if anchor is not None:
            self._restore_anchor(anchor)

    # -- slices ------------------------------------------------------------------------------

    def _build_in_slices(self) -> None:
        """The slices' first step: the document with an empty frame per section."""
        if self._policy is not None and self._context is None:  # else a change built it meanwhile
            self._rebuild(keep_position=False)

    def _render_waiting(self, section_id: str) -> None:
        """Render one section for the slices, unless it is shown up to date or gone."""
        assert self._policy is not None
        context = context_for(self._policy)
        section = self._find(section_id)
        if context != self._context or section is None or self._document.frame(section_id) is None:
            return  # a rebuild is pending (it gives the slices their sections again) or it was deleted
        key = section_key(section, context)
        shown = self._shown.get(section_id)
        if shown is not None and shown[0] == key:
            return
        spare = self._spare.pop(section_id, None)
        html = spare[1] if spare is not None and spare[0] == key else preview_fragment(section_html(section, context))
        self._document.replace(section_id, html)
        self._shown[section_id] = (key, html)

    def _waiting_ids(self) -> set[str]:
        return {section_id for section_id in self._document.section_ids if self._slices.is_waiting(section_id)}

    def _before_slice(self) -> None:
        if self._pinned is not None and self._document.frame(self._pinned) is not None:
            self._slice_anchor = (self._pinned, -SCROLL_MARGIN)
        else:
            self._slice_anchor = self._top_anchor() if self.verticalScrollBar().value() > 0 else None

    def _after_slice(self, _count: int) -> None:
        """Keep what the user sees in place while sections above it fill in; go to ``around`` once shown."""
        if self._around is not None and self._around in self._shown:
            around, self._around = self._around, None
            if self._document.section_ids[:1] != [around]:
                self.scroll_to_section(around)
            return
        if self._slice_anchor is not None:
            self._restore_anchor(self._slice_anchor)
            self._slice_anchor = None

    def _unpin(self, _action: int) -> None:
        """The user scrolled (wheel, keys, scroll bar): the slices keep what they see, not a section."""
        self._pinned = None

    def _on_slices_finished(self) -> None:
        if self._pinned is not None:
            self._restore_anchor((self._pinned, -SCROLL_MARGIN))
            self._pinned = None
        self._spare.clear()
        self.rendered.emit(())
        gc.collect()
        gc.freeze()

    def restyle(self) -> None:
        """Show the page again with the current stylesheet (after a theme change)."""
        if self._policy is not None:
            self._context = None  # forces a new document, which takes the stylesheet
            self._rebuild(keep_position=True)

    def _new_document(self) -> SectionDocument:
        return SectionDocument(self, preview_stylesheet(), self.font())

    def _find(self, section_id: str) -> Section | None:
        """The section with this id in the current policy (the policy's id index: no walk)."""
        assert self._policy is not None
        return self._policy.find(section_id)

    def _top_anchor(self) -> tuple[str, float] | None:
        section_id = self.section_at_top()
        if section_id is None:
            return None
        top = self.section_top(section_id)
        return None if top is None else (section_id, self.verticalScrollBar().value() - top)

    def _restore_anchor(self, anchor: tuple[str, float]) -> None:
        top = self.section_top(anchor[0])
        if top is not None:
            self.verticalScrollBar().setValue(max(0, round(top + anchor[1])))

    # -- links and resources -----------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and url.hasFragment() and not url.path() and not url.host():
            fragment = url.fragment()
            if self._document.frame(fragment) is not None:
                self.scroll_to_section(fragment)
            else:
                self.scrollToAnchor(fragment)
        elif scheme in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            self.link_activated.emit(url)
        # Anything else (javascript:, file:, data:, relative paths) does nothing.

    def loadResource(self, kind: int, url: QUrl) -> object:
        """Only embedded ``data:`` images; nothing is ever fetched (the document refuses too)."""
        kind_value = kind.value if hasattr(kind, "value") else int(kind)
        image = embedded_image(kind_value, url)
        if image is not None:
            return image
        self._document.blocked_urls.append(QUrl(url))
        return QByteArray()  # empty: nothing to show

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.has_pending_updates():
            self._timer.start(0)


def _walk_with_paths(
    sections: tuple[Section, ...], prefix: tuple[int, ...]
) -> Iterable[tuple[Section, tuple[int, ...]]]:
    for index, section in enumerate(sections):
        path = (*prefix, index)
        yield section, path
        yield from _walk_with_paths(section.children, path)
