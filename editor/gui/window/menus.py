"""The menu bar and toolbar, built from the action collection by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from editor.gui.window.actions import ActionCollection
from editor.gui.window.icons import set_icons

#: Menu layout: (menu object name, action names; None = separator; "recent" = the recent-files submenu,
#: "wordpress" = the File ▸ WordPress submenu of WORDPRESS).
MENUS: list[tuple[str, list[str | None]]] = [
    (
        "menu_file",
        ["file_new", "file_new_from_sample", "file_open", "recent", "wordpress", None, "file_save", "file_save_as"]
        + [None, "file_export", "file_export_pdf", "file_copy_wp_payload", "file_copy_html_fragment", "file_print"]
        + [
            None,
            "legal_publish",
            "legal_versions",
            "file_translations",
            None,
            "file_properties",
            None,
            "file_close",
            "file_quit",
        ],
    ),
    (
        "menu_edit",
        ["edit_undo", "edit_redo", None, "edit_cut", "edit_copy", "edit_paste", "edit_select_all", None]
        + ["edit_find", "edit_find_next", "edit_find_previous", None, "edit_preferences"],
    ),
    (
        "menu_section",
        ["section_add_sibling", "section_add_child", "section_rename", "section_delete", None]
        + ["section_move_up", "section_move_down", "section_indent", "section_outdent"],
    ),
    ("menu_view", ["view_whole_document", "view_preview", "view_checklist"]),
    ("menu_help", ["help_about"]),
]
WORDPRESS: list[str] = ["wp_open_from_site", "wp_publish"]
TOOLBAR: list[str | None] = [
    "file_open",
    "file_save",
    "file_export",
    "file_print",
    None,
    "edit_undo",
    "edit_redo",
    None,
    "section_add_sibling",
    "section_add_child",
    "section_delete",
    None,
    "section_move_up",
    "section_move_down",
    "section_outdent",
    "section_indent",
    None,
    "view_whole_document",
    "view_preview",
]
#: The outline's context menu.
CONTEXT: list[str | None] = [
    "section_add_sibling",
    "section_add_child",
    "section_rename",
    "section_delete",
    None,
    "section_move_up",
    "section_move_down",
    "section_indent",
    "section_outdent",
]


class MenuBuilder:
    """Menus and toolbar of a window; :meth:`retranslate_ui` sets the menu titles."""

    def __init__(self, window: QMainWindow, actions: ActionCollection) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("menu_recent")
        self.wordpress_menu = QMenu(window)
        self.wordpress_menu.setObjectName("menu_wordpress")
        for name in WORDPRESS:
            self.wordpress_menu.addAction(actions[name])
        bar = window.menuBar()
        for name, items in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(name)
            self.menus[name] = menu
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif item == "recent":
                    menu.addMenu(self.recent_menu)
                elif item == "wordpress":
                    menu.addMenu(self.wordpress_menu)
                else:
                    menu.addAction(actions[item])
        set_icons(actions)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        for item in TOOLBAR:
            if item is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(actions[item])
        window.addToolBar(self.toolbar)
        self.context_actions = [None if item is None else actions[item] for item in CONTEXT]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        titles = {
            "menu_file": QCoreApplication.translate("MenuBuilder", "&File"),
            "menu_edit": QCoreApplication.translate("MenuBuilder", "&Edit"),
            "menu_section": QCoreApplication.translate("MenuBuilder", "&Section"),
            "menu_view": QCoreApplication.translate("MenuBuilder", "&View"),
            "menu_help": QCoreApplication.translate("MenuBuilder", "&Help"),
        }
        for name, title in titles.items():
            self.menus[name].setTitle(title)
        self.recent_menu.setTitle(QCoreApplication.translate("MenuBuilder", "Open &Recent"))
        self.wordpress_menu.setTitle(QCoreApplication.translate("MenuBuilder", "&WordPress"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MenuBuilder", "Main Toolbar"))
