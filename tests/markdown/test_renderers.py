"""The dialect's list start and table alignment reach every renderer: the HTML export (through
the sanitizer), the WordPress block markup and the DOCX (the DOCX body is in the fixtures)."""

from __future__ import annotations

import json

from editor.exporters import export_bytes
from editor.model import Metadata, Policy, Section

BODY = "3) trois\n4) quatre\n\n| Donnée | Durée | Montant |\n|:--|:-:|--:|\n| Nom | 3 ans | 10 € |"
POLICY = Policy(Metadata(title="T", locale="fr-FR"), (Section("s", "S", 2, BODY),))


def test_wordpress_blocks_keep_the_start_and_the_alignment() -> None:
    content = json.loads(export_bytes(POLICY, "wp-update"))["content"]
    assert '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3" class="wp-block-list">' in content
    assert '<th class="has-text-align-left" data-align="left">Donnée</th>' in content
    assert '<td class="has-text-align-center" data-align="center">' in content
    assert '<td class="has-text-align-right" data-align="right">' in content


def test_html_export_keeps_the_start_and_the_alignment() -> None:
    html = export_bytes(POLICY, "html-fragment").decode()
    assert '<ol start="3">' in html
    assert '<th style="text-align: left;">Donnée</th>' in html and '<td style="text-align: right;">' in html
