"""The one owner of the Markdown dialect of section bodies.

- :mod:`editor.markdown.config`: the Python-Markdown configuration (the only one in the project);
- :mod:`editor.markdown.needles`: Python-Markdown's patterns tried only on text that can hold a match;
- :mod:`editor.markdown.lists`: lists as people type them elsewhere (2-space, 4-space or tab
  nesting, ``1)`` items, a list interrupting a paragraph), read line by line;
- :mod:`editor.markdown.list_processors`: those lists in Python-Markdown's parser;
- :mod:`editor.markdown.syntax`: line patterns (fences, ATX headings, list items, section headings);
- :mod:`editor.markdown.sections`: splitting a text into headings and verbatim bodies;
- :mod:`editor.markdown.spans`: where a text is not prose (code, definitions, link targets);
- :mod:`editor.markdown.tables`: table column alignment for the renderers.
"""
