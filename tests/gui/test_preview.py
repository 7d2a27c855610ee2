"""PreviewPane: full render, incremental patches, structure changes, no-break spaces, scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.gui.preview import document as preview_document
from editor.gui.preview.document import SectionDocument
from editor.gui.preview.pane import PreviewPane
from editor.model import (
    Change,
    DeleteSection,
    EditBody,
    InsertSection,
    Metadata,
    Outdent,
    Policy,
    Rename,
    Section,
    SetMetadata,
    indent,
    move_down,
    move_up,
)
from editor.render.html import context_for, section_html

NNBSP, NBSP = "\u202f", "\u00a0"


def make_policy(count: int = 12) -> Policy:
    sections = []
    for number in range(1, count + 1):
        body = "\n\n".join(
            f"Paragraphe {number}.{k} : le responsable conserve les données pendant 3{NBSP}ans{NNBSP}; voir ci-dessous."
            for k in range(1, 6)
        )
        sections.append(Section(f"s{number}", f"Section {number}{NNBSP}?", 2, body))
    return Policy(Metadata(title="Politique", locale="fr-FR", profile="fine"), tuple(sections))


def frame_text(pane: PreviewPane, section_id: str) -> str:
    """The raw text of a section's frame (block.text() keeps U+00A0, unlike toPlainText())."""
    frame = pane.section_document.frame(section_id)
    assert frame is not None
    block = pane.section_document.findBlock(frame.firstPosition())
    texts = []
    while block.isValid() and block.position() < frame.lastPosition():
        texts.append(block.text())
        block = block.next()
    return "\n".join(texts)


def anchor_names(pane: PreviewPane, section_id: str) -> set[str]:
    frame = pane.section_document.frame(section_id)
    block = pane.section_document.findBlock(frame.firstPosition())
    names: set[str] = set()
    it = block.begin()
    while not it.atEnd():
        names.update(it.fragment().charFormat().anchorNames())
        it += 1
    return names


def test_show_policy_renders_every_section_with_its_anchor(pane: PreviewPane) -> None:
    policy = make_policy()
    pane.show_policy(policy)
    ids = [section.id for section in policy.walk()]
    assert pane.section_document.section_ids == ids
    for section in policy.walk():
        text = frame_text(pane, section.id)
        assert text.startswith(section.title)
        assert "Paragraphe" in text
        assert section.id in anchor_names(pane, section.id)
        heading = pane.section_document.findBlock(pane.section_document.frame(section.id).firstPosition())
        assert heading.blockFormat().headingLevel() == 2


def test_no_break_spaces_survive_in_the_preview_document(pane: PreviewPane) -> None:
    pane.show_policy(make_policy(3))
    text = frame_text(pane, "s2")
    assert NNBSP in text and NBSP in text
    assert f"2{NNBSP}?" in text
    assert f"3{NBSP}ans{NNBSP};" in text


def test_narrow_no_break_space_never_starts_or_ends_a_line(pane: PreviewPane) -> None:
    body = " ".join(f"mot{NNBSP};" for _ in range(200))
    pane.resize(220, 400)
    pane.show_policy(Policy(Metadata(), (Section("a", "A", 2, body),)))
    document = pane.section_document
    layout_doc = document.documentLayout()
    frame = document.frame("a")
    block = document.findBlock(frame.firstPosition()).next()
    layout_doc.blockBoundingRect(block)
    layout = block.layout()
    assert layout.lineCount() > 5
    text = block.text()
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        assert not text[line.textStart() :].startswith(";")
        assert not text[line.textStart() :].startswith(NNBSP)


def test_apply_change_patches_only_the_edited_section(pane: PreviewPane, qtbot, monkeypatch) -> None:
    policy = make_policy()
    pane.show_policy(policy)
    frames = {i: pane.section_document.frame(i) for i in pane.section_document.section_ids}
    before = {i: frame_text(pane, i) for i in frames}
    replaced: list[str] = []
    original = SectionDocument.replace

    def spy(self: SectionDocument, section_id: str, html: str) -> None:
        replaced.append(section_id)
        original(self, section_id, html)

    monkeypatch.setattr(SectionDocument, "replace", spy)
    result = EditBody("s5", policy.find("s5").body + " Ajout final").apply(policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000) as signal:
        pane.apply_change(result.policy, result.change)
    assert signal.args == [("s5",)]
    assert replaced == ["s5"]
    assert "Ajout final" in frame_text(pane, "s5")
    for section_id, frame in frames.items():
        assert pane.section_document.frame(section_id) is frame
        if section_id != "s5":
            assert frame_text(pane, section_id) == before[section_id]


