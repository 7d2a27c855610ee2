"""Loading the data-driven typography cases of tests/fixtures/typography/cases.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CASES_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "typography" / "cases.toml"

#: The visible marks of the fixture file and the spaces they stand for.
MARKS = {"⍽": "\u00a0", "⁔": "\u202f", "ˑ": "\u2009"}


def decode(text: str) -> str:
    for mark, space in MARKS.items():
        text = text.replace(mark, space)
    return text


def encode(text: str) -> str:
    for mark, space in MARKS.items():
        text = text.replace(space, mark)
    return text


@dataclass(frozen=True)
class Case:
    number: int
    rule: str
    fmt: str
    input: str
    fine: str
    nbsp: str
    note: str

    @property
    def id(self) -> str:
        return f"{self.number:03d}-{self.rule}"


def load_cases() -> list[Case]:
    data = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))
    cases = []
    for number, raw in enumerate(data["case"], start=1):
        unknown = set(raw) - {"rule", "format", "input", "fine", "nbsp", "note"}
        assert not unknown, f"case {number}: unknown fields {unknown}"
        text = decode(raw["input"])
        fine = decode(raw.get("fine", raw["input"]))
        nbsp = decode(raw["nbsp"]) if "nbsp" in raw else fine.replace("\u202f", "\u00a0")
        cases.append(Case(number, raw["rule"], raw.get("format", "text"), text, fine, nbsp, raw.get("note", "")))
    return cases
