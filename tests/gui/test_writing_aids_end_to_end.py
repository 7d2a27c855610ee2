"""Issue 13's "done when", end to end in the window: a French policy with mistakes of several kinds
is corrected only through the editor's underlines (context menus, Ctrl+.) and the findings panel,
until check() reports nothing but review-only findings and spelling nothing at all; and a URL and
a time typed character by character (key events carrying the text) in fix-as-I-type mode come out
exactly as typed."""

from __future__ import annotations

from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.gui.document.document import Document
from editor.model import Metadata, Policy, Section
from editor.spelling import checker_for
from editor.typography import check

POLICY = Policy(
    Metadata(title="Politique de confidentialité", locale="fr-FR", profile="fine"),
    (
        Section(
            "objet",
            "Objet : le sitte",
            2,
            "**Important :** nous collectons vos donées ; voir https://exemple.fr/a:b?c=d;e à 10:30.\n\n"
            'Cliquez sur " Tout accepter " ou sur "Refuser"... C\'est l\'adresse - ou le lien etc...',
        ),
        Section("cookies", "Cookies", 2, "Un cookie ; des cookies ! Pourquoi? Un tracceur."),
        Section("droits", "Vos droits", 2, "Vous pouvez : écrire à dpo@exemple.fr ; « Droits »."),
    ),
)


def _remaining(policy: Policy, speller=None) -> tuple[list[str], list[str], list[str]]:
    """(fixable findings, review-only findings, misspelt words) left in every title and body
    (with the editor's ``speller``: its personal dictionary and ignored words)."""
    speller = speller or checker_for(policy.meta.locale)
    assert speller is not None
    fixable, review, words = [], [], []
    for section in policy.walk():
        for text, fmt in ((section.title, "text"), (section.body, "markdown")):
            for finding in check(text, policy.meta.profile, fmt):
                (review if finding.replacement is None else fixable).append(f"{section.id}: {finding.key}")
            words += [word.word for word in speller.misspellings(text)]
    return fixable, review, words


#: Words the writer meant, which the dictionary does not know: added to the personal dictionary
#: or ignored from their menu, as a user would; every other misspelt word takes the first suggestion.
MEANT = {"Cliquez": "Add", "cookie": "Add", "cookies": "Add", "etc": "Ignore"}


def _fix_through_menus(aids, field: str) -> int:
    """Correct every misspelt word and typography finding of the shown section's ``field``
    through its context menu, one entry at a time, as a user would."""
    for done in range(40):
        words = aids.title_misspellings if field == "title" else aids.misspellings
        findings = [f for f in (aids.title_findings if field == "title" else aids.findings) if f.replacement]
        if words:
            menu = aids.build_menu(words[0].start + 1, field)
            wanted = MEANT.get(words[0].word)
            entries = [action for action in menu.actions() if wanted and action.text().startswith(wanted)]
            entry = entries[0] if entries else menu.actions()[0]  # the best suggestion comes first
        elif findings:
            menu = aids.build_menu(findings[0].offset, field)
            entry = next(action for action in menu.actions() if action.text().startswith("Fix: "))
        else:
            return done
        entry.trigger()
    raise AssertionError("the menus never ran out of fixes")


def test_a_french_policy_is_corrected_entirely_from_the_underlines_and_the_panel(window, qtbot) -> None:
    window.set_document(Document(POLICY))
    aids = window.writing.aids
    before, review_before, words_before = _remaining(POLICY)
    assert len(before) >= 10 and {"donées", "sitte", "tracceur"} <= set(words_before)
    assert len(review_before) == 2  # the spaced hyphen and "etc..."

    # section 1: the title and the body from their underlines' context menus
    window.outline.select_section("objet")
    qtbot.waitUntil(lambda: window.section_editor.section_id() == "objet")
    aids.refresh()
    assert aids.title_misspellings and aids.title_findings and aids.misspellings and aids.findings
    assert _fix_through_menus(aids, "title") >= 2
    assert _fix_through_menus(aids, "body") >= 6
    body = window.document.policy.find("objet").body
    assert "https://exemple.fr/a:b?c=d;e à 10:30" in body  # the URL and the time are kept
    assert "**Important\u00a0:**" in body and "«\u202fTout accepter\u202f»" in body
    assert " - ou le lien etc..." in body  # review-only findings stay as typed

    # section 2: from the panel: click a finding (the editor goes there), then Ctrl+.
    window.writing.findings_action.trigger()
    panel = window.writing.findings
    qtbot.waitUntil(panel.isVisible)
    for _ in range(10):
        panel.refresh()
        to_fix = panel.tree.topLevelItem(0)
        group = next(
            (to_fix.child(i) for i in range(to_fix.childCount()) if to_fix.child(i).text(0).startswith("Cookies")),
            None,
        )
        if group is None:
            break
        group.setExpanded(True)
        with qtbot.waitSignal(panel.jump_requested):
            panel.tree.itemClicked.emit(group.child(0), 0)
        assert window.section_editor.section_id() == "cookies"
        aids.refresh()
        body_edit = window.section_editor.body
        cursor = body_edit.textCursor()
        cursor.setPosition(cursor.selectionStart())
        body_edit.setTextCursor(cursor)
        aids.fix_here_action.trigger()  # Ctrl+. at the place the panel showed
    assert window.document.policy.find("cookies").body.startswith("Un cookie\u202f; des cookies\u202f! Pourquoi\u202f?")
    _fix_through_menus(aids, "body")  # "tracceur", underlined in red

    # section 3: the panel's Fix All (one undo step), review-only findings untouched
    assert panel.fix_all.isEnabled()
    panel.fix_all.click()

    fixable, review, words = _remaining(window.document.policy, aids.checker())
    assert fixable == [] and words == []
    assert review == review_before
    fixed = "Vous pouvez\u00a0: écrire à dpo@exemple.fr\u202f; «\u202fDroits\u202f»."
    assert window.document.policy.find("droits").body == fixed
    window.undo()  # the panel's Fix All is one step
    assert window.document.policy.find("droits").body == POLICY.sections[2].body


def test_a_url_and_a_time_typed_in_fix_as_i_type_mode_stay_exactly_as_typed(window, qtbot) -> None:
    window.set_document(Document(POLICY))
    window.outline.select_section("droits")
    qtbot.waitUntil(lambda: window.section_editor.section_id() == "droits")
    window.writing.fix_as_you_type_action.setChecked(True)
    body = window.section_editor.body
    body.setFocus(Qt.FocusReason.OtherFocusReason)
    body.moveCursor(QTextCursor.MoveOperation.End)
    typed = "\nVoir https://exemple.fr/a:b?c=d;e à 10:30"
    type_text(body, typed)  # at the end of the text: nothing follows what is typed
    assert body.text().endswith(typed)
    type_text(body, " puis https://exemple.fr/a:b?c=d;e et 10:30 ; fin")  # followed by more text
    expected = typed + " puis https://exemple.fr/a:b?c=d;e et 10:30\u202f; fin"
    qtbot.waitUntil(lambda: window.document.policy.find("droits").body.endswith(expected))
    assert body.text().endswith(expected)
    window.writing.fix_as_you_type_action.setChecked(False)
