"""What a rendering depends on besides the text: the typography profile and the locale."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderContext:
    """Hashable, so that rendered sections can be cached per context.

    ``profile`` is the typography profile applied to text nodes (``"fine"``, ``"nbsp"``), or
    None to render the text exactly as typed.
    """

    profile: str | None = "fine"
    locale: str = "fr-FR"

    @property
    def language(self) -> str:
        return self.locale.split("-")[0].lower()

    @property
    def is_french(self) -> bool:
        return self.language == "fr"
