"""The preview's one-block update: a keystroke in any construct replaces the blocks that changed,
never the whole section, and leaves the section as a full render shows it."""

from __future__ import annotations

import pytest
from test_preview import _frame_blocks

from editor.gui.preview import document as preview_document
from editor.gui.preview.pane import PreviewPane
from editor.model import EditBody, Metadata, Policy, Rename, Section

NNBSP = "\u202f"
TABLE = "| Donnée | Durée |\n|---|---|\n| nom | 3 ans |\n| e-mail | 1 an |"
ALIGNED = "| Donnée | Durée |\n|:---|---:|\n| nom | 3 ans |\n| e-mail | |"
CODE = "```\nligne 1\nligne 2\n```"
NESTED = "- un\n- deux\n    - deux.a\n    - deux.b\n- trois"
QUOTE = "> Citation du texte\n> sur deux lignes."


def _edit(body: str, old: str, new: str) -> tuple[str, str]:
    assert old in body
    return body, body.replace(old, new, 1)


#: name -> (body before, body after one keystroke or a small edit, largest expected patch kind)
CONSTRUCTS = {
    "plain paragraph": _edit("Premier paragraphe.\n\nSecond paragraphe.", "Premier", "Premiers"),
    "first block of the body": _edit("Début.\n\n" + TABLE, "Début.", "Début, suite."),
    "last block": _edit("Début.\n\nFin du texte", "Fin du texte", "Fin du texte."),
    "table cell": _edit("Avant.\n\n" + TABLE, "| nom | 3 ans |", "| nom | 3 ansx |"),
    "header cell": _edit("Avant.\n\n" + TABLE, "| Donnée |", "| Données |"),
    "cell of an aligned column": _edit("Avant.\n\n" + ALIGNED, "| 3 ans |", "| 3 ans. |"),
    "empty cell gets text": _edit("Avant.\n\n" + ALIGNED, "| e-mail | |", "| e-mail | 1 |"),
    "cell emptied": _edit("Avant.\n\n" + TABLE, "| 1 an |", "| |"),
    "link typed in a cell": _edit("Avant.\n\n" + TABLE, "| 3 ans |", "| [3 ans](https://exemple.fr/durée) |"),
    "cell of a second table": (
        TABLE + "\n\nEntre.\n\n" + TABLE,
        TABLE + "\n\nEntre.\n\n" + TABLE.replace("1 an", "1 ans"),
    ),
    "cell of a table followed by text": _edit("Avant.\n\n" + TABLE + "\n\nAprès.", "e-mail", "e-mails"),
    "paragraph after a table": _edit(TABLE + "\n\nAprès le tableau", "Après le tableau", "Après le tableau."),
    "section ending with a table": _edit("Avant le tableau\n\n" + TABLE, "Avant le tableau", "Avant le tableau."),
    "list item": _edit("Liste :\n\n- un\n- deux\n- trois", "- deux", "- deuxx"),
    "nested list item": _edit("Liste :\n\n" + NESTED, "- deux.a", "- deux.ab"),
    "numbered list item": _edit("Liste :\n\n1. un\n2. deux", "2. deux", "2. deuxx"),
    "blockquote": _edit("Avant.\n\n" + QUOTE, "deux lignes.", "deux lignes !"),
    "fenced code": _edit("Avant.\n\n" + CODE + "\n\nAprès.", "ligne 2", "ligne 22"),
    "heading inside the body": _edit("Avant.\n\n### Sous-titre\n\nAprès.", "Sous-titre", "Sous-titres"),
    "emphasis typed": _edit("Un texte important.", "important", "**important**"),
    "empty section gets text": ("", "P"),
    "new paragraph": _edit("Premier.\n\nSecond.", "Second.", "Second.\n\nT"),
    "new list item": _edit("Liste :\n\n- un\n- deux\n\nFin.", "- deux", "- deux\n- t"),
    "new nested item": _edit("Liste :\n\n- un\n- deux\n\nFin.", "- deux", "- deux\n    - t"),
    "paragraph becomes a list": _edit("Avant.\n\nTexte\n\nAprès.", "Texte", "- Texte"),
    "list item removed": _edit("Liste :\n\n- un\n- deux\n- trois\n\nFin.", "- deux\n", ""),
    "paragraph removed": _edit("Un.\n\nDeux.\n\nTrois.", "Deux.\n\n", ""),
    "new code line": _edit("Avant.\n\n" + CODE, "ligne 2", "ligne 2\nligne 3"),
}


def _policy(body: str, title: str = "Le titre") -> Policy:
    return Policy(
        Metadata(profile="fine"),
        (
            Section("a", "Avant", 2, f"Texte{NNBSP}; avant.\n\n" + TABLE),
            Section("t", title, 2, body, (Section("c", "Enfant", 3, "- un\n- deux"),)),
            Section("z", "Après", 2, "Fin."),
        ),
    )


def _keys(pane: PreviewPane, section_id: str) -> list:
    frame = pane.section_document.frame(section_id)
    return preview_document._block_keys(_frame_blocks(pane, section_id), frame)


def _assert_matches_a_full_render(pane: PreviewPane, policy: Policy, qtbot) -> None:
    fresh = PreviewPane()
    qtbot.addWidget(fresh)
    fresh.show_policy(policy)
    for section in policy.walk():
        assert _keys(pane, section.id) == _keys(fresh, section.id), section.id
        ours = [b.textList() is not None and b.textList().count() for b in _frame_blocks(pane, section.id)]
        theirs = [b.textList() is not None and b.textList().count() for b in _frame_blocks(fresh, section.id)]
        assert ours == theirs, f"list sizes in {section.id}"


