"""Small policies for comparison tests, and the text each version reads as (paragraph by paragraph)."""

from __future__ import annotations

from editor.compare import blocks
from editor.model import Metadata, Policy, Section


def base_policy() -> Policy:
    return Policy(
        Metadata(title="Politique de confidentialité", locale="fr-FR"),
        (
            Section("intro", "Introduction", 2, "Cette politique décrit nos traitements."),
            Section(
                "donnees",
                "Données collectées",
                2,
                "Nous collectons votre nom et votre adresse.\n\nNous collectons aussi vos commandes.",
                (Section("cookies", "Cookies", 3, "Nous utilisons des cookies de mesure d’audience."),),
            ),
            Section("conservation", "Conservation", 2, "Nous conservons vos données 3 ans."),
            Section("droits", "Vos droits", 2, "Vous disposez d’un droit d’accès."),
            Section("contact", "Contact", 2, "Écrivez-nous à dpo@exemple.fr."),
        ),
    )


def paragraphs(policy: Policy) -> list[str]:
    """What a reader of the redline sees for one version: title, then each heading and paragraph."""
    out = [policy.meta.title] if policy.meta.title else []
    for section in policy.walk():
        if section.title:
            out.append(section.title)
        out.extend(blocks(section.body))
    return out
