"""Markdown import keeps the text as written: import then ``md`` export gives back the same bytes
for any file made only of the dialect's constructs (hypothesis), and ``convert x.md y.md`` too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.exporters import export_bytes
from editor.importers import import_bytes

DIALECT_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "markdown" / "dialect.md"

WORDS = st.sampled_from(
    [
        "données", "l’accès", "Mantano", "« cookies »", "13\u00a0mois", "10\u202f%", "**opposables**",
        "*publiques*", "__aussi__", "`code`", "[la CNIL](https://www.cnil.fr/)", "https://exemple.fr/a_b?c=1",
        "www.exemple.fr", "dpo@exemple.fr", "<https://exemple.fr>", "texte", "et", ":", ";", "1er", "n°",
    ]
)  # fmt: skip
lines = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
paragraphs = st.lists(lines, min_size=1, max_size=3).map("\n".join)


@st.composite
def lists(draw: st.DrawFn) -> str:
    ordered = draw(st.booleans())
    start = draw(st.integers(1, 12))
    delimiter = draw(st.sampled_from([".", ")"]))
    indent = draw(st.sampled_from(["  ", "    ", "\t"]))
    out = []
    depth = 0
    for number in range(draw(st.integers(1, 5))):
        depth = draw(st.integers(0, min(depth + 1, 2))) if number else 0
        marker = f"{start + number}{delimiter}" if ordered and depth == 0 else "-"
        out.append(f"{indent * depth}{marker} {draw(lines)}")
    return "\n".join(out)


@st.composite
def tables(draw: st.DrawFn) -> str:
    columns = draw(st.integers(1, 3))
    align = [draw(st.sampled_from(["---", ":--", ":-:", "--:"])) for _ in range(columns)]
    rows = [[draw(lines) for _ in range(columns)] for _ in range(draw(st.integers(1, 3)))]
    header = "| " + " | ".join(f"Col {n}" for n in range(columns)) + " |"
    return "\n".join([header, "|" + "|".join(align) + "|", *("| " + " | ".join(row) + " |" for row in rows)])


code_lines = st.sampled_from(["## pas un titre {#x}", "# non", "- pas une liste", "texte", "Titre", "====="])
fenced = st.lists(code_lines, max_size=4).map(lambda body: "\n".join(["```", *body, "```"]))
quotes = lines.map(lambda line: "> " + line)
blocks = st.one_of(paragraphs, lists(), tables(), fenced, quotes)
bodies = st.lists(blocks, max_size=4).map("\n\n".join)


@st.composite
def dialect_files(draw: st.DrawFn) -> str:
    """A file as the ``md`` exporter writes it: ``# title``, then ``## Title {#id}`` and bodies."""
    parts = []
    titled = draw(st.booleans())
    if titled:
        parts.append("# " + draw(st.sampled_from(["Politique de confidentialité", "Mentions légales"])))
    preamble = draw(bodies)
    if preamble:
        parts.append(preamble)
    level = base = 2 if titled else draw(st.integers(1, 2))
    for number in range(draw(st.integers(0 if preamble or titled else 1, 5))):
        level = draw(st.integers(base, min(level + 1, 6))) if number else base
        parts.append(f"{'#' * level} {draw(st.sampled_from(['Objet', 'Données', 'Vos droits']))} {{#s{number}}}")
        body = draw(bodies)
        if body:
            parts.append(body)
    return "\n\n".join(parts) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dialect_files())
def test_import_then_export_gives_the_same_bytes(text: str) -> None:
    data = text.encode("utf-8")
    result = import_bytes(data, "x.md")
    assert result.notices == ()
    assert export_bytes(result.policy, "md") == data


def test_the_dialect_file_has_every_construct_and_comes_back_identical() -> None:
    data = DIALECT_FILE.read_bytes()
    result = import_bytes(data, "dialect.md")
    assert result.notices == ()
    assert [(s.id, s.level, s.title) for s in result.policy.walk()] == [
        ("preambule", 2, ""),
        ("donnees", 2, "Données collectées"),
        ("durees", 3, "Durées"),
        ("droits", 2, "Vos droits"),
    ]
    assert export_bytes(result.policy, "md") == data


def test_convert_md_to_md_is_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "copie.md"
    result = subprocess.run(
        [sys.executable, "-m", "editor", "convert", str(DIALECT_FILE), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == DIALECT_FILE.read_bytes()
