"""The writing aids in the window: underlines, tooltips, quick fixes and their undo, fix as I
type (typed through key events carrying non-ASCII text), the findings dock, Find and Replace,
and spelling in a French and an English policy."""

from __future__ import annotations

from gui_helpers import type_text
from PySide6.QtGui import QTextCursor

from editor.gui.document.document import Document
from editor.model import Metadata, Policy, Section

BODY = "Note: voir https://exemple.fr/a:b à 12:30 ; un - tiret etc... et une erreurr."


def french_policy(locale: str = "fr-FR", body: str = BODY) -> Policy:
    return Policy(
        Metadata(title="Politique", locale=locale, profile="fine"),
        (
            Section("a", "Objet : le site", 2, body),
            Section("b", "Cookies", 2, "Un cookie ; des cookies."),
            Section("c", "Contact", 2, "Écrivez-nous."),
        ),
    )


def open_policy(window, qtbot, policy: Policy, section: str = "a"):
    window.set_document(Document(policy))
    window.outline.select_section(section)
    aids = window.writing.aids
    qtbot.waitUntil(lambda: window.section_editor.section_id() == section)
    aids.refresh()
    return aids


def body_of(window, section: str = "a") -> str:
    return window.document.policy.find(section).body


def test_underlines_follow_typing_and_tooltips_say_what_and_why(window, qtbot) -> None:
    aids = open_policy(window, qtbot, french_policy())
    rules = {finding.rule for finding in aids.findings}
    assert {"punctuation", "dashes", "ellipsis"} <= rules
    assert all("exemple.fr" not in BODY[f.offset : f.offset + f.length] for f in aids.findings)
    assert len(window.section_editor.body.extraSelections()) == len(aids.findings) + len(aids.misspellings)
    colon = next(f for f in aids.findings if f.rule == "punctuation" and BODY[f.offset + f.length] == ":")
    assert "no-break space (U+00A0) before ':'" in aids.tooltip_at(colon.offset)
    dash = next(f for f in aids.findings if f.rule == "dashes")
    assert aids.tooltip_at(dash.offset).startswith("For review")
    with qtbot.waitSignal(aids.checked, timeout=2000):
        window.section_editor.body.moveCursor(QTextCursor.MoveOperation.End)
        type_text(window.section_editor.body, " Pourquoi?")
    assert any(f.key == "typo.space_before_question" for f in aids.findings)


def test_fix_this_then_undo_restores_exactly(window, qtbot) -> None:
    aids = open_policy(window, qtbot, french_policy())
    colon = next(f for f in aids.findings if f.key == "typo.space_before_colon")
    aids.fix_finding(colon)
    assert body_of(window).startswith("Note\u00a0: voir https://exemple.fr/a:b à 12:30 ;")
    window.undo()
    assert body_of(window) == BODY
    qtbot.waitUntil(lambda: window.section_editor.body.text() == BODY)


def test_fix_all_in_section_and_document_are_one_step_each_and_keep_review_findings(window, qtbot) -> None:
    aids = open_policy(window, qtbot, french_policy())
    with qtbot.waitSignal(aids.fixed) as fixed:
        aids.fix_section()
    assert fixed.args == [3]  # title colon, body colon and semicolon
    assert window.document.policy.find("a").title == "Objet\u00a0: le site"
    assert "12:30\u202f; un - tiret etc..." in body_of(window)
    assert body_of(window, "b") == "Un cookie ; des cookies."
    window.undo()
    assert window.document.policy == french_policy()
    aids.fix_document()
    assert body_of(window, "b") == "Un cookie\u202f; des cookies." and " - tiret etc..." in body_of(window)
    window.undo()
    assert window.document.policy == french_policy()


def test_context_menu_offers_the_fixes_and_the_spelling_suggestions(window, qtbot) -> None:
    aids = open_policy(window, qtbot, french_policy())
    colon = next(f for f in aids.findings if f.key == "typo.space_before_colon")
    texts = [action.text() for action in aids.build_menu(colon.offset).actions()]
    assert any(text.startswith("Fix: ") for text in texts)
    assert "Fix All Typography in the Section" in texts and "Fix All Typography in the Document" in texts
    word = next(w for w in aids.misspellings if w.word == "erreurr")
    menu = aids.build_menu(word.start + 2)
    suggestion = next(a for a in menu.actions() if a.text() == "erreur")
    suggestion.trigger()
    assert body_of(window).endswith("et une erreur.")
    window.undo()
    assert body_of(window) == BODY


