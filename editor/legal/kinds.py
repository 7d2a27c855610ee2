"""Which checklists a page needs: privacy policy, mentions légales, or both (one page may be both).

The title decides when it is explicit; otherwise, and to catch a page that is both, strong
content cues ("directeur de la publication", the data subject's rights) add a kind.
"""

from __future__ import annotations

import re

from editor.legal.normalize import normalize
from editor.model.policy import Policy

_PRIVACY_TITLE = re.compile(
    r"confidentialite|vie privee|donnees personnelles|protection des donnees|rgpd|privacy|gdpr|data protection|cookies"
)
_MENTIONS_TITLE = re.compile(r"mentions? legales?|informations? legales?|legal notice|imprint|impressum")
_MENTIONS_CONTENT = re.compile(r"directeur de (la )?publication|directrice de (la )?publication|publication director")
_PRIVACY_CONTENT = (
    re.compile(r"\b(rgpd|gdpr)\b|reglement general sur la protection des donnees|general data protection regulation"),
    re.compile(r"droit d acces|right of access|right to access"),
    re.compile(r"responsable (du|de) traitement|data controller"),
    re.compile(r"donnees (a caractere )?personnel|personal data"),
)


def guess_kinds(policy: Policy, normalized_text: str | None = None) -> tuple[str, ...]:
    """("privacy",), ("mentions-legales",) or both, from the title and the content
    (``normalized_text``: the policy's text already normalised, when the caller has it)."""
    title = normalize(policy.meta.title)
    body = normalized_text
    if body is None:
        body = "\n".join(normalize(f"{section.title}\n{section.body}") for section in policy.walk())
    privacy = bool(_PRIVACY_TITLE.search(title))
    mentions = bool(_MENTIONS_TITLE.search(title))
    if _MENTIONS_CONTENT.search(body):
        mentions = True
    if sum(1 for pattern in _PRIVACY_CONTENT if pattern.search(body)) >= 2:
        privacy = True
    if not (privacy or mentions):
        privacy = True
    return tuple(kind for kind, wanted in (("privacy", privacy), ("mentions-legales", mentions)) if wanted)


_FRENCH_WORDS = frozenset(
    ("le", "la", "les", "des", "du", "et", "vous", "vos", "nous", "est", "une", "sont", "pour", "dans", "avec", "sur")
)
_ENGLISH_WORDS = frozenset(
    ("the", "and", "you", "your", "we", "our", "is", "are", "for", "with", "this", "that", "of", "to")
)


def text_language(policy: Policy, normalized_text: str) -> str:
    """The policy's language: its locale's, unless the text is clearly in the other language
    (importers of Markdown or HTML without a ``lang`` fall back to French)."""
    declared = policy.meta.locale.replace("_", "-").split("-")[0].lower() or "fr"
    words = normalized_text.split()[:5000]
    french = sum(1 for word in words if word in _FRENCH_WORDS)
    english = sum(1 for word in words if word in _ENGLISH_WORDS)
    if declared != "en" and english > 3 * max(french, 1):
        return "en"
    if declared != "fr" and french > 3 * max(english, 1):
        return "fr"
    return declared
