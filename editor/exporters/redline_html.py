"""An HTML comparison page of two versions: <ins>/<del> word by word, moves and renames marked,
the generated change log on top. Standalone (embedded CSS, loads nothing), in the policy's language.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from editor.compare import Comparison, Row, Segment, change_log, change_log_heading, word_diff
from editor.exporters import labels

_TEXTS = {
    "fr": {
        "title": "Comparaison : {old} → {new}",
        "moved_from": "Section déplacée (elle était ici)",
        "moved_to": "Section déplacée (elle est maintenant ici)",
        "renamed": "Section renommée",
        "added": "Section ajoutée",
        "removed": "Section supprimée",
        "old": "ancienne version",
        "new": "version actuelle",
    },
    "en": {
        "title": "Comparison: {old} → {new}",
        "moved_from": "Section moved (it was here)",
        "moved_to": "Section moved (it is now here)",
        "renamed": "Section renamed",
        "added": "Section added",
        "removed": "Section removed",
        "old": "earlier version",
        "new": "current version",
    },
}
CSS = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; }
ins { background: #dafbe1; color: #0a3d1a; text-decoration: underline; }
del { background: #ffe3e0; color: #7a0c12; text-decoration: line-through; }
section.moved-from { border-left: 4px solid #9a6700; padding-left: .8em; opacity: .75; }
section.moved-to { border-left: 4px solid #0969da; padding-left: .8em; }
section.added { border-left: 4px solid #1a7f37; padding-left: .8em; }
section.removed { border-left: 4px solid #cf222e; padding-left: .8em; }
.note { font-size: .85em; color: #57606a; font-style: italic; margin: 0; }
.changelog { background: #f6f8fa; border: 1px solid #d0d7de; padding: .5em 1.2em; }
"""


def _segments(segments: Iterable[Segment]) -> str:
    out = []
    for segment in segments:
        text = html.escape(segment.text)
        if segment.op == "insert":
            out.append(f"<ins>{text}</ins>")
        elif segment.op == "delete":
            out.append(f"<del>{text}</del>")
        else:
            out.append(text)
    return "".join(out)


def _whole(text: str, tag: str | None) -> str:
    escaped = html.escape(text)
    return f"<{tag}>{escaped}</{tag}>" if tag else escaped


def _row(row: Row, texts: dict[str, str]) -> str:
    """One section at one place: both versions' text word by word; where a moved section now
    is, its changes since the old version; where it was, or a section only one version has,
    its whole text."""
    change = row.change
    moved_here = row.is_move and row.role == "new"
    if row.role != "both" and not moved_here:
        ref = change.old if row.role == "old" else change.new
        assert ref is not None
        if row.is_move:
            css, note, tag = "moved-from", texts["moved_from"], None
        elif row.role == "old":
            css, note, tag = "removed", texts["removed"], "del"
        else:
            css, note, tag = "added", texts["added"], "ins"
        level = min(max(ref.level, 1), 6)
        parts = [f'<section class="{css}" data-id="{html.escape(ref.id)}">', f'<p class="note">{html.escape(note)}</p>']
        if ref.title:
            parts.append(f"<h{level}>{_whole(ref.title, tag)}</h{level}>")
        parts += [f"<p>{_whole(text, tag)}</p>" for text in ref.blocks]
        return "\n".join(parts) + "\n</section>"
    assert change.new is not None
    level = min(max(change.new.level, 1), 6)
    css = ' class="moved-to"' if moved_here else ""
    parts = [f'<section{css} data-id="{html.escape(change.id)}">']
    if moved_here:
        parts.append(f'<p class="note">{html.escape(texts["moved_to"])}</p>')
    if change.renamed:
        parts.append(f'<p class="note">{html.escape(texts["renamed"])}</p>')
    if change.title:
        parts.append(f"<h{level}>{_segments(change.title)}</h{level}>")
    for block in change.blocks:
        parts.append(f"<p>{_segments(block.segments)}</p>")
    return "\n".join(parts) + "\n</section>"


def export_redline_html(comparison: Comparison, options: dict[str, Any] | None = None) -> bytes:
    """The comparison page (UTF-8). Options: ``old_label``, ``new_label`` (names of the two versions)."""
    options = dict(options or {})
    locale = comparison.new.meta.locale or "fr-FR"
    language = labels.language(locale)
    texts = _TEXTS[language]
    old_label = str(options.get("old_label") or texts["old"])
    new_label = str(options.get("new_label") or texts["new"])
    heading = texts["title"].format(old=old_label, new=new_label)
    log_items = "".join(f"<li>{html.escape(entry.text(locale))}</li>" for entry in change_log(comparison))
    log_heading, nothing = change_log_heading(locale)
    log = f"<ul>{log_items}</ul>" if log_items else f"<p>{html.escape(nothing)}</p>"
    title = _segments(word_diff(comparison.old.meta.title, comparison.new.meta.title))
    body = "\n".join(_row(row, texts) for row in comparison.rows)
    page = f"""<!DOCTYPE html>
<html lang="{html.escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(heading)}</title>
<style>{CSS}</style>
</head>
<body>
<p class="note">{html.escape(heading)}</p>
<h1>{title}</h1>
<div class="changelog">
<h2>{html.escape(log_heading)}</h2>
{log}
</div>
{body}
</body>
</html>
"""
    return page.encode("utf-8")
