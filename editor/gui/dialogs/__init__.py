"""The window's dialogs: export, document properties, preferences."""