def test_spelling_in_french_add_and_ignore(window, qtbot) -> None:
    aids = open_policy(
        window, qtbot, french_policy(body="L’adresse\u00a0: aujourd’hui Axeptio et Cookiebot, voir www.exmple.fr.")
    )
    assert [w.word for w in aids.misspellings] == ["Axeptio", "Cookiebot"]
    aids.add_word("Axeptio")
    aids.ignore_word("Cookiebot")
    assert aids.misspellings == []
    window.writing.spelling_action.setChecked(False)
    assert aids.misspellings == [] and not aids.spelling_enabled
    window.writing.spelling_action.setChecked(True)


def test_spelling_in_english_follows_the_locale(window, qtbot) -> None:
    english = french_policy(locale="en-US", body="We recieve your personal data, données.")
    aids = open_policy(window, qtbot, english)
    assert [w.word for w in aids.misspellings] == ["recieve", "données"]


def test_fix_as_i_type_spaces_marks_and_undo_removes_only_the_space(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy(body="Suite du texte."))
    window.writing.fix_as_you_type_action.setChecked(True)
    body = window.section_editor.body
    body.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(body, "Note: ")
    qtbot.waitUntil(lambda: body_of(window).startswith("Note\u00a0: "))
    assert body_of(window) == "Note\u00a0: Suite du texte."
    window.undo()
    assert body_of(window) == "Note: Suite du texte."
    type_text(body, "« Déjà » ")
    qtbot.waitUntil(lambda: "«\u202fDéjà\u202f» " in body_of(window))
    window.writing.fix_as_you_type_action.setChecked(False)


def test_fix_as_i_type_at_the_end_of_a_section_keeps_typing_in_place(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy(body="Début."))
    window.writing.fix_as_you_type_action.setChecked(True)
    body = window.section_editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Note: voir ici!\nFin")
    assert body.text() == "Début. Note\u00a0: voir ici\u202f!\nFin"
    assert body_of(window) == body.text()
    type_text(body, " encore! ")
    assert body.text() == "Début. Note\u00a0: voir ici\u202f!\nFin encore\u202f! "
    window.undo()  # right after the fix: the space before '!' only
    assert body_of(window) == "Début. Note\u00a0: voir ici\u202f!\nFin encore!"
    window.writing.fix_as_you_type_action.setChecked(False)


def test_fix_as_i_type_never_touches_a_url_or_a_time(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy(body="Fin."))
    window.writing.fix_as_you_type_action.setChecked(True)
    body = window.section_editor.body
    body.moveCursor(QTextCursor.MoveOperation.Start)
    typed = "Voir https://exemple.fr/a;b?x=1:2 à 12:30 ou 1:2 ; "
    type_text(body, typed)
    qtbot.waitUntil(lambda: "1:2\u202f; " in body_of(window))  # the last mark is fixed...
    assert body_of(window) == typed.replace("1:2 ; ", "1:2\u202f; ") + "Fin."  # ...and nothing else
    window.writing.fix_as_you_type_action.setChecked(False)


def test_findings_panel_lists_by_section_counts_rules_and_jumps(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy())
    panel = window.writing.findings
    window.writing.findings_action.trigger()
    qtbot.waitUntil(panel.isVisible)
    panel.refresh()
    assert "punctuation: 4" in panel.counts.text() and "dashes: 1" in panel.counts.text()
    to_fix, review = panel.tree.topLevelItem(0), panel.tree.topLevelItem(1)
    review_label = review.text(0)
    assert to_fix.text(0) == "To fix (4)" and review_label == "For review (2)"
    cookies = next(to_fix.child(i) for i in range(to_fix.childCount()) if to_fix.child(i).text(0).startswith("Cookies"))
    assert cookies.text(0) == "Cookies (1)" and cookies.childCount() == 0
    cookies.setExpanded(True)
    assert cookies.child(0).text(0) == "…Un cookie ; — a narrow no-break space (U+202F) before ';'"
    objet = to_fix.child(0)
    objet.setExpanded(True)
    assert objet.child(0).text(0) == "title: …Objet : — a no-break space (U+00A0) before ':'"
    with qtbot.waitSignal(panel.jump_requested):
        panel.tree.itemClicked.emit(cookies.child(0), 0)
    assert window.section_editor.section_id() == "b"
    assert window.section_editor.body.textCursor().selectedText() == " "
    panel.fix_all.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).text(0) == "To fix (0)", timeout=3000)
    assert panel.tree.topLevelItem(1).text(0) == review_label  # review-only findings are never fixed in bulk


