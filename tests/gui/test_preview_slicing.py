"""Opening a policy: the window paints before the preview renders; the page follows in slices
that never hold typing, and what is typed, restructured or opened meanwhile is what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QScrollBar

from editor.gui.document.document import Document
from editor.gui.mainwindow import MainWindow
from editor.gui.preview.document import SectionDocument
from editor.gui.preview.pane import PreviewPane
from editor.gui.preview.slicing import SliceOrder
from editor.model import DeleteSection, Metadata, Policy, Section, move_down

NNBSP = "\u202f"


def long_policy(count: int = 40, tag: str = "s") -> Policy:
    sections = []
    for number in range(1, count + 1):
        body = "\n\n".join(
            f"Paragraphe {number}.{k} : le responsable conserve les données pendant 3 ans{NNBSP}; voir ci-dessous."
            for k in range(1, 8)
        )
        detail = "- un\n- deux\n\n| a | b |\n|---|---|\n| 1 | 2 |"
        children = (Section(f"{tag}{number}-a", f"Détail {number}", 3, detail),)
        sections.append(Section(f"{tag}{number}", f"Section {number}", 2, body, children if number % 4 == 0 else ()))
    return Policy(Metadata(title="Politique", locale="fr-FR", profile="fine"), tuple(sections))


def full_render(qtbot, policy: Policy) -> PreviewPane:
    fresh = PreviewPane()
    qtbot.addWidget(fresh)
    fresh.resize(600, 500)
    fresh.show_policy(policy)
    return fresh


def assert_same_page(pane: PreviewPane, expected: PreviewPane) -> None:
    """The same sections, in the same order, each frame holding the same document fragment."""
    ours, theirs = pane.section_document, expected.section_document
    assert ours.section_ids == theirs.section_ids
    for section_id in ours.section_ids:
        assert frame_html(ours, section_id) == frame_html(theirs, section_id), section_id


def frame_html(document: SectionDocument, section_id: str) -> str:
    from PySide6.QtGui import QTextCursor, QTextDocumentFragment

    frame = document.frame(section_id)
    assert frame is not None
    cursor = QTextCursor(document)
    cursor.setPosition(frame.firstPosition())
    cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    return QTextDocumentFragment(cursor).toHtml()


class PaintSpy(QObject):
    """Records, at the first paint of a widget, what ``probe()`` returns."""

    def __init__(self, widget, probe) -> None:
        super().__init__()
        self.widget, self.probe, self.seen = widget, probe, None
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = self.probe()
        return False


@pytest.fixture
def big_window(qtbot, app_home, monkeypatch):
    """A main window on :func:`long_policy`, not shown yet (the test watches its first paint);
    closing it never asks whether to save (the tests edit it)."""
    monkeypatch.setattr(MainWindow, "ask_save_changes", lambda _self: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(long_policy()))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    yield window
    window.document.undo_stack.setClean()


def start(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)


def rendered_count(pane: PreviewPane) -> int:
    return sum(1 for section_id in pane.section_document.section_ids if pane.section_document.frame(section_id))


# -- the order of the slices ---------------------------------------------------------------------


@pytest.mark.parametrize("around", [None, "a", "c", "e", "unknown"])
def test_slice_order_takes_every_section_once_from_the_current_one(around) -> None:
    ids = ["a", "b", "c", "d", "e"]
    order = SliceOrder(ids, around)
    taken = []
    while (section_id := order.take()) is not None:
        taken.append(section_id)
    assert sorted(taken) == ids
    if around == "c":
        assert taken == ["c", "d", "e", "b", "a"]  # what follows is in view; then upwards, nearest first
    if around in (None, "unknown"):
        assert taken == ids


def test_slice_order_waiting_subset_and_sections_put_first() -> None:
    order = SliceOrder(["a", "b", "c", "d"], around="b", waiting={"a", "c", "d"})
    order.put_first(["d"])
    assert [order.take() for _ in range(4)] == ["d", "c", "a", None]


# -- the window ----------------------------------------------------------------------------------


def test_the_window_paints_before_the_preview_renders_and_the_page_completes_later(qtbot, big_window) -> None:
    pane = big_window.preview
    texts = PaintSpy(big_window, lambda: (big_window.section_editor.body.text(), pane.toPlainText().strip()))
    counts: list[int] = []
    pane._slices.slice_done.connect(lambda _n: counts.append(len(pane._shown)))
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: texts.seen is not None, timeout=5000)
    body, page = texts.seen
    assert body.startswith("Paragraphe 1.1")  # outline and editor are there at the first paint
    assert page == ""  # the page is not
    qtbot.waitUntil(lambda: not pane.is_rendering(), timeout=20000)
    total = len(list(big_window.document.policy.walk()))
    assert counts[-1] == total
    partial = [count for count in counts if 0 < count < total]
    assert partial and partial == sorted(partial)  # shown partly, growing, slice after slice
    assert_same_page(pane, full_render(qtbot, big_window.document.policy))


def test_every_section_is_rendered_exactly_once(qtbot, big_window, monkeypatch) -> None:
    replaced: list[str] = []
    original = SectionDocument.replace

    def counting(self, section_id: str, html: str) -> str:
        replaced.append(section_id)
        return original(self, section_id, html)

    monkeypatch.setattr(SectionDocument, "replace", counting)
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: not big_window.preview.is_rendering(), timeout=20000)
    ids = [section.id for section in big_window.document.policy.walk()]
    assert sorted(replaced) == sorted(ids)
    assert replaced[0] == ids[0]  # the section shown in the editor comes first


def test_a_key_pressed_between_slices_is_handled_before_the_next_slice(qtbot, big_window) -> None:
    pane = big_window.preview
    body = big_window.section_editor.body
    posted: list[int] = []
    handled: list[tuple[int, int]] = []

    def after_slice(_count: int) -> None:
        if not posted and pane._slices.slices >= 2:  # the page is built and partly rendered
            posted.append(pane._slices.slices)
            QCoreApplication.postEvent(body, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.NoModifier, "é"))

    pane._slices.slice_done.connect(after_slice)
    big_window.document.changed.connect(
        lambda _change: handled.append((pane._slices.slices, pane.rendering_remaining()))
    )
    start(qtbot, big_window)
    body.setFocus()
    qtbot.waitUntil(lambda: bool(handled), timeout=10000)
    slices_when_handled, remaining = handled[0]
    assert slices_when_handled == posted[0]  # no slice ran between the key press and its handling
    assert remaining > 0  # the page was far from complete
    section = big_window.document.policy.find("s1")
    assert "é" in section.body and "é" in body.text()
    qtbot.waitUntil(lambda: not pane.is_rendering() and not pane.has_pending_updates(), timeout=20000)
    assert_same_page(pane, full_render(qtbot, big_window.document.policy))


def test_structure_edits_during_the_slices_are_not_lost(qtbot, big_window) -> None:
    pane = big_window.preview
    document = big_window.document
    edits: list[str] = []

    def after_slice(_count: int) -> None:
        if pane._slices.slices == 3:
            document.execute(DeleteSection("s2"))
            document.execute(move_down(document.policy, "s30"))
            edits.append("done")

    pane._slices.slice_done.connect(after_slice)
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: bool(edits), timeout=10000)
    qtbot.waitUntil(lambda: not pane.is_rendering() and not pane.has_pending_updates(), timeout=20000)
    ids = pane.section_document.section_ids
    assert "s2" not in ids and ids.index("s31") < ids.index("s30")
    assert_same_page(pane, full_render(qtbot, document.policy))


def test_opening_another_policy_during_the_slices_shows_the_latest_only(qtbot, big_window) -> None:
    pane = big_window.preview
    other = long_policy(25, tag="o")
    opened: list[bool] = []

    def after_slice(_count: int) -> None:
        if pane._slices.slices == 3 and not opened:
            opened.append(True)
            big_window.set_document(Document(other))

    pane._slices.slice_done.connect(after_slice)
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    qtbot.waitUntil(lambda: not pane.is_rendering() and not pane.has_pending_updates(), timeout=20000)
    assert pane.section_document.section_ids == [section.id for section in other.walk()]
    assert "Paragraphe" in pane.toPlainText() and not any(i.startswith("s") for i in pane.section_document.section_ids)
    assert_same_page(pane, full_render(qtbot, other))


def test_going_to_a_section_not_rendered_yet_renders_it_at_once(qtbot, big_window) -> None:
    pane = big_window.preview
    went: list[bool] = []

    def after_slice(_count: int) -> None:
        if pane._slices.slices == 2 and not went:
            went.append(True)
            big_window.outline.select_section("s35")
            assert "s35" in pane._shown  # rendered before the click returned
            assert pane.rendering_remaining() > 0

    pane._slices.slice_done.connect(after_slice)
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: bool(went), timeout=10000)
    qtbot.waitUntil(lambda: not pane.is_rendering(), timeout=20000)
    assert pane.section_at_top() == "s35"


def test_scrolling_by_hand_during_the_slices_leaves_the_section_gone_to(qtbot, big_window) -> None:
    pane = big_window.preview
    steps: list[str] = []

    def after_slice(_count: int) -> None:
        if pane._slices.slices == 2 and not steps:
            steps.append("went")
            big_window.outline.select_section("s35")
        elif steps == ["went"]:
            steps.append("scrolled")
            pane.verticalScrollBar().triggerAction(QScrollBar.SliderAction.SliderToMinimum)  # as the wheel does

    pane._slices.slice_done.connect(after_slice)
    start(qtbot, big_window)
    qtbot.waitUntil(lambda: len(steps) == 2, timeout=10000)
    qtbot.waitUntil(lambda: not pane.is_rendering(), timeout=20000)
    assert pane.section_at_top() != "s35"
