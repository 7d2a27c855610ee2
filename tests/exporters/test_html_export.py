"""The standalone HTML page and the CMS fragment, parsed back with the stdlib HTML parser."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from xss import elements

from editor.cli import main
from editor.exporters import export_bytes, exporter_for
from editor.exporters.html import fragment, page, stylesheet
from editor.model import Metadata, Policy, Section
from editor.render import RenderContext, document_html

BODY = "Le responsable du traitement est Exemple\u00a0SAS. Durée\u202f: 13\u00a0mois.\n\n- un\n- deux"


def _policy(locale: str = "fr-FR", **meta: object) -> Policy:
    sections = (
        Section(
            "donnees",
            "Données collectées",
            2,
            BODY,
            (Section("cookies", "Cookies", 3, "Voir [vos droits](#droits) et [la CNIL](https://www.cnil.fr/)."),),
        ),
        Section("droits", "Vos droits", 2, "Vous pouvez écrire à <dpo@exemple.fr>."),
    )
    fields = {"title": "Politique de confidentialité", "locale": locale, "version": "2.1"} | meta
    return Policy(Metadata(**fields), sections)  # type: ignore[arg-type]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: dict[str, str] = {}
        self.all: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in {"meta", "br", "img", "hr"}:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.text[self.stack[-1]] = self.text.get(self.stack[-1], "") + data
        self.all.append(data)


def _text(markup: str) -> _Text:
    parser = _Text()
    parser.feed(markup)
    return parser


def test_page_head_lang_charset_title_description() -> None:
    out = page(_policy())
    assert out.startswith('<!DOCTYPE html>\n<html lang="fr-FR">\n<head>\n<meta charset="utf-8">')
    found = elements(out)
    metas = {attrs.get("name"): attrs.get("content") for tag, attrs in found if tag == "meta"}
    assert metas["description"].startswith("Le responsable du traitement est Exemple")
    assert "viewport" in metas
    assert _text(out).text["title"] == "Politique de confidentialité"


def test_description_from_the_policy_header_wins() -> None:
    policy = _policy(extra={"description": "Comment nous traitons vos données."})
    metas = {a.get("name"): a.get("content") for t, a in elements(page(policy)) if t == "meta"}
    assert metas["description"] == "Comment nous traitons vos données."


def test_page_has_a_toc_linking_to_every_section_id() -> None:
    found = elements(page(_policy()))
    heading_ids = [attrs["id"] for tag, attrs in found if tag in {"h2", "h3"} and "id" in attrs]
    assert heading_ids == ["donnees", "cookies", "droits"]
    nav_at = next(i for i, (tag, _) in enumerate(found) if tag == "nav")
    toc_links = [attrs["href"] for tag, attrs in found[nav_at:] if tag == "a"][:3]
    assert toc_links == ["#donnees", "#cookies", "#droits"]
    assert _text(page(_policy())).text["p"].count("Sommaire") == 1


def test_toc_can_be_left_out() -> None:
    assert "<nav" not in page(_policy(), {"toc": "false"})


@pytest.mark.parametrize(
    ("locale", "date", "expected", "contents"),
    [
        ("fr-FR", dt.date(2026, 3, 14), "Dernière mise à jour\u00a0: 14\u00a0mars 2026", "Sommaire"),
        ("en-GB", dt.date(2026, 3, 14), "Last updated: 14 March 2026", "Contents"),
    ],
)
def test_last_update_line_is_localised(locale: str, date: dt.date, expected: str, contents: str) -> None:
    parsed = _text(page(_policy(locale, updated=date)))
    assert expected in "".join(parsed.all)
    assert contents in "".join(parsed.all)


def test_first_of_the_month_is_a_superscript_ordinal_in_french() -> None:
    out = page(_policy(updated=dt.date(2026, 3, 1)))
    assert "1<sup>er</sup>&nbsp;mars 2026" in out


def test_no_external_resource_of_any_kind() -> None:
    policy = Policy(
        Metadata(title="T"),
        (Section("a", "A", 2, "![distant](https://tracker.example/p.gif) ![local](images/x.png)"),),
    )
    out = page(policy)
    for tag, attrs in elements(out):
        assert tag not in {"script", "link", "iframe", "object", "embed"}
        assert "src" not in attrs or attrs["src"].startswith("data:")
    assert "url(" not in stylesheet().replace("url(javascript", "")
    assert "[distant]" in out and "[local]" in out
    assert "default-src 'none'" in out


def test_fragment_is_the_body_only_and_keeps_external_images() -> None:
    policy = Policy(Metadata(title="T"), (Section("a", "A", 2, "![logo](https://exemple.fr/logo.png)"),))
    out = fragment(policy)
    assert out.startswith('<h2 id="a">A</h2>')
    assert "<html" not in out and "<style" not in out and "<nav" not in out
    assert 'src="https://exemple.fr/logo.png"' in out


def test_body_is_the_shared_renderer_output() -> None:
    policy = _policy()
    context = RenderContext(profile=policy.meta.profile, locale=policy.meta.locale)
    rendered = _text(document_html(policy, context)).all
    assert _text(fragment(policy)).all == rendered


def test_no_break_spaces_survive() -> None:
    text = "".join(_text(page(_policy(), {"profile": "none"})).all)
    assert "Exemple\u00a0SAS" in text and "Durée\u202f: 13\u00a0mois" in text


def test_print_page_breaks_option() -> None:
    assert '<body class="page-breaks">' in page(_policy(), {"page_breaks": "true"})
    assert "<body>" in page(_policy())
    assert "body.page-breaks .policy-body h2" in stylesheet()


def test_stylesheet_has_screen_and_print_rules() -> None:
    css = stylesheet()
    assert "@media print" in css and "@page" in css and "max-width" in css
    for level in range(1, 7):
        assert f"h{level} {{" in css


def test_registry_and_suffixes() -> None:
    assert exporter_for("x.html").name == "html"
    assert exporter_for("x.HTM").name == "html"
    assert export_bytes(_policy(), "html-fragment").decode().startswith('<h2 id="donnees">')


def test_cli_convert_to_page_and_fragment(tmp_path, capsys) -> None:
    from editor import native

    source = tmp_path / "p.policy.md"
    source.write_text(native.dumps(_policy()), encoding="utf-8")
    assert main(["convert", str(source), str(tmp_path / "p.html")]) == 0
    assert (tmp_path / "p.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["convert", str(source), str(tmp_path / "p.txt"), "--to", "html-fragment"]) == 0
    assert (tmp_path / "p.txt").read_text(encoding="utf-8").startswith('<h2 id="donnees">')


def test_the_preview_uses_this_css_and_sanitizer() -> None:
    from editor.gui.preview import html as preview_html

    assert preview_html.page_stylesheet() == stylesheet()
    hostile = '<p onclick="x()">a</p><img src="https://tracker.example/p.gif" alt="pixel"><script>x()</script>'
    shown = preview_html.preview_fragment(hostile)
    assert "onclick" not in shown and "<script" not in shown and "tracker.example" not in shown
    assert "[pixel]" in shown
