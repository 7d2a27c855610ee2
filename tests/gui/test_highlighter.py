"""The highlighter shows the structure the preview renders: it reads list items, fences and
section headings with the dialect's own patterns (editor.markdown.syntax)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from editor.gui.text.highlighter import MarkdownHighlighter
from editor.render.tree import parse

MARKER, FENCE, LINK = "#b0508a", "#7a3e00", "#1a6fb5"


def coloured(text: str, section_headings: bool = False) -> list[dict[str, str]]:
    """For each line, the colour of each highlighted run by its text."""
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document, section_headings=section_headings)
    document.setPlainText(text)
    highlighter.rehighlight()
    lines = []
    block = document.firstBlock()
    while block.isValid():
        runs = {}
        for run in block.layout().formats():
            piece = block.text()[run.start : run.start + run.length]
            runs[piece] = QColor(run.format.foreground().color()).name()
        lines.append(runs)
        block = block.next()
    return lines


def test_list_markers_are_the_items_the_preview_renders(qtbot) -> None:
    text = "1) un\n  - deux\n\t- trois\n7. sept\n\n```\n- pas une liste\n```\n\n---"
    markers = [line.get(marker) for line, marker in zip(coloured(text), ["1)", "-", "-", "7."], strict=False)]
    assert markers == [MARKER] * 4
    items = sum(1 for element in parse(text).iter("li"))
    marked = sum(1 for line in coloured(text) for colour in line.values() if colour == MARKER)
    assert marked == items == 4


def test_fences_close_as_the_renderer_closes_them(qtbot) -> None:
    lines = coloured("````\n```\n- code\n````\n- liste")
    assert [line.get(text) for line, text in zip(lines, ["````", "```", "- code", "````"], strict=False)] == [FENCE] * 4
    assert lines[4].get("-") == MARKER


def test_bare_links_are_links(qtbot) -> None:
    line = coloured("Voir https://www.cnil.fr/ et dpo@exemple.fr.")[0]
    assert line.get("https://www.cnil.fr/") == LINK and line.get("dpo@exemple.fr") == LINK


def test_a_number_other_than_one_does_not_interrupt_a_paragraph(qtbot) -> None:
    lines = coloured("Texte\n2. suite du paragraphe\n\nTexte\n1. une liste")
    assert lines[1].get("2.") is None and lines[4].get("1.") == MARKER


def test_table_rows_are_fixed_width_so_aligned_columns_look_aligned(qtbot) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText("| **Finalité** | Durée |\n| --- | --- |\nTexte | pas un tableau")
    highlighter.rehighlight()
    first, second, third = document.firstBlock(), document.firstBlock().next(), document.lastBlock()
    for block in (first, second):
        covered = sum(run.length for run in block.layout().formats() if "DejaVu Sans Mono" in run.format.fontFamilies())
        assert covered == len(block.text())  # bold cells too
    assert not third.layout().formats()


def test_table_rows_keep_their_inline_formats_run_by_run(qtbot) -> None:
    """The fixed width is laid over what the inline rules set: bold stays bold, a link stays a
    link, and hidden markers stay faded, character by character."""
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    highlighter.set_hide_markup(True)
    row = "| **Finalité** | <https://exemple.fr> | 13\u00a0mois |"
    document.setPlainText(row)
    highlighter.rehighlight()
    formats = [None] * len(row)
    for run in document.firstBlock().layout().formats():
        for position in range(run.start, run.start + run.length):
            formats[position] = QTextCharFormat(run.format)
    assert all(fmt is not None and "DejaVu Sans Mono" in fmt.fontFamilies() for fmt in formats)
    bold = row.index("Finalité")
    assert all(formats[i].fontWeight() >= 600 for i in range(bold, bold + len("Finalité")))
    link = row.index("https")
    assert QColor(formats[link].foreground().color()).name() == LINK
    marker = row.index("**")
    assert 0 < formats[marker].fontPointSize() < formats[bold].fontPointSize() or formats[bold].fontPointSize() == 0
    assert formats[marker].foreground().color() != formats[bold].foreground().color()  # faded
