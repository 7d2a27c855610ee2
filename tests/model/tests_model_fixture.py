"""The model tests' policy as a plain function, for hypothesis tests that cannot take fixtures."""

from __future__ import annotations

from editor.model import Metadata, Policy, Section


def base_policy() -> Policy:
    return Policy(
        Metadata(title="Politique de confidentialité"),
        (
            Section("intro", "Introduction", 2, "Bienvenue."),
            Section(
                "donnees",
                "Données collectées",
                2,
                "Nous collectons :",
                (
                    Section("identite", "Identité", 3, "Nom, prénom."),
                    Section("contact", "Contact", 3, "Adresse e-mail."),
                    Section("navigation", "Navigation", 3, "Adresse IP."),
                ),
            ),
            Section("droits", "Vos droits", 2, "Accès, rectification."),
        ),
    )
