"""The outline: the section tree view, its item model and the Section menu's structure edits."""
