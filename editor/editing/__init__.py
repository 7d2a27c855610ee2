"""Text transformations behind the formatting commands: pure functions from a body and a
selection to the new body and selection, so that the section editor's commands are tested
without Qt (emphasis, links, lists, tables, clipboard conversions)."""
