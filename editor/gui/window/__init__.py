"""The main window's chrome: its actions, menus and toolbar, status bar and recent files."""
