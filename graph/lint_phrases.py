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
    fix: str | None = Field(
        None,
        description="the reply check's mend for the matched words (a `re` template, '' "
        "deletes them); absent, the sentence goes whole, as blame does",
    )

    _check = field_validator("pattern")(_regex)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.I)

    def message(self, sentence: str) -> str:
        found = f"{self.why}: “{sentence.strip()[:120]}”"
        return f"{found}; say instead: “{self.instead}”" if self.instead else found


class TimeWords(BaseModel):
    """How a language says when a promise falls due (see graph/commitments.py): each field
    a regex alternation. English is written in graph/phrasebook.py, the others are read
    from prompts/lint/<code>.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    """Monday first; each one's first name plain and in lower case ("sexta-feira|sexta"):
    the reply check compares days by it."""
    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    """January first."""
    today: str
    tonight: str
    tomorrow: str
    morning: str
    afternoon: str
    evening: str
    end_of_day: str
    end_of_week: str
    next_week: str
    noon: str
    hours: str
    minutes: str
    days: str
    business_days: str
    weeks: str
    next_invoice: str
    within: str
    a_unit: str
    """'an hour', 'a day': the article read as one."""
    clock_lead: str = r"by|at|around|before|until|till"
    """The words that make a bare number a time of day ("by 5", "vers 17", "um 10")."""

    @field_validator("weekdays")
    @classmethod
    def _plain_first(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for names in value:
            first = names.split("|")[0]
            if not re.fullmatch(r"[^\W\d_][\w-]*", first) or first != first.lower():
                raise ValueError(f"{names!r}: the first name must be plain and lower case")
        return value

    @field_validator("*")
    @classmethod
    def _patterns(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        for pattern in [value] if isinstance(value, str) else value:
            _regex(pattern)
        return value


class PromiseWords(BaseModel):
    """How the language makes a promise to the customer and declines one: the fields of
    graph.phrasebook.Phrasebook of the same names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    commitment: str
    deliverable: str
    filler: str
    arrives: str
    negated_before: str
    never: str
    joins: str
    offer: str
    lost_business: str
    full_refund: str
    times: TimeWords

    @field_validator(
        "commitment", "deliverable", "filler", "arrives", "negated_before", "never", "joins",
        "offer", "lost_business", "full_refund",
    )  # fmt: skip
    @classmethod
    def _patterns(cls, value: str) -> str:
        return _regex(value)


class PhraseBook(BaseModel):
    """One language's refused phrases, and the words its promises are read by."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = Field(pattern=r"^[a-z]{2}$")
    negations: str
    phrase: list[Phrase]
    promises: PromiseWords
    troubles: dict[str, str] = Field(default_factory=dict)
    """`{trouble}` in a fix: the case's problem in a few words, by issue kind."""

    _check = field_validator("negations")(_regex)

    @cached_property
    def negation(self) -> re.Pattern[str]:
        return re.compile(self.negations, re.I)

    @cached_property
    def any_phrase(self) -> re.Pattern[str]:
        """All its phrases in one search: nearly every sentence of a plan holds none, and
        the linter reads every sentence against every language's book."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.phrase), re.I)


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
