"""The live preview: the pane, its per-section QTextDocument, the HTML it shows and its update timing."""
