"""Deterministic large policies for benchmarks: French legal text with lists, links and tables.

``make_policy(300)`` has about 150,000 words (about 1 MB of Markdown). The text is seeded, so a
figure measured today compares with one measured next month.
"""

from __future__ import annotations

import random

from editor.model import Metadata, Policy, Section

SUBJECTS = [
    "Le responsable du traitement",
    "L'utilisateur",
    "La société",
    "Le sous-traitant",
    "Chaque personne concernée",
    "Notre délégué à la protection des données",
    "Le prestataire d'hébergement",
]
VERBS = [
    "conserve",
    "collecte",
    "traite",
    "communique",
    "supprime",
    "sécurise",
    "anonymise",
    "transmet",
]
OBJECTS = [
    "les données d'identification",
    "l'adresse électronique",
    "les informations de paiement",
    "les journaux de connexion",
    "les préférences de navigation",
    "les cookies de mesure d'audience",
    "les données de localisation",
]
TAILS = [
    "pendant une durée de 3 ans à compter du dernier contact",
    "conformément à l'article 6 du RGPD",
    "sur la base de votre consentement",
    'dans le respect de la loi "Informatique et Libertés"',
    "afin d'exécuter le contrat auquel vous êtes partie",
    "pour une durée maximale de 13 mois",
    "avec un taux de disponibilité de 99,9 %",
    "moyennant un coût de 1 500 € par an",
]
ENDINGS = [".", " !", " ?", " : voir ci-dessous.", "..."]
HEADINGS = [
    "Données collectées",
    "Finalités du traitement",
    "Durée de conservation",
    "Destinataires des données",
    "Transferts hors de l'Union européenne",
    "Vos droits",
    "Cookies et traceurs",
    "Sécurité",
    "Contact",
    "Modifications de la politique",
]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}{rng.choice(ENDINGS)}"


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _body(rng: random.Random, index: int) -> str:
    parts = [_paragraph(rng, 6), _paragraph(rng, 5)]
    if index % 3 == 0:
        parts.append("\n".join(f"- {_sentence(rng)}" for _ in range(4)))
    if index % 4 == 1:
        parts.append("\n".join(f"{n}. {_sentence(rng)}" for n in range(1, 4)))
    if index % 5 == 2:
        parts.append(
            f"Pour en savoir plus, consultez [le site de la CNIL](https://www.cnil.fr/fr/section-{index}) "
            f"ou écrivez à <dpo@exemple.fr>, ou lisez la section [Vos droits](#section-{max(index - 1, 1)})."
        )
    if index % 7 == 3:
        parts.append(
            "| Donnée | Durée | Base légale |\n|---|---|---|\n"
            + "\n".join(f"| {rng.choice(OBJECTS)} | {rng.randint(1, 10)} ans | contrat |" for _ in range(4))
        )
    parts.append(_paragraph(rng, 7))
    parts.append(_paragraph(rng, 6))
    parts.append(_paragraph(rng, 5))
    return "\n\n".join(parts)


def make_policy(sections: int, seed: int = 0) -> Policy:
    """A policy with ``sections`` sections in groups of a level-2 section and level-3 children."""
    rng = random.Random(seed)
    tops: list[Section] = []
    group: list[Section] = []
    head: tuple[str, str, str] | None = None
    for number in range(1, sections + 1):
        title = f"{rng.choice(HEADINGS)} ({number})"
        body = _body(rng, number)
        if head is None or number % 5 == 1:
            if head is not None:
                tops.append(Section(head[0], head[1], 2, head[2], tuple(group)))
            head, group = (f"section-{number}", title, body), []
        else:
            group.append(Section(f"section-{number}", title, 3, body))
    if head is not None:
        tops.append(Section(head[0], head[1], 2, head[2], tuple(group)))
    meta = Metadata(title="Politique de confidentialité", slug="politique-de-confidentialite", version="1.0")
    return Policy(meta, tuple(tops))


def policy_markdown(policy: Policy) -> str:
    """The same policy as plain Markdown (for anchors such as pandoc or Python-Markdown)."""
    parts = [f"# {policy.meta.title}"]
    for section in policy.walk():
        parts.append(f"{'#' * section.level} {section.title}")
        if section.body:
            parts.append(section.body)
    return "\n\n".join(parts) + "\n"
