"""Policy Editor: edit a website's legal policy as a tree of sections.

Architecture map (the core never imports Qt; only ``editor.gui`` does):

- ``editor.model``: Policy, Section and pure operations returning a change and its inverse.
- ``editor.native``: the ``.policy.md`` file format (read and write).
- ``editor.render``: the rendering pipeline (Markdown -> element tree -> steps -> renderers).
- ``editor.typography``: French typography fixer and checker.
- ``editor.importers`` / ``editor.exporters``: formats in and out, found through registries.
- ``editor.legal``: legal tools (checklists, versions).
- ``editor.cli``: the ``policy-editor`` command line; ``editor.gui``: the PySide6 application.
"""

__version__ = "0.1.0"