def test_a_patched_section_looks_as_when_fully_rendered(pane: PreviewPane, qtbot) -> None:
    policy = make_policy(4)
    pane.show_policy(policy)
    result = Rename("s2", f"Nouveau titre{NNBSP}!").apply(policy)
    pane.apply_change(result.policy, result.change)
    pane.flush()
    fresh = PreviewPane()
    qtbot.addWidget(fresh)
    fresh.show_policy(result.policy)
    assert frame_text(pane, "s2") == frame_text(fresh, "s2")
    heading = pane.section_document.findBlock(pane.section_document.frame("s2").firstPosition())
    assert heading.blockFormat().headingLevel() == 2
    assert heading.text() == f"Nouveau titre{NNBSP}!"


def test_structure_change_reorders_the_preview(pane: PreviewPane, qtbot) -> None:
    policy = make_policy(5)
    pane.show_policy(policy)
    result = move_down(policy, "s2").apply(policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        pane.apply_change(result.policy, result.change)
    assert pane.section_document.section_ids == ["s1", "s3", "s2", "s4", "s5"]
    assert frame_text(pane, "s2").startswith("Section 2")


def test_metadata_change_that_does_not_show_keeps_the_document(pane: PreviewPane, qtbot) -> None:
    policy = make_policy(3)
    pane.show_policy(policy)
    document = pane.section_document
    result = SetMetadata(Metadata(title="Autre titre", locale="fr-FR", profile="fine")).apply(policy)
    pane.apply_change(result.policy, result.change)
    pane.flush()
    assert pane.section_document is document


def test_typing_in_an_editor_updates_the_preview(pane: PreviewPane, qtbot) -> None:
    state = {"policy": make_policy(6)}
    pane.show_policy(state["policy"])
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(state["policy"].find("s3").body)
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    def on_text_changed() -> None:
        body = editor.document().toRawText().replace("\u2029", "\n")
        result = EditBody("s3", body).apply(state["policy"])
        state["policy"] = result.policy
        pane.apply_change(result.policy, result.change)

    editor.textChanged.connect(on_text_changed)
    typed = f" Élément «{NNBSP}clé{NNBSP}» à 3{NBSP}€"
    for char in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    qtbot.waitUntil(lambda: f"«{NNBSP}clé{NNBSP}»" in frame_text(pane, "s3"), timeout=3000)
    assert "Élément" in frame_text(pane, "s3")
    assert NBSP in frame_text(pane, "s3")


def test_a_hidden_preview_catches_up_when_shown(pane: PreviewPane, qtbot) -> None:
    policy = make_policy(3)
    pane.show_policy(policy)
    pane.hide()
    result = EditBody("s1", "Texte changé pendant que l'aperçu est caché.").apply(policy)
    pane.apply_change(result.policy, result.change)
    qtbot.wait(20)
    assert "caché" not in frame_text(pane, "s1")
    pane.show()
    qtbot.waitUntil(lambda: "caché" in frame_text(pane, "s1"), timeout=2000)


def test_scroll_to_section_moves_the_viewport(pane: PreviewPane) -> None:
    pane.show_policy(make_policy(20))
    bar = pane.verticalScrollBar()
    assert bar.value() == 0
    pane.scroll_to_section("s15")
    assert bar.value() > 0
    assert pane.section_at_top() == "s15"
    pane.scroll_to_section("s1")
    assert pane.section_at_top() == "s1"


def test_the_preview_uses_the_page_exporters_css_and_renderer(pane: PreviewPane) -> None:
    from editor.exporters.html import stylesheet
    from editor.gui.preview.html import qt_stylesheet

    policy = make_policy(2)
    pane.show_policy(policy)
    assert pane.section_document.defaultStyleSheet() == qt_stylesheet(stylesheet())
    assert section_html(policy.find("s1"), context_for(policy))  # the shared renderer
    heading = pane.section_document.findBlock(pane.section_document.frame("s1").firstPosition())
    size = heading.begin().fragment().charFormat().property(QTextFormat.Property.FontPointSize.value)
    assert size == 16.0  # h2 { font-size: 16pt } in policy.css


def test_chunks_keep_sibling_frames_few(monkeypatch) -> None:
    """A large document is two levels of frames: about sqrt(n) chunks of about sqrt(n) sections."""
    document = SectionDocument()
    entries = [(f"s{i}", f"<h2>T{i}</h2><p>b</p>") for i in range(400)]
    document.build(entries)
    chunks = document.rootFrame().childFrames()
    assert len(chunks) == 400 // max(preview_document.MIN_CHUNK, 20)
    assert all(len(chunk.childFrames()) <= 20 for chunk in chunks)
    assert document.section_ids == [entry[0] for entry in entries]


BASE_BODY = "Intro du texte.\n\n- un\n- deux\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nFin du texte."
EDITS = [
    ("paragraph", BASE_BODY.replace("Intro du texte.", "Intro du texte, complétée."), "block"),
    ("list item", BASE_BODY.replace("- deux", "- deux bis"), "block"),
    ("table cell", BASE_BODY.replace("| 1 | 2 |", "| 1 | 22 |"), "cell"),
    ("header cell", BASE_BODY.replace("| A | B |", "| A | Bé |"), "cell"),
    ("cell emphasis", BASE_BODY.replace("| 1 | 2 |", "| 1 | **2** ans |"), "cell"),
    ("two cells", BASE_BODY.replace("| 1 | 2 |", "| 11 | 22 |"), "block"),
    ("emphasis", BASE_BODY.replace("Intro du texte.", "Intro du **texte**."), "block"),
    ("new paragraph", BASE_BODY + "\n\nUn autre paragraphe.", "range"),
    ("list removed", BASE_BODY.replace("- un\n- deux\n\n", ""), "range"),
    ("new row", BASE_BODY.replace("| 1 | 2 |", "| 1 | 2 |\n| 3 | 4 |"), "section"),
]


@pytest.mark.parametrize(("name", "body", "expected_path"), EDITS, ids=[edit[0] for edit in EDITS])
def test_incremental_patches_match_a_full_render(
    pane: PreviewPane, qtbot, monkeypatch, name: str, body: str, expected_path: str
) -> None:
    policy = Policy(
        Metadata(profile="fine"),
        (Section("a", "Avant", 2, "Texte."), Section("t", "Tableau", 2, BASE_BODY), Section("z", "Après", 2, "Fin.")),
    )
    pane.show_policy(policy)
    section_frame = pane.section_document.frame("t")
    table = section_frame.childFrames()[0]
    paths: list[str] = []
    original = SectionDocument.replace

    def spy(self: SectionDocument, section_id: str, html: str) -> str:
        paths.append(original(self, section_id, html))
        return paths[-1]

    monkeypatch.setattr(SectionDocument, "replace", spy)
    result = EditBody("t", body).apply(policy)
    pane.apply_change(result.policy, result.change)
    pane.flush()
    assert paths == [expected_path]
    if expected_path in ("cell", "block", "range"):
        assert section_frame.childFrames()[0] is table  # the table was left alone
    fresh = PreviewPane()
    qtbot.addWidget(fresh)
    fresh.show_policy(result.policy)
    for section_id in ("a", "t", "z"):
        ours = _frame_blocks(pane, section_id)
        theirs = _frame_blocks(fresh, section_id)
        assert [b.text() for b in ours] == [b.text() for b in theirs]
        assert all(
            preview_document._same_block(x, y, i == 0) for i, (x, y) in enumerate(zip(ours, theirs, strict=True))
        )


def _frame_blocks(pane: PreviewPane, section_id: str) -> list:
    frame = pane.section_document.frame(section_id)
    return preview_document._blocks(pane.section_document.findBlock(frame.firstPosition()), frame.lastPosition())


def _tree_policy() -> Policy:
    def body(n: int) -> str:
        return (
            f"Texte {n}{NNBSP}; suite.\n\n- point {n}\n\n| A | B |\n|---|---|\n| {n} | x |"
            if n % 3 == 0
            else f"Texte {n}."
        )

    children = tuple(Section(f"c{n}", f"Enfant {n}", 3, body(n)) for n in range(1, 4))
    tops = [Section(f"s{n}", f"Section {n}", 2, body(n)) for n in range(1, 8)]
    tops[2] = Section("s3", "Section 3", 2, body(3), children)
    return Policy(Metadata(profile="fine"), tuple(tops))


STRUCTURE_EDITS = {
    "move down": lambda p: move_down(p, "s2"),
    "move up": lambda p: move_up(p, "s5"),
    "move subtree": lambda p: move_down(p, "s3"),
    "indent": lambda p: indent(p, "s5"),
    "outdent": lambda p: Outdent("c2"),
    "delete subtree": lambda p: DeleteSection("s3"),
    "insert first": lambda p: InsertSection(None, 0, Section("new", "Nouvelle", 2, "Corps.")),
    "insert last": lambda p: InsertSection(None, 7, Section("new", "Nouvelle", 2, "Corps.")),
    "insert child": lambda p: InsertSection("s3", 1, Section("new", "Nouvelle", 3, "Corps.")),
}


@pytest.mark.parametrize("name", list(STRUCTURE_EDITS))
def test_structure_changes_are_applied_in_place_and_match_a_full_render(pane: PreviewPane, qtbot, name: str) -> None:
    policy = _tree_policy()
    pane.show_policy(policy)
    document = pane.section_document
    result = STRUCTURE_EDITS[name](policy).apply(policy)
    undone = result.inverse.apply(result.policy)
    for after in (result, undone):
        pane.apply_change(after.policy, after.change)
        pane.flush()
        assert pane.section_document is document  # rearranged, not rebuilt
        fresh = PreviewPane()
        qtbot.addWidget(fresh)
        fresh.show_policy(after.policy)
        assert pane.section_document.section_ids == [s.id for s in after.policy.walk()]
        for section in after.policy.walk():
            ours, theirs = _frame_blocks(pane, section.id), _frame_blocks(fresh, section.id)
            assert [b.text() for b in ours] == [b.text() for b in theirs]
            assert all(
                preview_document._same_block(x, y, i == 0) for i, (x, y) in enumerate(zip(ours, theirs, strict=True))
            )
    chunks = pane.section_document.rootFrame().childFrames()
    assert sum(len(chunk.childFrames()) for chunk in chunks) == len(list(policy.walk()))


def test_a_large_reorder_rebuilds_the_document(pane: PreviewPane) -> None:
    policy = make_policy(60)
    pane.show_policy(policy)
    document = pane.section_document
    reordered = Policy(policy.meta, tuple(reversed(policy.sections)))
    pane.apply_change(reordered, Change("structure", ()))
    pane.flush()
    assert pane.section_document is not document
    assert pane.section_document.section_ids == [s.id for s in reordered.walk()]


def test_a_block_with_an_embedded_image_is_patched_with_its_image(pane: PreviewPane) -> None:
    image = (
        "data:image/png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
    )
    policy = Policy(Metadata(), (Section("a", "Logo", 2, f"Avant ![logo]({image}) après."),))
    pane.show_policy(policy)
    result = EditBody("a", f"Avant ![logo]({image}) après, modifié.").apply(policy)
    pane.apply_change(result.policy, result.change)
    pane.flush()
    block = _frame_blocks(pane, "a")[1]
    assert block.text() == "Avant \ufffc après, modifié."
    formats = []
    it = block.begin()
    while not it.atEnd():
        formats.append(it.fragment().charFormat())
        it += 1
    images = [fmt.toImageFormat() for fmt in formats if fmt.isImageFormat()]
    assert [fmt.name() for fmt in images] == [image]


def test_changes_arriving_together_are_coalesced_into_the_latest(pane: PreviewPane, qtbot, monkeypatch) -> None:
    policy = make_policy(4)
    pane.show_policy(policy)
    replaced: list[str] = []
    original = SectionDocument.replace

    def spy(self: SectionDocument, section_id: str, html: str) -> str:
        replaced.append(section_id)
        return original(self, section_id, html)

    monkeypatch.setattr(SectionDocument, "replace", spy)
    first = EditBody("s2", "Première version.").apply(policy)
    second = EditBody("s2", "Seconde version.").apply(first.policy)
    third = Rename("s3", "Titre trois").apply(second.policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        for result in (first, second, third):
            pane.apply_change(result.policy, result.change)
    assert sorted(replaced) == ["s2", "s3"]  # one patch each, with the latest text
    assert "Seconde version." in frame_text(pane, "s2")
    assert "Première" not in frame_text(pane, "s2")
    assert frame_text(pane, "s3").startswith("Titre trois")


def test_the_preview_follows_the_edited_section(pane: PreviewPane, qtbot) -> None:
    policy = make_policy(20)
    pane.show_policy(policy)
    assert pane.verticalScrollBar().value() == 0
    result = EditBody("s17", policy.find("s17").body + " Suite.").apply(policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        pane.apply_change(result.policy, result.change)
    assert pane.section_at_top() == "s17"
    # A section already in view does not make the preview jump.
    value = pane.verticalScrollBar().value()
    again = EditBody("s17", result.policy.find("s17").body + " Encore.").apply(result.policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000):
        pane.apply_change(again.policy, again.change)
    assert pane.verticalScrollBar().value() == value
