"""Where Markdown is not prose, as editor.markdown.spans finds it (typography masks these)."""

from __future__ import annotations

from editor.markdown import spans


def pieces(text: str, found: object) -> list[str]:
    return [text[start:end] for start, end in found]  # type: ignore[attr-defined]


def test_blocks() -> None:
    text = (
        "---\ntitle: x\n---\nTexte\n\n```\ncode\n```\n\n    indenté\n\n- point\n\n  suite\n\n"
        "[a]: https://x.fr\n<!-- c -->"
    )
    assert text[: spans.front_matter_end(text)] == "---\ntitle: x\n---\n"
    assert pieces(text, spans.fenced_blocks(text)) == ["```\ncode\n```"]
    assert pieces(text, spans.indented_code_blocks(text)) == ["    indenté\n"]
    assert pieces(text, spans.definitions(text)) == ["[a]: https://x.fr"]
    assert pieces(text, spans.comments(text)) == ["<!-- c -->"]


def test_code_inside_a_list_item_is_code_and_its_text_is_prose() -> None:
    text = "1. point\n\n   suite du point\n\n       code du point\n"
    assert pieces(text, spans.indented_code_blocks(text)) == ["       code du point\n"]


def test_inline() -> None:
    text = 'Voir `code`, <https://x.fr>, [lien](https://y.fr "titre"), [ref][cnil], {: lang=en } et \\*.'
    found = {kind: pieces(text, spans.inline_spans(text, 0, len(text), kind)) for kind in spans.INLINE_KINDS}
    assert found == {
        "code": ["`code`"],
        "autolink": ["<https://x.fr>"],
        "destination": ['](https://y.fr "titre")'],
        "label": ["][cnil]"],
        "attributes": ["{: lang=en }"],
        "escape": ["\\*"],
    }
