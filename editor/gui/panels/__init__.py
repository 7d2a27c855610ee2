"""Panels around the editor: the importer notice banner, Find and Replace, the typography findings."""
