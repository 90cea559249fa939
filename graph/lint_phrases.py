"""The phrases the linter refuses in es, pt, fr and de, one data file per language
(prompts/lint/<code>.toml). English's live in graph/phrasebook.py, with the mends the
reply check applies to them.

Hedged or defensive apologies, blame, policy-speak and over-promises, each with why it
is refused and what to say instead in that language. Every text is
checked against every language's phrases: an agent's edit or a model's draft can mix
them. A sentence that also matches a language's `negations` is talking about a phrase
rather than using it ("avoid 'guarantee'", "no puedo garantizarle…").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

LintRule = Literal["hedged-apology", "over-promise"]


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r}: {exc}") from exc
    return pattern


class Phrase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: LintRule
    kind: Literal["hedged", "blame", "policy", "promise"]
    pattern: str
    why: str = Field(description="for the agent: what is wrong with it")
    instead: str = Field("", description="what to say instead, in the phrase's language")

    _check = field_validator("pattern")(_regex)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.I)

    def message(self, sentence: str) -> str:
        found = f"{self.why}: “{sentence.strip()[:120]}”"
        return f"{found}; say instead: “{self.instead}”" if self.instead else found


class PhraseBook(BaseModel):
    """One language's refused phrases."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = Field(pattern=r"^[a-z]{2}$")
    negations: str
    phrase: list[Phrase]

    _check = field_validator("negations")(_regex)

    @cached_property
    def negation(self) -> re.Pattern[str]:
        return re.compile(self.negations, re.I)


@cache
def phrase_books() -> tuple[PhraseBook, ...]:
    """Every language's book, in code order."""
    folder = resources.files("prompts").joinpath("lint")
    books = []
    for path in sorted(p for p in folder.iterdir() if p.name.endswith(".toml")):
        book = PhraseBook.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        if path.name != f"{book.language}.toml":
            raise ValueError(f"lint/{path.name} says it is '{book.language}'")
        books.append(book)
    return tuple(books)