def test_find_and_replace_options_results_and_replace_all_as_one_step(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy())
    window.writing.replace_action.trigger()
    panel = window.writing.find_replace
    qtbot.waitUntil(panel.isVisible)
    panel.find_field.setText("cookie")
    panel.search()
    assert len(panel.matches) == 3 and panel.results.topLevelItem(0).text(0) == "Cookies"
    panel.step()
    assert window.section_editor.section_id() == "b" and window.section_editor.title.selectedText() == "Cookie"
    panel.step()
    assert window.section_editor.body.textCursor().selectedText() == "cookie"
    panel.step(backward=True)
    assert window.section_editor.title.selectedText() == "Cookie"
    panel.whole_word.setChecked(True)
    assert len(panel.matches) == 1
    panel.whole_word.setChecked(False)
    panel.match_case.setChecked(True)
    assert len(panel.matches) == 2
    panel.match_case.setChecked(False)
    panel.find_field.setText("cookie ;")
    panel.any_space.setChecked(True)
    panel.search()
    assert len(panel.matches) == 1
    panel.any_space.setChecked(False)
    panel.regex.setChecked(True)
    panel.find_field.setText(r"cookie(s?)")
    panel.replace_field.setText(r"traceur\1")
    assert panel.replace_everything() == 3
    assert panel.status.text() == "3 replacement(s) made"
    assert window.document.policy.find("b").title == "traceurs"
    assert body_of(window, "b") == "Un traceur ; des traceurs."
    window.undo()
    assert window.document.policy == french_policy()
    panel.find_field.setText("(")
    panel.search()
    assert "invalid regular expression" in panel.status.text()


def test_replace_works_in_the_whole_document_mode(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy())
    window.actions["view_whole_document"].setChecked(True)
    qtbot.waitUntil(window.whole_editor.is_active)
    panel = window.writing.find_replace
    panel.open("Écrivez")
    panel.replace_field.setText("Écrivez-nous")
    panel.replace_current()
    assert body_of(window, "c") == "Écrivez-nous-nous."
    qtbot.waitUntil(lambda: "Écrivez-nous-nous." in window.whole_editor.text.toPlainText())
    window.undo()
    assert body_of(window, "c") == "Écrivez-nous."


def test_f3_in_the_whole_document_goes_from_the_cursor_through_titles_and_bodies(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy())
    window.actions["view_whole_document"].setChecked(True)
    qtbot.waitUntil(window.whole_editor.is_active)
    text = window.whole_editor.text
    window.actions["edit_find"].trigger()
    panel = window.writing.find_replace
    assert not panel.replace_field.isVisible()
    panel.find_field.setText("cookie")
    panel.match_case.setChecked(False)
    window.actions["edit_find_next"].trigger()
    cursor = text.textCursor()
    assert cursor.selectedText() == "Cookie"  # the title, in its heading line
    assert cursor.block().text() == "## Cookies {#b}"
    window.actions["edit_find_next"].trigger()
    assert text.textCursor().selectedText() == "cookie" and text.textCursor().block().text().startswith("Un cookie")
    window.actions["edit_find_next"].trigger()
    assert text.textCursor().selectedText() == "cookie" and text.textCursor().positionInBlock() == 22
    window.actions["edit_find_next"].trigger()  # wraps to the title
    assert text.textCursor().block().text() == "## Cookies {#b}"
    window.actions["edit_find_previous"].trigger()
    assert text.textCursor().positionInBlock() == 22
    # typed text not applied yet is searched and replaced too, in one undo step with the count
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    type_text(text, " Un cookie de plus.")
    window.actions["edit_find_previous"].trigger()  # from the end of the text: the one just typed
    assert text.textCursor().block().text().endswith("Un cookie de plus.")
    window.writing.replace_action.trigger()
    assert panel.replace_field.isVisible() and panel.windowTitle() == "Find and Replace"
    panel.replace_field.setText("traceur")
    assert panel.replace_everything() == 4
    assert panel.status.text() == "4 replacement(s) made"
    assert window.document.policy.find("b").title == "traceurs"
    assert body_of(window, "c") == "Écrivez-nous.\n Un traceur de plus."
    qtbot.waitUntil(lambda: "## traceurs {#b}" in text.toPlainText())
    window.undo()
    assert body_of(window, "c") == "Écrivez-nous.\n Un cookie de plus."
    assert window.document.policy.find("b").title == "Cookies"


