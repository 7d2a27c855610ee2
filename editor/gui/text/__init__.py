"""The text editors: the section editor, the whole-document editor, their text fields and Markdown highlighter."""
