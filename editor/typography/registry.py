"""The named, ordered list of rules. A new rule is one module plus one line here.

Order matters: the ellipsis and the apostrophe come first (``l'"x"`` then pairs as quotes),
quotes before guillemet spacing (new ``« »`` get their spaces), and punctuation after both
(``»`` then ``:``).
"""

from __future__ import annotations

from editor.typography.rule import Rule
from editor.typography.rule_abbreviations import Abbreviations
from editor.typography.rule_apostrophe import Apostrophe
from editor.typography.rule_dashes import Dashes
from editor.typography.rule_ellipsis import Ellipsis
from editor.typography.rule_guillemets import Guillemets
from editor.typography.rule_numbers import Numbers
from editor.typography.rule_punctuation import Punctuation
from editor.typography.rule_quotes import Quotes

RULES: list[Rule] = [
    Ellipsis(),
    Apostrophe(),
    Quotes(),
    Guillemets(),
    Punctuation(),
    Numbers(),
    Abbreviations(),
    Dashes(),
]