def test_f3_starts_from_the_cursor_and_replace_takes_the_match_at_the_cursor(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy(), section="b")
    body = window.section_editor.body
    cursor = body.textCursor()
    cursor.setPosition(5)  # after "Un co": the next "cookie" is the second one
    body.setTextCursor(cursor)
    panel = window.writing.find_replace
    panel.find_field.setText("cookie")
    assert panel.step()
    assert body.textCursor().selectionStart() == 16
    panel.open(replace=True)
    panel.replace_field.setText("traceur")
    panel.replace_current()
    assert body_of(window, "b") == "Un cookie ; des traceurs."
    assert panel.status.text() == "1 replacement(s) made"
    window.undo()
    assert body_of(window, "b") == "Un cookie ; des cookies."


def test_titles_are_underlined_with_tooltips_suggestions_and_fixes(window, qtbot) -> None:
    policy = french_policy()
    policy = Policy(policy.meta, (Section("a", "Objet : le sitte", 2, "Texte."), *policy.sections[1:]))
    aids = open_policy(window, qtbot, policy)
    title = window.section_editor.title
    assert [w.word for w in aids.title_misspellings] == ["sitte"]
    colon = next(f for f in aids.title_findings if f.key == "typo.space_before_colon")
    assert "Unknown word: sitte" in aids.tooltip_at(12, "title")
    assert "before ':'" in aids.tooltip_at(colon.offset, "title")
    underlined = title.grab().toImage()
    window.writing.spelling_action.setChecked(False)
    aids.typography_enabled = False
    aids.refresh()
    assert title.grab().toImage() != underlined  # the underlines are drawn in the field
    aids.typography_enabled = True
    window.writing.spelling_action.setChecked(True)
    qtbot.waitUntil(lambda: title.grab().toImage() == underlined)
    menu = aids.build_menu(12, "title")
    next(action for action in menu.actions() if action.text() == "site").trigger()
    assert window.document.policy.find("a").title == "Objet : le site" and aids.title_misspellings == []
    fix = next(a for a in aids.build_menu(colon.offset, "title").actions() if a.text().startswith("Fix: "))
    fix.trigger()
    assert window.document.policy.find("a").title == "Objet\u00a0: le site" and aids.title_findings == []
    assert title.text() == "Objet\u00a0: le site"
    window.undo()
    window.undo()
    assert window.document.policy.find("a").title == "Objet : le sitte"


def test_the_results_follow_edits_while_the_panel_is_shown(window, qtbot) -> None:
    open_policy(window, qtbot, french_policy(), section="c")
    window.actions["edit_find"].trigger()
    panel = window.writing.find_replace
    qtbot.waitUntil(panel.isVisible)
    panel.find_field.setText("cookie")
    panel.search()
    assert len(panel.matches) == 3
    body = window.section_editor.body
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Un cookie.")
    qtbot.waitUntil(lambda: len(panel.matches) == 4)
    assert panel.results.topLevelItem(1).text(0) == "Contact"


def test_the_writing_aids_follow_a_language_switch(qapp, window, qtbot) -> None:
    from PySide6.QtCore import QLocale

    from editor.gui import i18n

    try:
        i18n.switch_language(qapp, QLocale(QLocale.Language.French, QLocale.Country.France))
        qtbot.waitUntil(lambda: window.writing.replace_action.text() == "Rechercher et &remplacer…")
        window.writing.replace_action.trigger()
        assert window.writing.find_replace.windowTitle() == "Rechercher et remplacer"
    finally:
        i18n.switch_language(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qtbot.waitUntil(lambda: window.writing.replace_action.text() == "Find and &Replace…")