@pytest.mark.parametrize("name", list(CONSTRUCTS))
def test_a_keystroke_in_any_construct_patches_blocks_not_the_section(pane: PreviewPane, qtbot, name: str) -> None:
    before, after = CONSTRUCTS[name]
    policy = _policy(before)
    pane.show_policy(policy)
    document = pane.section_document
    frames = {i: document.frame(i) for i in document.section_ids}
    positions = [block.position() for block in _frame_blocks(pane, "t")]
    others = {i: [(b.position(), b.text()) for b in _frame_blocks(pane, i)] for i in ("a", "c", "z")}
    tables = {i: frames[i].childFrames() for i in ("a", "t")}
    result = EditBody("t", after).apply(policy)
    with qtbot.waitSignal(pane.rendered, timeout=2000) as signal:
        pane.apply_change(result.policy, result.change)
    assert signal.args == [("t",)]
    patch = document.last_patch
    assert patch is not None and patch.kind in ("cell", "block", "range"), patch
    if "cell" in name:
        assert patch.kind == "cell"  # that cell alone was parsed and patched
    assert patch.first >= 1  # the heading stays
    assert patch.removed + patch.inserted <= 8  # a list or a few blocks, never the section
    # The blocks before the patch are the same QTextBlocks at the same positions.
    assert [b.position() for b in _frame_blocks(pane, "t")][: patch.first] == positions[: patch.first]
    for section_id, frame in frames.items():
        assert document.frame(section_id) is frame
    shift = len(after) and document.frame("c").firstPosition() - others["c"][0][0]
    for section_id, blocks in others.items():  # "a" is before the edit; the others move with it
        moved = 0 if section_id == "a" else shift
        assert [(b.position() - moved, b.text()) for b in _frame_blocks(pane, section_id)] == blocks
    for section_id, children in tables.items():
        if "table" not in name or section_id != "t" or "removed" not in name:
            assert document.frame(section_id).childFrames() == children  # tables left alone
    _assert_matches_a_full_render(pane, result.policy, qtbot)


def test_a_title_keystroke_patches_the_heading_block(pane: PreviewPane, qtbot) -> None:
    policy = _policy("Texte.\n\n" + TABLE)
    pane.show_policy(policy)
    result = Rename("t", "Le titre modifié").apply(policy)
    pane.apply_change(result.policy, result.change)
    pane.flush()
    patch = pane.section_document.last_patch
    assert patch is not None and (patch.kind, patch.first, patch.removed) == ("block", 0, 1)
    _assert_matches_a_full_render(pane, result.policy, qtbot)


def test_typing_a_whole_text_in_an_empty_section_keeps_matching_a_full_render(pane: PreviewPane, qtbot) -> None:
    """Character by character through lists, a table, code and quotes, then erased back: each
    step a block patch (or, when a table changes shape, the section), always equal to a full render."""
    target = "Intro.\n\n- un\n- deux\n    - sous\n\n> cite\n\n```\ncode\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nFin."
    policy = _policy("")
    pane.show_policy(policy)
    kinds = []
    ends = [*range(1, len(target) + 1), *range(len(target) - 1, -1, -1)]  # typed, then erased
    for step, end in enumerate(ends):
        result = EditBody("t", target[:end]).apply(policy)
        policy = result.policy
        pane.apply_change(policy, result.change)
        pane.flush()
        if pane.section_document.last_patch is not None:
            kinds.append(pane.section_document.last_patch.kind)
        if step % 7 == 0 or end in (len(target), 0):
            _assert_matches_a_full_render(pane, policy, qtbot)
    # The table appearing, gaining its row and losing them, and a paragraph coming or going
    # right after the last table: 5 each way.
    assert kinds.count("section") <= 10
    assert kinds.count("block") + kinds.count("cell") > len(target)
    assert kinds.count("cell") == 4  # "1" and "2" typed in the row, then erased


def test_keys_in_a_table_cell_render_that_row_alone_and_show_a_full_render(
    pane: PreviewPane, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the second key in a cell on, the section's HTML is the previous one with the row
    rendered again: the same HTML as rendering the section, and the same page."""
    from editor.gui.preview import pane as pane_module
    from editor.gui.preview.html import preview_fragment
    from editor.render.html import section_html

    rows: list[bool] = []
    real = pane_module.patched_section_html

    def spy(*args: object) -> str | None:
        result = real(*args)  # type: ignore[arg-type]
        rows.append(result is not None)
        return result

    monkeypatch.setattr(pane_module, "patched_section_html", spy)
    policy = _policy("Avant.\n\n" + TABLE)
    pane.show_policy(policy)
    for body in ("| nom | 3 ansx |", "| nom | 3 ansxy |", "| nom | 3 ansxyz |"):
        result = EditBody("t", policy.find("t").body.replace(policy.find("t").body.split("\n")[4], body)).apply(policy)
        policy = result.policy
        pane.apply_change(policy, result.change)
        pane.flush()
        shown = pane._shown["t"][1]
        assert shown == preview_fragment(section_html(policy.find("t"), pane._context))
    assert rows == [True, True]  # the first key renders the section (nothing typed before)
    _assert_matches_a_full_render(pane, policy, qtbot)
