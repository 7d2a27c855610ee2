"""Model places <-> positions in the whole-document text, escaped heading-like body lines included."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from editor.gui.text.whole_document import document_text
from editor.gui.text.whole_places import place_at, position_of
from editor.model import Section
from editor.model.search import Place

SECTIONS = (
    Section("a", "Objet", 2, "Ligne un.\n# pas un titre\nfin ici", (Section("b", "Sous", 3, "Texte b."),)),
    Section("c", "Contact", 2, ""),
)


def test_every_offset_of_titles_and_bodies_maps_there_and_back(qapp) -> None:
    document = QTextDocument(document_text(SECTIONS))
    text = document.toRawText().replace("\u2029", "\n")
    for section in (SECTIONS[0], SECTIONS[0].children[0], SECTIONS[1]):
        for field, value in (("title", section.title), ("body", section.body)):
            for offset in range(len(value) + 1):
                position = position_of(document, section.id, field, offset)
                assert position is not None
                if offset < len(value):
                    assert text[position] == value[offset]
                assert place_at(document, position, position) == Place(section.id, field, offset, offset)
    start = position_of(document, "a", "body", 12)  # "pas" on the escaped line
    assert text[start : start + 3] == "pas"
    assert place_at(document, start, start + 3) == Place("a", "body", 12, 15)
    assert position_of(document, "absent", "body", 0) is None
