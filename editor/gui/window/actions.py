"""The window's action collection: every command a menu, toolbar or shortcut can trigger.

Actions are created once with a name (``file_open``, ``section_indent``...) and their shortcuts;
their texts are (re)set in :meth:`ActionCollection.retranslate_ui`, so a language switch only
calls that. Menus and the toolbar are built from these names (see :mod:`editor.gui.window.menus`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey

#: name -> shortcuts (standard keys first, so each platform gets its own conventions).
SHORTCUTS: dict[str, list[QKeySequence | Key | str]] = {
    "file_new": [Key.New],
    "file_new_from_sample": [],
    "file_open": [Key.Open],
    "file_save": [Key.Save],
    "file_save_as": [Key.SaveAs],
    "file_close": [Key.Close],
    "file_clear_recent": [],
    "file_export": ["Ctrl+E"],
    "file_export_pdf": [],
    "file_copy_wp_payload": [],
    "file_copy_html_fragment": [],
    "file_print": [Key.Print],
    "file_properties": ["Ctrl+Alt+Return"],
    "file_quit": [Key.Quit],
    "wp_open_from_site": [],
    "wp_publish": [],
    "edit_undo": [Key.Undo],
    "edit_redo": [Key.Redo],
    "edit_cut": [Key.Cut],
    "edit_copy": [Key.Copy],
    "edit_paste": [Key.Paste],
    "edit_select_all": [Key.SelectAll],
    "edit_preferences": [Key.Preferences, "Ctrl+,"],
    "edit_find": [Key.Find],
    "edit_find_next": [Key.FindNext],
    "edit_find_previous": [Key.FindPrevious],
    "section_add_sibling": ["Ctrl+Shift+N"],
    "section_add_child": ["Ctrl+Alt+N"],
    "section_rename": ["F2"],
    "section_delete": [Key.Delete],
    "section_move_up": ["Alt+Up"],
    "section_move_down": ["Alt+Down"],
    "section_indent": ["Alt+Right"],
    "section_outdent": ["Alt+Left"],
    "view_whole_document": ["Ctrl+Shift+D"],
    "view_preview": ["Ctrl+Shift+P"],
    "view_checklist": ["Ctrl+Shift+L"],
    "legal_publish": [],
    "legal_versions": [],
    "file_translations": [],
    "help_about": [],
}

#: Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).
OUTLINE_ONLY = ("section_rename", "section_delete")
CHECKABLE = ("view_whole_document", "view_preview", "view_checklist")


class ActionCollection(QObject):
    """Named QActions of one main window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for name, keys in SHORTCUTS.items():
            action = QAction(parent)
            action.setObjectName(name)
            sequences: list[QKeySequence] = []
            for key in keys:
                if isinstance(key, Key):
                    sequences.extend(QKeySequence.keyBindings(key))
                else:
                    sequences.append(QKeySequence(key))
            action.setShortcuts(sequences)
            if name in OUTLINE_ONLY:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(name in CHECKABLE)
            self._actions[name] = action
        self.retranslate_ui()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def names(self) -> list[str]:
        return list(self._actions)

    def retranslate_ui(self) -> None:
        texts = {
            "file_new": (self.tr("&New Empty Policy"), self.tr("Start a new, empty policy")),
            "file_new_from_sample": (
                self.tr("New from &Sample Policy"),
                self.tr("Start a new policy from the bundled French privacy policy"),
            ),
            "file_open": (
                self.tr("&Open…"),
                self.tr("Open a policy, or import a WordPress, Word, HTML or Markdown file"),
            ),
            "file_save": (self.tr("&Save"), self.tr("Save the policy")),
            "file_save_as": (self.tr("Save &As…"), self.tr("Save the policy under a new name")),
            "file_close": (self.tr("&Close"), self.tr("Close the policy")),
            "file_clear_recent": (self.tr("Clear the List"), self.tr("Forget the recently opened files")),
            "file_export": (self.tr("&Export…"), self.tr("Export to Word, HTML, WordPress, Markdown or PDF")),
            "file_export_pdf": (self.tr("Export to P&DF…"), self.tr("Write the printed pages to a PDF file")),
            "file_copy_wp_payload": (
                self.tr("Copy &WordPress Payload"),
                self.tr("Copy the WordPress update payload (JSON) to the clipboard"),
            ),
            "file_copy_html_fragment": (
                self.tr("Copy &HTML Fragment"),
                self.tr("Copy the policy as an HTML fragment to the clipboard"),
            ),
            "file_print": (self.tr("&Print…"), self.tr("Print the policy, with a preview of the pages")),
            "file_properties": (self.tr("P&roperties…"), self.tr("Title, locale, dates and profile of the policy")),
            "file_quit": (self.tr("&Quit"), self.tr("Quit Policy Editor")),
            "wp_open_from_site": (self.tr("&Open from Site…"), self.tr("Open a page of a WordPress site")),
            "wp_publish": (self.tr("&Publish to Site…"), self.tr("Send the policy to its WordPress page")),
            "edit_undo": (self.tr("&Undo"), self.tr("Undo the last change")),
            "edit_redo": (self.tr("&Redo"), self.tr("Redo the last undone change")),
            "edit_cut": (self.tr("Cu&t"), self.tr("Cut the selected text")),
            "edit_copy": (self.tr("&Copy"), self.tr("Copy the selected text")),
            "edit_paste": (self.tr("&Paste"), self.tr("Paste the clipboard's text")),
            "edit_select_all": (self.tr("Select &All"), self.tr("Select all the text of the field")),
            "edit_preferences": (self.tr("Pr&eferences…"), self.tr("Language, theme, fonts and defaults")),
            "edit_find": (self.tr("&Find…"), self.tr("Find text in the policy")),
            "edit_find_next": (self.tr("Find &Next"), self.tr("Find the next occurrence")),
            "edit_find_previous": (self.tr("Find &Previous"), self.tr("Find the previous occurrence")),
            "section_add_sibling": (self.tr("Add &Section"), self.tr("Add a section after the selected one")),
            "section_add_child": (self.tr("Add S&ubsection"), self.tr("Add a subsection inside the selected section")),
            "section_rename": (self.tr("&Rename"), self.tr("Rename the selected section")),
            "section_delete": (self.tr("&Delete"), self.tr("Delete the selected section and its subsections")),
            "section_move_up": (self.tr("Move &Up"), self.tr("Move the section before the previous one")),
            "section_move_down": (self.tr("Move Do&wn"), self.tr("Move the section after the next one")),
            "section_indent": (self.tr("&Indent"), self.tr("Make the section a subsection of the one above")),
            "section_outdent": (self.tr("&Outdent"), self.tr("Make the section a sibling of its parent")),
            "view_whole_document": (
                self.tr("&Whole Document"),
                self.tr("Show all sections in one continuous editor"),
            ),
            "view_preview": (self.tr("&Preview"), self.tr("Show or hide the preview of the page")),
            "view_checklist": (
                self.tr("Legal &Checklist"),
                self.tr("Show what the policy covers of GDPR and French law (an aid for legal review)"),
            ),
            "legal_publish": (self.tr("&Publish Version…"), self.tr("Record the current text as a published version")),
            "file_translations": (self.tr("&Translations…"), self.tr("Keep the translations of this policy in sync")),
            "legal_versions": (
                self.tr("Published &Versions…"),
                self.tr("List the published versions and compare them"),
            ),
            "help_about": (self.tr("&About Policy Editor"), self.tr("Version and licence")),
        }
        for name, (text, tip) in texts.items():
            action = self._actions[name]
            action.setText(text)
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({keys})" if keys else text.replace("&", ""))
