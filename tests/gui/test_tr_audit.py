"""Every user-visible text of editor/gui goes through tr() with real placeholders (tests/gui/tr_audit.py)."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import pytest
from tr_audit import audit_source, audit_tree, translated_literals

from editor.gui.i18n import arg

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "editor" / "gui"


def test_no_gui_text_bypasses_tr() -> None:
    hits = [str(hit) for hit in audit_tree(GUI, ROOT)]
    assert not hits, "\n".join(hits)


def test_lupdate_sees_every_translated_literal() -> None:
    """A literal in tr() that is not in the .ts was hidden from lupdate (a wrapper, a dynamic context)."""
    sources = {m.findtext("source") for m in etree.parse(ROOT / "translations" / "policy_editor_fr.ts").iter("message")}
    unseen = [f"{path}:{line}: {text!r}" for path, line, text in translated_literals(GUI) if text not in sources]
    assert not unseen, "\n".join(unseen)


BAD = {
    "literal label": 'QLabel("Save the file", self)',
    "literal title": 'box.setWindowTitle("Export Failed")',
    "static box": 'QMessageBox.warning(self, self.tr("Oops"), "The file is gone")',
    "list of items": 'combo.addItems(["Light", "Dark"])',
    "f-string to a sink": 'label.setText(f"Section {name}")',
    "f-string inside tr": 'self.tr(f"Section {name}")',
    "concatenation inside tr": 'self.tr("Section " + name)',
    "format on tr": 'self.tr("Hello {name}").format(name=n)',
    "percent on tr": 'self.tr("Hello %s") % n',
    "printf placeholder": 'self.tr("%d words", "", n)',
    "glued punctuation": 'label.setText(self.tr("Title") + ":")',
    "glued sentences": 'text = self.tr("Deleted") + ", " + self.tr("%n word(s)", "", n)',
    "tr inside an f-string": "label.setText(f\"{self.tr('Title')}: {value}\")",
    "tr deep inside an f-string": "label = f\"{page.title or self.tr('(no title)')} — ID {page.id}\"",
    "hand plural": 'text = self.tr("1 word") if n == 1 else self.tr("%1 words")',
    "hand plural (s)": 'self.tr("%1 item(s) missing.")',
    "%n without count": 'self.tr("%n words")',
    "wrapper": '_tr("Something Went Wrong")',
    "translate with f-string": 'QCoreApplication.translate("Ctx", f"Open {name}")',
    "keyword text": 'QAction(text="Open", parent=self)',
    "core English text": "label.setText(error.message())",
}
GOOD = {
    "tr label": 'QLabel(self.tr("Save the file"), self)',
    "object name": 'box.setObjectName("save_error_box")',
    "placeholder filled": 'label.setText(arg(self.tr("Section %1"), name))',
    "plural": 'self.tr("%n word(s)", "", n)',
    "catalogue entry": "QCoreApplication.translate(CONTEXT, entry.text).format(**params)",
    "painter translate": "painter.translate(0, -page * height)",
    "markup around a translation": 'label.setText("<p>" + self.tr("Done."))',
    "file pattern": 'dialog.setNameFilter("*.policy.md")',
    "example address": 'field.setPlaceholderText("https://www.cnil.fr, contact@example.fr")',
    "paragraphs": 'box.setText(first + "\\n\\n" + self.tr("Nothing is lost."))',
    "settings key": 'settings.value("window/geometry")',
    "core text in the log": 'log.info("%s: %s", name, notice.message())',
    "technical details": "box.setDetailedText(error.message())",
}


@pytest.mark.parametrize("source", BAD.values(), ids=BAD.keys())
def test_the_audit_finds(source: str) -> None:
    assert audit_source(source), source


@pytest.mark.parametrize("source", GOOD.values(), ids=GOOD.keys())
def test_the_audit_accepts(source: str) -> None:
    assert audit_source(source) == []


def test_arg_fills_placeholders_in_one_pass() -> None:
    assert arg("%2 before %1", "a", "b") == "b before a"
    assert arg("“%1” and %2", "%2", "x") == "“%2” and x"
    assert arg("%1 of %3", 1) == "1 of %3"
