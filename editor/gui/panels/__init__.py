"""Panels around the editor: the importer notice banner and the find bar."""
