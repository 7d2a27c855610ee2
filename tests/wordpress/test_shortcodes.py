"""WPBakery shortcodes: the layout record the keep-builder export gives back, and wptexturize's damage undone."""

from __future__ import annotations

from editor.wordpress.shortcodes import convert_shortcodes

NBSP_CLOSE = "\u00a0\u00bb"  # wptexturize (fr_FR) writes '"' after "=" as a closing French quote


def test_texturized_attributes_come_back_as_typed() -> None:
    content = (
        f"<p>[vc_row el_class={NBSP_CLOSE}card&#8211;wide{NBSP_CLOSE} "
        f"css={NBSP_CLOSE}.x{{background:url(a.jpg?a=1&#038;b=2)}}{NBSP_CLOSE}][vc_column width={NBSP_CLOSE}1/2&Prime;]"
        f"[vc_column_text title={NBSP_CLOSE}L&rsquo;éditeur &#8211; suite&#8230;{NBSP_CLOSE}]</p>"
        "<p>Texte.</p><p>[/vc_column_text][/vc_column][/vc_row]</p>"
    )
    _, record, notices = convert_shortcodes(content)
    assert record is not None
    assert record.as_dict()["open"] == (
        '[vc_row el_class="card--wide" css=".x{background:url(a.jpg?a=1&b=2)}"][vc_column width="1/2"]'
        '[vc_column_text title="L\'éditeur - suite..."]'
    )
    assert {n.code: n.params["count"] for n in notices} == {"wp.texturized_quotes": 8, "wp.texturized_marks": 5}


def test_a_page_without_text_block_keeps_its_row_and_column() -> None:
    content = (
        '[vc_section el_id="s"][vc_custom_heading text="Hébergement"]'
        "[vc_raw_html]JTNDcCUzRUElM0MlMkZwJTNF[/vc_raw_html][/vc_section]"
    )
    _, record, _ = convert_shortcodes(content)
    assert record is not None
    assert record.as_dict() == {
        "kind": "wpbakery",
        "open": '[vc_section el_id="s"][vc_row][vc_column][vc_column_text]',
        "close": "[/vc_column_text][/vc_column][/vc_row][/vc_section]",
    }


def test_unknown_shortcodes_and_bracketed_text_stay_readable() -> None:
    text, record, notices = convert_shortcodes("<p>Voir [note 1 &#8211; bis] et [[vc_row]].</p>")
    assert record is None
    assert text == "<p>Voir [note 1 – bis] et [vc_row].</p>"
    assert [n.code for n in notices] == ["wp.unknown_shortcode"]
