"""PyInstaller runtime hook: compiled regular expressions from the cache (editor/regex_cache.py)
from the bundle's first line on.

Custom runtime hooks run before PyInstaller's own, and its PySide6 hook imports PySide6.QtCore
(to embed a qt.conf), whose support modules compile large patterns before ``editor.cli.main``,
where the cache is otherwise put in place, runs.
"""

from editor.regex_cache import install_until_exit

install_until_exit()
