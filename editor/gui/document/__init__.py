"""The open document: a Policy with its path and undo stack, the thin undo commands, File > New templates."""
