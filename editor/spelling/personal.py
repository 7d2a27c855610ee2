"""The personal dictionary: words the user added, one per line, in the user data folder."""

from __future__ import annotations

from pathlib import Path

from editor.paths import data_dir


class PersonalDictionary:
    """Words added with "Add to dictionary" for one language (``personal-fr.txt``, ...)."""

    def __init__(self, language: str, folder: Path | None = None) -> None:
        self.path = (folder or data_dir()) / f"personal-{language}.txt"
        self.words: set[str] = set()
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError, OSError):
            text = ""
        self.words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: str) -> bool:
        return word in self.words or word.lower() in self.words

    def add(self, word: str) -> None:
        """Remember ``word`` and write the list (atomically: a crash never loses the old one)."""
        self.words.add(word)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text("".join(f"{entry}\n" for entry in sorted(self.words)), encoding="utf-8")
        temporary.replace(self.path)
